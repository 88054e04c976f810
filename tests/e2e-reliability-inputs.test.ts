// Hostile and careless input: every read is bounded before memory grows (devices, FIFOs,
// sizes), recursion is bounded (deep HTML, 300,000 numbers on one line), a failure is one
// file's error naming it, and Ctrl-C works even while standard input is awaited.
import { spawn, spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bin, fixture, ndjson, root, tempDir, zhibiao } from './e2e-run.js';

const REPORT = '一、2023年工作回顾\n地区生产总值达513.35亿元，增长6.2%。\n';

describe('reads are bounded', () => {
  it('a device behind a link (report.txt -> /dev/zero) is refused before a byte is read, named or in a directory', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), REPORT);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const named = zhibiao(['extract', join(dir, 'zero.txt'), join(dir, 'a.txt'), '--format', 'ndjson']);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain(`${join(dir, 'zero.txt')}: not a regular file (a device)`);
    expect(ndjson(named.stdout).length).toBe(2);
    // and --max-size cannot lift the bound past what Node can hold
    const huge = zhibiao(['extract', '--max-size', '100G', '/dev/zero']);
    expect(huge).toMatchObject({ status: 2, stdout: '' });
    expect(huge.stderr).toBe('zhibiao: --max-size 100G: one document can be at most 512 MB (the longest text Node holds)\n');
  });

  it('a FIFO argument is refused at once instead of blocking', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo: nothing to test
    const r = spawnSync('node', [bin, 'extract', fifo], { cwd: root, encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${fifo}: not a regular file (a FIFO); to read from it, pipe it in`);
  });

  it('binary standard input (/dev/zero) is refused at its first chunk', () => {
    const r = spawnSync('sh', ['-c', `node ${JSON.stringify(bin)} extract - < /dev/zero`], { cwd: root, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('zhibiao: standard input: binary file, not text\n');
  });
});

describe('bounded recursion: a pathological file is that file\'s error, or read', () => {
  it('2,000 nested tables: one line naming the page, the other files still extracted', () => {
    const dir = tempDir();
    const page = join(dir, 'deep.html');
    writeFileSync(page, `<html><body>${'<table><tr><td>'.repeat(2000)}增长6.2%${'</td></tr></table>'.repeat(2000)}</body></html>`);
    const r = zhibiao(['extract', page, fixture, '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`zhibiao: ${page}: web page nested more than 200 elements deep; not read (its text would be incomplete)\n`);
    expect(ndjson(r.stdout).length).toBeGreaterThan(400);
  });

  it('300,000 numbers in one unpunctuated line are extracted, not a stack overflow', () => {
    const dir = tempDir();
    const file = join(dir, 'many.txt');
    writeFileSync(file, `地区生产总值增长${Array.from({ length: 300_000 }, (_, i) => `${i}%`).join('')}\n`);
    const r = spawnSync('node', [bin, 'extract', file, '--format', 'ndjson', '--fields', 'value'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(300_000);
  }, 60_000);
});

describe('clear messages', () => {
  it('UTF-16 without a byte-order mark: suggests --encoding utf-16le, which reads it', () => {
    const dir = tempDir();
    const file = join(dir, 'u16.txt');
    writeFileSync(file, iconv.encode(REPORT, 'utf-16le'));
    const r = zhibiao(['extract', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`zhibiao: ${file}: binary, or UTF-16 without a byte-order mark: if it is text, try --encoding utf-16le\n`);
    expect(ndjson(zhibiao(['extract', file, '--encoding', 'utf-16le', '--format', 'ndjson']).stdout)).toHaveLength(2);
    // a real binary file is still just binary
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    expect(zhibiao(['extract', file]).stderr).toBe(`zhibiao: ${file}: binary file, not text\n`);
  });

  it('--encoding hex (a byte codec, not a text encoding) is an error', () => {
    for (const name of ['hex', 'base64']) {
      const r = zhibiao(['extract', fixture, '--encoding', name]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`unknown encoding "${name}"`);
    }
  });
});

describe('Ctrl-C', () => {
  it('the first Ctrl-C ends a run waiting on standard input (130)', async () => {
    const child = spawn('node', [bin, 'extract', '--format', 'ndjson'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // started, waiting for input
    const started = Date.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stderr).toBe('zhibiao: interrupted\n');
    child.stdin.destroy();
  });
});



describe('user regular expressions run in linear time', () => {
  it("--indicator '((.+)+)+x' on a long indicator answers at once (RE2), for extract and query", () => {
    const dir = tempDir();
    const file = join(dir, 'long.txt');
    writeFileSync(file, `${'建设'.repeat(20_000)}项目投资增长6.2%。\n`); // one claim whose indicator is 40,000 characters long
    const r = spawnSync('node', [bin, 'extract', file, '--indicator', '((.+)+)+x'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(zhibiao(['extract', fixture, '--indicator', '收入$', '--format', 'ndjson']).stdout.trim().split('\n').length).toBeGreaterThan(3);
    const lookbehind = zhibiao(['extract', fixture, '--indicator', '(?<=城镇)居民']);
    expect(lookbehind.status).toBe(2);
    expect(lookbehind.stderr).toContain('lookaround and backreferences are not supported');
  });
});
