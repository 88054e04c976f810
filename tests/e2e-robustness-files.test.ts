// Issue 6, "Files": every bad input is one line on stderr naming the file and the problem, the
// right exit code and no stack trace; in a batch the good files are still extracted and a last
// line counts what was skipped or failed.
import { chmodSync, closeSync, copyFileSync, mkdirSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fixture, ndjson, tempDir, zhibiao, type Run } from './e2e-run.js';

const REPORT = '地区生产总值达513.35亿元，增长6.2%。森林覆盖率达35.26%。\n';

/** Every stderr line is one `zhibiao: …` message: no stack trace, no Node warning. */
function messages(run: Run): string[] {
  const lines = run.stderr.split('\n').filter(Boolean);
  for (const line of lines) expect(line).toMatch(/^zhibiao: /);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  return lines;
}

function texts(run: Run): string[] {
  return ndjson(run.stdout).map((c) => c.text);
}

/** A directory with one good report beside the bad file, as a batch. */
function beside(name: string, bytes: string | Buffer): { dir: string; bad: string; good: string } {
  const dir = tempDir();
  const bad = join(dir, name);
  const good = join(dir, 'good.txt');
  writeFileSync(bad, bytes);
  writeFileSync(good, REPORT);
  return { dir, bad, good };
}

// Root reads any file: permission tests run the binary as nobody (uid 65534), as tests/index.test.ts does.
const asRoot = process.getuid?.() === 0;
const nobody = { uid: 65534, gid: 65534 };
const nobodyCanRun = !asRoot || zhibiao(['--version'], { user: nobody }).status === 0;

describe('a missing path', () => {
  it('is one line and exit 2; the other inputs still run', () => {
    const { dir, good } = beside('other.txt', REPORT);
    const missing = join(dir, 'no-such-report.txt');
    const r = zhibiao(['extract', missing, good, '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(messages(r)).toEqual([`zhibiao: ${missing}: no such file or directory`, 'zhibiao: 1 file read, 1 failed']);
    expect(texts(r)).toEqual(['513.35亿元', '6.2%', '35.26%']);
  });

  it('alone, says so without a summary line', () => {
    const r = zhibiao(['extract', 'no/such/file.txt']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'zhibiao: no/such/file.txt: no such file or directory\n']);
  });
});

describe.runIf(nobodyCanRun)('no permission (run as nobody when the tests run as root)', () => {
  const user = asRoot ? { user: nobody } : {};

  it('a directory that cannot be listed is named, not taken for an empty one; the rest is read', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden.txt'), REPORT);
    writeFileSync(join(dir, 'open.txt'), REPORT);
    chmodSync(join(dir, 'locked'), 0o000);
    const r = zhibiao(['extract', dir, '--format', 'ndjson'], user);
    expect(r.status).toBe(2);
    expect(messages(r)).toEqual([`zhibiao: ${join(dir, 'locked')}: permission denied (directory not read)`, 'zhibiao: 1 file read, 1 failed']);
    expect(new Set(ndjson(r.stdout).map((c) => c.document))).toEqual(new Set([join(dir, 'open.txt')]));
    const named = zhibiao(['extract', join(dir, 'locked'), join(dir, 'open.txt'), '--format', 'ndjson'], user);
    expect(named.status).toBe(2);
    expect(messages(named)[0]).toBe(`zhibiao: ${join(dir, 'locked')}: permission denied (directory not read)`);
    expect(texts(named)).toHaveLength(3);
  });

  it('a file that cannot be read is one line, exit 2', () => {
    const { dir, bad, good } = beside('locked.txt', REPORT);
    chmodSync(dir, 0o755);
    chmodSync(bad, 0o000);
    const r = zhibiao(['extract', bad, good, '--format', 'ndjson'], user);
    expect(r.status).toBe(2);
    expect(messages(r)).toEqual([`zhibiao: ${bad}: permission denied`, 'zhibiao: 1 file read, 1 failed']);
    expect(texts(r)).toHaveLength(3);
  });
});

describe('a binary file (NUL bytes)', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Buffer.from(REPORT)]);

  it('named, is an error (exit 2); found in a directory, is skipped (exit 0), and counted', () => {
    const { dir, bad } = beside('scan.txt', png);
    const named = zhibiao(['extract', bad]);
    expect([named.status, named.stderr]).toEqual([2, `zhibiao: ${bad}: binary file, not text\n`]);
    const batch = zhibiao(['extract', dir, '--format', 'ndjson']);
    expect(batch.status).toBe(0);
    expect(messages(batch)).toEqual([`zhibiao: skipped ${bad}: binary file, not text`, 'zhibiao: 1 file read, 1 skipped']);
    expect(texts(batch)).toHaveLength(3);
  });
});

describe('invalid UTF-8', () => {
  it('bytes that are neither UTF-8 nor GBK nor Big5 are refused in one line, not read as nonsense', () => {
    // Latin-1 bytes and stray continuation bytes: read as GB18030 they would be rare characters
    const junk = Buffer.from('\x80\x81\xfe\xff\x90 caf\xe9 \xc3\x28 \x9f\xa0\xfe\xfe\xff\x80\x81\x82'.repeat(20), 'latin1');
    const { dir, bad } = beside('junk.txt', junk);
    const named = zhibiao(['extract', bad]);
    expect(named.status).toBe(2);
    expect(messages(named)).toEqual([expect.stringMatching(new RegExp(`^zhibiao: ${bad}: not text in UTF-8, GBK/GB18030 or Big5 \\(\\d+% of its characters come out garbled in the best of them\\); if you know its encoding, give --encoding$`))]);
    const batch = zhibiao(['extract', dir, '--format', 'ndjson']);
    expect(batch.status).toBe(0);
    expect(messages(batch).at(-1)).toBe('zhibiao: 1 file read, 1 skipped');
  });

  it('a UTF-8 report with a few bad bytes (a cut download) is read as UTF-8, with a note', () => {
    const text = REPORT.repeat(5);
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xe5, 0x9c])]); // cut inside 地
    const { bad } = beside('cut.txt', bytes);
    const r = zhibiao(['extract', bad, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    expect(messages(r)).toEqual([`zhibiao: ${bad}: 1 byte sequence is not valid utf-8 (shown as �)`]);
    const claims = ndjson(r.stdout);
    expect(claims).toHaveLength(15);
    for (const c of claims) expect(`${text}\ufffd`.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('a GBK report is still read as GBK (GB18030), silently', () => {
    const { bad } = beside('gbk.txt', iconv.encode(REPORT, 'gbk'));
    const r = zhibiao(['extract', bad, '--format', 'ndjson']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(texts(r)).toEqual(['513.35亿元', '6.2%', '35.26%']);
  });
});

describe('a file read in the wrong encoding (mojibake)', () => {
  it('GBK read as UTF-8: refused, suggesting --encoding gbk', () => {
    const { bad } = beside('gbk.txt', iconv.encode(REPORT, 'gbk'));
    const r = zhibiao(['extract', bad, '--encoding', 'utf-8']);
    expect(r.status).toBe(2);
    expect(messages(r)).toEqual([expect.stringMatching(/: read as utf-8 this text is garbled \(\d+% of its characters are � or out of place\); it looks like gbk: try --encoding gbk$/)]);
    expect(zhibiao(['extract', bad, '--encoding', 'gbk', '--format', 'ndjson']).status).toBe(0);
  });

  it('GBK read as Latin-1 (ÄÚ½­…), and UTF-8 read as GBK (鍦板尯…), likewise', () => {
    const { bad } = beside('gbk.txt', iconv.encode(REPORT, 'gbk'));
    expect(zhibiao(['extract', bad, '--encoding', 'latin1']).stderr).toMatch(/read as latin1 this text is garbled .*try --encoding gbk\n$/);
    const utf8 = beside('utf8.txt', REPORT).bad;
    const r = zhibiao(['extract', utf8, '--encoding', 'gbk']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/read as gbk this text is garbled .*it looks like utf-8: try --encoding utf-8\n$/);
  });
});

describe('an empty file', () => {
  it('named, is an error; in a directory, skipped; standard input, an error', () => {
    const { dir, bad } = beside('empty.txt', '');
    expect(zhibiao(['extract', bad])).toMatchObject({ status: 2, stderr: `zhibiao: ${bad}: empty\n` });
    const batch = zhibiao(['extract', dir, '--format', 'ndjson']);
    expect(batch.status).toBe(0);
    expect(messages(batch)).toEqual([`zhibiao: skipped ${bad}: empty`, 'zhibiao: 1 file read, 1 skipped']);
    expect(zhibiao(['extract'], { input: '' })).toMatchObject({ status: 2, stderr: 'zhibiao: standard input: empty\n' });
  });
});

describe('a file too large for one document', () => {
  it('a 200 MB file is refused by its size, before a byte is read (a sparse file); the others run', () => {
    const { dir, bad, good } = beside('huge.txt', '');
    const fd = openSync(bad, 'r+');
    ftruncateSync(fd, 200 * 2 ** 20); // sparse: no disk, no time
    closeSync(fd);
    const r = zhibiao(['extract', dir, '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(messages(r)).toEqual([`zhibiao: ${bad}: 200 MB, over the 64 MB limit for one document (--max-size 200M reads it)`, 'zhibiao: 1 file read, 1 failed']);
    expect(new Set(ndjson(r.stdout).map((c) => c.document))).toEqual(new Set([good]));
  });

  it('--max-size sets the limit (K, M, G), for files and standard input', () => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    copyFileSync(fixture, report); // 50 KB
    expect(zhibiao(['extract', report, '--max-size', '40K'])).toMatchObject({ status: 2, stderr: `zhibiao: ${report}: 49 KB, over the 40 KB limit for one document (--max-size 1M reads it)\n` });
    expect(zhibiao(['extract', report, '--max-size', '1M', '--format', 'ndjson']).status).toBe(0);
    const piped = zhibiao(['extract', '--max-size', '1k'], { input: REPORT.repeat(20) });
    expect(piped).toMatchObject({ status: 2, stderr: 'zhibiao: standard input: over the 1 KB limit for one document (--max-size raises it)\n' });
    expect(zhibiao(['extract', report, '--max-size', 'big'])).toMatchObject({ status: 2, stderr: 'zhibiao: --max-size takes a size such as 64M, 200MB or 1G (got "big")\n' });
  });
});

describe('a batch of every kind of bad file', () => {
  it('extracts the good ones, skips or fails the others in one line each, and counts them last', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-good.txt'), REPORT);
    writeFileSync(join(dir, 'b-gbk.txt'), iconv.encode(REPORT, 'gbk'));
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, 'd-empty.md'), '');
    writeFileSync(join(dir, 'e-junk.txt'), Buffer.from('\x80\x81\xfe\xff\x90\xc3\x28\x9f\xa0'.repeat(30), 'latin1'));
    const fd = openSync(join(dir, 'f-huge.txt'), 'w');
    ftruncateSync(fd, 65 * 2 ** 20);
    closeSync(fd);
    for (const jobs of ['1', String(Math.min(3, availableParallelism()))]) { // more than the cores: capped, with a note
      const r = zhibiao(['extract', dir, join(dir, 'missing.txt'), '--format', 'ndjson', '--jobs', jobs]);
      expect(r.status).toBe(2);
      const lines = messages(r);
      expect(lines).toHaveLength(6);
      expect(lines.at(-1)).toBe('zhibiao: 2 files read, 3 skipped, 2 failed');
      expect([...new Set(ndjson(r.stdout).map((c) => c.document))]).toEqual([join(dir, 'a-good.txt'), join(dir, 'b-gbk.txt')]);
    }
  });
});
