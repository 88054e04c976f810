// End-to-end: the built binary on the bundled report and on bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'zhibiao.js');
const fixture = join(root, 'fixtures', 'ganzi-2024.txt');

function run(args: string[], input?: string) {
  return spawnSync('node', [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('zhibiao extract', () => {
  it('prints JSON that follows the contract for the bundled report', () => {
    const out = execFileSync('node', [bin, 'extract', fixture, '--json'], { encoding: 'utf8' });
    const doc = JSON.parse(out);
    expect(doc.document).toBe(fixture);
    expect(doc.schema).toBe('zhibiao/claims@1');
    const gdp = doc.claims.find((c: { text: string }) => c.text === '513.35亿元');
    // line 9 of the report: 地区生产总值突破“五百亿”、达513.35亿元 (checked by hand)
    expect(gdp).toMatchObject({ kind: 'amount', value: 51335000000, unit: '元', qualifier: null, modality: 'actual', indicator: '地区生产总值', sector: 'macro', line: 9 });
    const text = execFileSync('cat', [fixture], { encoding: 'utf8' });
    for (const c of doc.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    // line 45: 主要预期目标是：地区生产总值增长7% is the 2024 target (checked by hand)
    expect(doc.claims.find((c: { line: number; text: string }) => c.line === 45 && c.text === '7%')).toMatchObject({ kind: 'change', value: 7, modality: 'target' });
  });

  it('prints a table without colour codes when stdout is not a terminal', () => {
    const r = run(['extract', fixture]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('地区生产总值');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('reads standard input, and full-width digits there', () => {
    const r = run(['extract', '--format', 'ndjson'], '全年接待游客４１３３.２８万人次，增长３１.３２％。');
    expect(r.status).toBe(0);
    const claims = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(claims.map((c) => [c.text, c.value, c.unit, c.kind])).toEqual([
      ['４１３３.２８万人次', 41332800, '人次', 'amount'],
      ['３１.３２％', 31.32, '%', 'change'],
    ]);
  });

  it('exits 1 when a text holds no claim', () => {
    expect(run(['extract'], '党的二十大胜利召开。').status).toBe(1);
  });

  it('reports a missing file on stderr with exit 2 and no stack trace, and still runs the good ones', () => {
    const r = run(['extract', '/no/such/report.txt', fixture, '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/no/such/report.txt: no such file or directory');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout).claims.length).toBeGreaterThan(300);
  });

  it('decodes GBK and UTF-16 files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-'));
    const sentence = '森林覆盖率达35.26%。';
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xc9, 0xad, 0xc1, 0xd6, 0xb8, 0xb2, 0xb8, 0xc7, 0xc2, 0xca, 0xb4, 0xef, 0x33, 0x35, 0x2e, 0x32, 0x36, 0x25, 0xa1, 0xa3]));
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]));
    for (const file of [gbk, utf16]) {
      const r = run(['extract', file, '--json']);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).claims[0]).toMatchObject({ text: '35.26%', kind: 'ratio', indicator: '森林覆盖率' });
    }
  });
});
