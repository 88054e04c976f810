// Issue 6, "Interrupts": Ctrl-C (SIGINT), SIGPIPE and a reader that closes the pipe, sent to a
// real child process in the middle of a large NDJSON run. Standard output holds only whole
// lines, and the exit code is the conventional one: 130, 141, or 0 for `| head` (issue 3).
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, fixture, tempDir, zhibiao } from './e2e-run.js';

/** 40 copies of the bundled report: 2 MB of text, 6 MB of NDJSON. */
let corpus: string;
let fullLines: number;
beforeAll(() => {
  corpus = tempDir();
  for (let i = 0; i < 40; i++) copyFileSync(fixture, join(corpus, `report-${String(i).padStart(2, '0')}.txt`));
  fullLines = zhibiao(['extract', fixture, '--format', 'ndjson']).stdout.split('\n').length - 1;
});

interface Ended {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `extract CORPUS --format ndjson`; at the first output, `act` interrupts it. Reading is
 * paused meanwhile, so the child cannot have finished (its output fills the pipe) before the
 * signal arrives: what the test sees is the interrupt, never a run that ended first.
 */
function interrupted(jobs: string, act: (child: ReturnType<typeof spawn>) => void): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn('node', [bin, 'extract', corpus, '--format', 'ndjson', '--jobs', jobs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let acted = false;
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.on('data', (d) => {
      stdout += d;
      if (acted) return;
      acted = true;
      child.stdout!.pause();
      act(child);
      setImmediate(() => child.stdout!.readable && child.stdout!.resume());
    });
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** Every line whole: each parses as a claim, and the output ends with a newline. */
function expectWholeLines(stdout: string): number {
  expect(stdout.endsWith('\n')).toBe(true);
  const lines = stdout.slice(0, -1).split('\n');
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  return lines.length;
}

describe.each(['1', '2'])('a large NDJSON run with --jobs %s', (jobs) => {
  it('stops at Ctrl-C (SIGINT): whole lines on stdout, one line on stderr, exit 130', async () => {
    const r = await interrupted(jobs, (child) => child.kill('SIGINT'));
    expect([r.status, r.signal]).toEqual([130, null]);
    expect(r.stderr).toBe('zhibiao: interrupted\n');
    const lines = expectWholeLines(r.stdout);
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThan(40 * fullLines); // it stopped: not every report was printed
    expect(lines % fullLines).toBe(0); // and it stopped between documents
  });

  it('stops at SIGPIPE sent while the reader is there: whole lines, exit 141, quietly', async () => {
    const r = await interrupted(jobs, (child) => child.kill('SIGPIPE'));
    expect([r.status, r.signal, r.stderr]).toEqual([141, null, '']);
    expect(expectWholeLines(r.stdout)).toBeLessThan(40 * fullLines);
  });

  it('ends quietly with 0 when the reader closes the pipe (like | head -1)', async () => {
    const r = await interrupted(jobs, (child) => child.stdout!.destroy());
    expect([r.status, r.signal, r.stderr]).toEqual([0, null, '']);
  });
});

it('ends cleanly when --limit is reached while workers are still extracting', () => {
  // workers used to be terminated mid-document: inside nodejieba that aborted the process (134)
  for (let i = 0; i < 4; i++) {
    const r = zhibiao(['extract', corpus, '--format', 'ndjson', '--limit', '1', '--jobs', '2']);
    expect([r.status, r.stderr, r.stdout.split('\n').length]).toEqual([0, '', 2]);
  }
});
