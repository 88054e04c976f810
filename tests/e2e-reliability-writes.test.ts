// Nothing lost, nothing forged when writing: a full disk ends a run with exit 2 (never a cut
// file and exit 0), `check --update` replaces a file only by renaming a complete one over it,
// and never a hand-written subset file, a report, or a file behind a symbolic link.
//
// The full disk is a real one where the tests can make it (a 64 KB tmpfs, mounted as root);
// elsewhere those cases are skipped with the reason, and the simulated short write below
// (writeAll against a write(2) that takes half) always runs.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAll, writeFileAtomic, WriteError } from '../src/io/atomic-write.js';
import { bin, fixture, root, tempDir, zhibiao } from './e2e-run.js';

// A small report: line 2 the results (513.35亿元, 6.2%), line 4 two targets of 7%.
const SMALL_REPORT = '一、2023年工作回顾\n地区生产总值达513.35亿元，增长6.2%。\n二、2024年主要目标任务\n地区生产总值增长7%，固定资产投资增长7%。\n';

describe('a short write is never accepted (simulated: always runs)', () => {
  it('writeAll writes the rest of a short write, and a write that takes nothing is ENOSPC', () => {
    const data = Buffer.from('0123456789');
    const taken: string[] = [];
    writeAll(1, data, (_fd, buf, offset, length) => {
      const n = Math.min(3, length); // the kernel takes 3 bytes a call
      taken.push(Buffer.from(buf.subarray(offset, offset + n)).toString());
      return n;
    });
    expect(taken.join('')).toBe('0123456789');
    let calls = 0;
    expect(() => writeAll(1, data, (_fd, _buf, _offset, length) => (calls++ ? 0 : Math.floor(length / 2)))).toThrow(/no space left/);
  });

  it('writeFileAtomic leaves the old file whole when the write fails, and no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'x.expected.json');
    writeFileSync(target, 'old');
    mkdirSync(join(dir, 'sub'));
    expect(() => writeFileAtomic(join(dir, 'sub'), 'new')).toThrow(WriteError); // a directory is no file to replace
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['sub', 'x.expected.json']);
  });
});

/** A 64 KB tmpfs, or the reason there is none. */
function mountSmallDisk(): { dir: string } | { skip: string } {
  if (process.platform !== 'linux') return { skip: 'tmpfs needs Linux' };
  if (process.getuid?.() !== 0) return { skip: 'mounting a tmpfs needs root' };
  const dir = tempDir();
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  return r.status === 0 ? { dir } : { skip: `mount -t tmpfs failed: ${r.stderr.trim() || r.error?.message}` };
}

const disk = mountSmallDisk();
const full = 'dir' in disk ? disk.dir : '';
if ('skip' in disk) console.warn(`full-disk tests skipped: ${disk.skip}`);

/** Fills the small disk but for one 4 KB page. */
function fillDisk(): void {
  for (const name of readdirSync(full)) rmSync(join(full, name), { recursive: true });
  writeFileSync(join(full, 'filler'), Buffer.alloc(60 * 1024));
}

/** Runs zhibiao with its standard output going to `file` (as `> file` does). */
function zhibiaoTo(file: string, args: string[]) {
  const fd = openSync(file, 'w');
  try {
    const r = spawnSync('node', [bin, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!full)('a full disk (a 64 KB tmpfs with 4 KB free)', () => {
  afterAll(() => {
    if (full) spawnSync('umount', [full]);
  });

  it.each([
    ['extract --json', ['extract', fixture, '--json']],
    ['extract --format csv', ['extract', fixture, '--format', 'csv']],
    ['extract --format ndjson', ['extract', fixture, '--format', 'ndjson']],
    ['extract (a table)', ['extract', fixture]],
    ['extract --format markdown', ['extract', fixture, '--format', 'markdown']],
    ['summary --json', ['summary', fixture, '--json']],
  ])('%s: exit 2 and a message, not a cut file and exit 0', (_name, args) => {
    fillDisk();
    const r = zhibiaoTo(join(full, 'out'), args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('zhibiao: cannot write the output: no space left on device; the output is incomplete');
  });

  it('check --update: exit 2, the old expected file whole, no temporary file left', () => {
    fillDisk();
    rmSync(join(full, 'filler'));
    const report = join(full, 'r.txt');
    writeFileSync(report, SMALL_REPORT);
    const expected = join(full, 'r.expected.json');
    writeFileSync(expected, '{"schema": "zhibiao/expected@1", "mode": "full", "claims": []}\n'); // an old snapshot
    const before = readFileSync(expected, 'utf8');
    writeFileSync(join(full, 'filler'), Buffer.alloc(56 * 1024)); // every page taken: the new snapshot does not fit
    const r = zhibiao(['check', report, '--update']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${expected}: not written (the file is unchanged): no space left on device`);
    expect(readFileSync(expected, 'utf8')).toBe(before);
    expect(readdirSync(full).sort()).toEqual(['filler', 'r.expected.json', 'r.txt']);
  });
});

describe('check --update writes only its own snapshot files', () => {
  let dir: string;
  let report: string;
  beforeAll(() => {
    dir = tempDir();
    report = join(dir, 'report.txt');
    writeFileSync(report, SMALL_REPORT);
  });

  it('a report given as --expected is never written, with --force or not, and --force is not suggested', () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, SMALL_REPORT);
    for (const extra of [[], ['--force']]) {
      const r = zhibiao(['check', report, '--expected', other, '--update', ...extra]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${other}: corrupt expected file: bad JSON`);
      expect(r.stderr).toContain('--update writes only .json expected files');
      expect(r.stderr).not.toContain('--force');
      expect(readFileSync(other, 'utf8')).toBe(SMALL_REPORT);
    }
    const self = zhibiao(['check', report, '--expected', report, '--update', '--force']);
    expect(self.status).toBe(2);
    expect(self.stderr).toContain('it is the report itself');
    expect(readFileSync(report, 'utf8')).toBe(SMALL_REPORT);
  });

  it('an expected file that is a symbolic link is not written through', () => {
    const sub = tempDir();
    const r1 = join(sub, 'a.txt');
    writeFileSync(r1, SMALL_REPORT);
    const elsewhere = join(sub, 'elsewhere.json');
    writeFileSync(elsewhere, '{"schema": "zhibiao/expected@1", "mode": "full", "claims": []}\n');
    symlinkSync(elsewhere, join(sub, 'a.expected.json'));
    const r = zhibiao(['check', r1, '--update']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a symbolic link; zhibiao does not write through links');
    expect(r.stderr).not.toContain('--force');
    expect(readFileSync(elsewhere, 'utf8')).toBe('{"schema": "zhibiao/expected@1", "mode": "full", "claims": []}\n');
  });

  it('check X.txt --update writes X.expected.json and checks a subset file beside it, leaving it as it is', () => {
    const sub = tempDir();
    const r1 = join(sub, 'x.txt');
    writeFileSync(r1, SMALL_REPORT);
    const headline = join(sub, 'x.headline.expected.json');
    const text = JSON.stringify({ schema: 'zhibiao/expected@1', mode: 'subset', claims: [{ line: 2, text: '6.2%', value: 6.2 }] });
    writeFileSync(headline, text);
    for (const extra of [[], ['--force']]) {
      const r = zhibiao(['check', r1, '--update', ...extra]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/PASS +.*x\.headline\.expected\.json \(subset/);
      expect(readFileSync(headline, 'utf8')).toBe(text);
    }
    expect(JSON.parse(readFileSync(join(sub, 'x.expected.json'), 'utf8'))).toMatchObject({ mode: 'full', claims: { length: 4 } });
    expect(existsSync(join(sub, 'x.expected.json'))).toBe(true);
  });
});

describe('large output streams', () => {
  it('100 MB of JSON from 17 reports, in a 64 MB heap (the whole output as one string could not be)', async () => {
    const dir = tempDir();
    // one line: 100 numbers in one sentence (≈ 4,000 claims and 6 MB of JSON per report)
    const sentence = (s: number) => `${Array.from({ length: 100 }, (_, i) => `第${s}组第${i}项重点指标增长${i % 97}.${i % 10}%`).join('，')}。`;
    const text = `${Array.from({ length: 40 }, (_, s) => sentence(s)).join('\n')}\n`;
    for (let i = 1; i <= 17; i++) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), text);
    const child = spawn('node', ['--max-old-space-size=64', bin, 'extract', dir, '--json', '--jobs', '2'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let documents = 0;
    let head = '';
    let tail = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      bytes += Buffer.byteLength(chunk);
      if (head.length < 20) head += chunk.slice(0, 20);
      tail = (tail + chunk).slice(-20);
      documents += chunk.split('"schema": "zhibiao/claims@1"').length - 1;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(bytes).toBeGreaterThan(100 * 2 ** 20);
    expect(documents).toBe(17);
    expect(head.startsWith('[\n  {\n    "schema"')).toBe(true);
    expect(tail.endsWith('    ]\n  }\n]\n')).toBe(true);
  }, 180_000);
});

describe('text from a report cannot forge output', () => {
  const ESCAPES = '一、2023年工作回顾\n\u001b[2J\u001b]0;pwned\u0007地区生产总值\u001b[8m增长6.2%\u001b[0m。\n=1+2+cmd|计算机增长5%。\n';

  it('tables, Markdown and summaries print no escape sequence from the text', () => {
    const dir = tempDir();
    const file = join(dir, 'esc.txt');
    writeFileSync(file, ESCAPES);
    for (const args of [['extract', file], ['extract', file, '--format', 'markdown'], ['summary', file]]) {
      const r = zhibiao(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(zhibiao(['extract', file]).stdout).toContain('地区生产总值增长6.2%'); // the text, without its sequences
  });

  it('CSV: a text cell starting a formula gets a leading \', numbers stay numbers', () => {
    const dir = tempDir();
    const file = join(dir, 'formula.txt');
    writeFileSync(file, '=1+2+cmd|计算机增长5%。\n@SUM(A1)减少3.5%。\n');
    const csv = zhibiao(['extract', file, '--format', 'csv', '--fields', 'value,indicator,sentence']).stdout.split('\n');
    expect(csv[0]).toBe('document,value,indicator,sentence');
    for (const line of csv.slice(1).filter(Boolean)) expect(line).not.toMatch(/,(?:[=+@]|-[^\d])/);
    expect(csv[1]).toMatch(/,5,/);
    expect(csv.join('\n')).toContain(",'=1+2+cmd|计算机增长5%。");
    expect(csv.join('\n')).toMatch(/,-3\.5,/); // a real negative value is a number, not neutralised
  });
});
