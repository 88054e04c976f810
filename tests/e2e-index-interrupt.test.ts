// An interrupted `zhibiao index` says so (issue 14): Ctrl-C between files keeps what was
// indexed, drops nothing, names how far it got and the command that finishes, and exits 130.
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { bin, fixture, tempDir, zhibiao } from './e2e-run.js';

it('Ctrl-C during index: one line saying how far it got, exit 130, the index keeps those files', async () => {
  const dir = tempDir();
  for (let i = 0; i < 30; i++) copyFileSync(fixture, join(dir, `report-${String(i).padStart(2, '0')}.txt`));
  const db = join(tempDir(), 'claims.sqlite'); // outside the directory indexed
  // the missing path is the first of 31 inputs, reported before any report is read: the signal comes then
  const missing = join(dir, 'no-such-dir');
  const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn('node', [bin, 'index', missing, dir, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => {
      if (!stderr) child.kill('SIGINT');
      stderr += d;
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
  expect(r.status).toBe(130);
  const lines = r.stderr.trim().split('\n');
  const last = lines[lines.length - 1];
  const m = /^zhibiao: interrupted after (\d+) of 31 files: the index keeps what was indexed; run the same zhibiao index command again to finish$/.exec(last);
  expect(m, r.stderr).not.toBeNull();
  const done = Number(m![1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(31);
  const indexed = new Database(db, { readonly: true }).prepare('SELECT count(*) FROM documents').pluck().get() as number;
  expect(indexed).toBe(done - 1); // the missing path and the reports gone through
  // running it again finishes the job
  expect(zhibiao(['index', dir, '--db', db]).stdout).toMatch(new RegExp(`${30 - indexed} added, 0 changed, ${indexed} unchanged, 0 removed`));
});
