// --jobs: worker threads extract several files at once; the output never depends on the count.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, zhibiao } from './e2e-run.js';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-jobs-'));
  mkdirSync(join(dir, 'sub'));
  // several copies and a short different report, in two folders, so order matters
  for (let i = 0; i < 4; i++) copyFileSync(fixture, join(dir, i % 2 ? 'sub' : '', `report-${i}.txt`));
  writeFileSync(join(dir, 'b-short.txt'), '全年地区生产总值增长6.2%，森林覆盖率达35.26%。');
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

describe('--jobs', () => {
  it('prints byte-identical output, in the same order, with 1 job and with several', () => {
    const dir = corpus();
    const several = String(Math.min(3, availableParallelism())); // more than the cores is capped (below)
    for (const format of ['ndjson', 'json', 'csv']) {
      const one = zhibiao(['extract', dir, '--format', format, '--jobs', '1']);
      const three = zhibiao(['extract', dir, '--format', format, '--jobs', several]);
      expect(one.status).toBe(0);
      expect(three.stdout).toBe(one.stdout);
      expect(three.stderr).toBe(one.stderr);
    }
    const docs = JSON.parse(zhibiao(['extract', dir, '--json', '--jobs', '3']).stdout) as { document: string; claims: unknown[] }[];
    expect(docs.map((d) => d.document.replace(dir, ''))).toEqual(['/b-short.txt', '/report-0.txt', '/report-2.txt', '/sub/report-1.txt', '/sub/report-3.txt']);
    expect(docs[0].claims).toHaveLength(2);
  });

  it('skips a bad file in a batch and still extracts the others', () => {
    const dir = corpus();
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const r = zhibiao(['extract', dir, '--format', 'ndjson', '--jobs', '2']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/skipped .*binary\.txt/);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(4 * 400);
  });

  it('caps a job count above the core count, with a note, and prints the same', () => {
    const dir = corpus();
    const cores = availableParallelism();
    const many = zhibiao(['extract', dir, '--format', 'ndjson', '--jobs', '64']);
    expect(many.status).toBe(0);
    expect(many.stderr).toContain(`zhibiao: --jobs 64: this machine has ${cores} core${cores === 1 ? '' : 's'}, using ${cores}\n`);
    expect(many.stdout).toBe(zhibiao(['extract', dir, '--format', 'ndjson', '--jobs', '1']).stdout);
  });

  it('rejects a job count that is not a whole number', () => {
    const r = zhibiao(['extract', fixture, '--jobs', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs takes a whole number');
  });
});
