// The README's examples, run: every fenced block that starts with `$ zhibiao …` is a command and
// the output it prints, so the README never drifts from the tool (issue 14). A block ending in
// a line `…` shows the start of the output only.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, root } from './e2e-run.js';

interface Example {
  command: string;
  expected: string[];
  /** The block ends with `…`: the output starts with `expected`. */
  prefix: boolean;
  line: number;
}

/** The `$ zhibiao` blocks of a Markdown text. */
export function readmeExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```\s*$/.test(lines[i]) || !lines[i + 1]?.startsWith('$ zhibiao ')) continue;
    const end = lines.findIndex((l, k) => k > i && /^```\s*$/.test(l));
    const body = lines.slice(i + 2, end);
    const prefix = body[body.length - 1] === '…';
    examples.push({ command: lines[i + 1].slice(2), expected: prefix ? body.slice(0, -1) : body, prefix, line: i + 2 });
    i = end;
  }
  return examples;
}

// `zhibiao` on the PATH, as the README's reader has it after `npm install -g`
const shim = mkdtempSync(join(tmpdir(), 'zhibiao-readme-'));
writeFileSync(join(shim, 'zhibiao'), `#!/bin/sh\nexec node ${JSON.stringify(bin)} "$@"\n`);
chmodSync(join(shim, 'zhibiao'), 0o755);

const examples = readmeExamples(readFileSync(join(root, 'README.md'), 'utf8'));

describe('README examples print what the README shows', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  // an example over the shared corpus runs where ../shared is beside the checkout (as in CI)
  const runnable = (e: Example) => !e.command.includes('../shared') || existsSync(join(root, '..', 'shared'));
  it.each(examples.filter(runnable).map((e) => [`line ${e.line}: ${e.command}`, e] as const))('%s', (_, example) => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${shim}:${process.env.PATH}`, NO_COLOR: '1', COLUMNS: '120' };
    delete env.FORCE_COLOR;
    const r = spawnSync('bash', ['-c', example.command], { cwd: root, encoding: 'utf8', env });
    const printed = r.stdout.replace(/\n$/, '').split('\n');
    if (example.prefix) expect(printed.slice(0, example.expected.length)).toEqual(example.expected);
    else expect(printed).toEqual(example.expected);
  });
});
