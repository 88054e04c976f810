// Shared by the e2e-*.test.ts files: run the built binary as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const bin = join(root, 'bin', 'zhibiao.js');
export const fixture = join(root, 'fixtures', 'ganzi-2024.txt');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs zhibiao with stdout and stderr piped (not terminals), and no colour variables set unless given. */
export function zhibiao(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; user?: { uid: number; gid: number } } = {}): Run {
  const env = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS']) delete env[name];
  const r = spawnSync('node', [bin, ...args], { input: options.input ?? '', encoding: 'utf8', maxBuffer: 1 << 28, env: { ...env, ...options.env }, cwd: options.cwd ?? root, ...options.user });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonClaim {
  document?: string;
  region?: string | null;
  level?: string | null;
  year?: number | null;
  kind: string;
  value: number;
  high?: number;
  unit: string;
  qualifier: string | null;
  modality: string;
  indicator: string;
  sector: string;
  text: string;
  span: { start: number; end: number };
  line: number;
  sentence: string;
}

/** Parses NDJSON output: one claim a line. */
export function ndjson(stdout: string): JsonClaim[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as JsonClaim);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'zhibiao-e2e-'));
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
