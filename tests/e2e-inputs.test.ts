// End-to-end: what zhibiao reads — directories of mixed files, encodings, globs, HTML, stdin —
// and how it reports what it cannot read while the other inputs still run.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ndjson, tempDir, zhibiao, type JsonClaim } from './e2e-run.js';

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);

/** value, unit and kind of each claim, for comparing with what the sentence says. */
const figures = (claims: JsonClaim[]) => claims.map((c) => [c.value, c.unit, c.kind]);

describe('a directory of mixed files', () => {
  let dir: string;
  const byDocument = new Map<string, JsonClaim[]>();
  let run: ReturnType<typeof zhibiao>;

  beforeAll(() => {
    dir = tempDir();
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'utf8.txt'), '全年接待游客4133.28万人次，增长31.32%。\n');
    writeFileSync(join(dir, 'bom.md'), Buffer.concat([BOM8, Buffer.from('# 报告\n\n森林覆盖率达35.26%。\n')]));
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode('地区生产总值达513.35亿元，增长6.2%。\r\n', 'gbk'));
    writeFileSync(join(dir, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('粮食产量达22.5万吨。', 'utf-16le')]));
    writeFileSync(join(dir, 'sub', 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('新增市场主体7588户。', 'utf-16be')]));
    writeFileSync(
      join(dir, 'sub', 'deeper', 'page.html'),
      '<html><head><meta charset="utf-8"><title>报告</title><style>p{margin:0}</style></head>' +
        '<body><p>新建<b>5G基站</b>1200个。</p><script>var total = 99;</script><img src="a.png"></body></html>',
    );
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'notes.csv'), '地区生产总值达1亿元。\n'); // not a report extension: never read
    run = zhibiao(['extract', dir, '--format', 'ndjson']);
    for (const c of ndjson(run.stdout)) byDocument.set(c.document!, [...(byDocument.get(c.document!) ?? []), c]);
  });

  it('reads every report file, recursively, and names each claim’s document', () => {
    expect(run.status, run.stderr).toBe(0);
    expect([...byDocument.keys()].sort()).toEqual(
      ['bom.md', 'gbk.txt', 'sub/deeper/page.html', 'sub/utf16be.txt', 'utf8.txt', 'utf16le.txt'].map((f) => join(dir, f)).sort(),
    );
  });

  it('decodes UTF-8, UTF-8 with BOM, GBK, UTF-16 LE and BE', () => {
    expect(figures(byDocument.get(join(dir, 'utf8.txt'))!)).toEqual([[41332800, '人次', 'amount'], [31.32, '%', 'change']]);
    expect(figures(byDocument.get(join(dir, 'bom.md'))!)).toEqual([[35.26, '%', 'ratio']]);
    expect(figures(byDocument.get(join(dir, 'gbk.txt'))!)).toEqual([[51335000000, '元', 'amount'], [6.2, '%', 'change']]);
    expect(figures(byDocument.get(join(dir, 'utf16le.txt'))!)).toEqual([[225000, '吨', 'amount']]);
    expect(byDocument.get(join(dir, 'sub/utf16be.txt'))!.map((c) => [c.value, c.indicator])).toEqual([[7588, '新增市场主体']]);
  });

  it('strips the tags of a saved web page (scripts, styles and images leave nothing)', () => {
    const claims = byDocument.get(join(dir, 'sub/deeper/page.html'))!;
    expect(claims.map((c) => [c.text, c.value])).toEqual([['1200个', 1200]]);
    expect(claims[0].sentence).toContain('新建5G基站1200个');
  });

  it('says on stderr which files it skipped and why, one line each, and counts them last', () => {
    const lines = run.stderr.trim().split('\n');
    expect(lines.pop()).toBe('zhibiao: 6 files read, 2 skipped');
    expect(lines.sort()).toEqual([`zhibiao: skipped ${join(dir, 'binary.txt')}: binary file, not text`, `zhibiao: skipped ${join(dir, 'empty.md')}: empty`]);
  });

  it('treats a named binary or empty file as an error (exit 2) and still prints the others', () => {
    const r = zhibiao(['extract', join(dir, 'binary.txt'), join(dir, 'empty.md'), join(dir, 'utf8.txt'), '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'binary.txt')}: binary file`);
    expect(r.stderr).toContain(`${join(dir, 'empty.md')}: empty`);
    expect(ndjson(r.stdout).map((c) => c.text)).toEqual(['4133.28万人次', '31.32%']);
  });

  it('expands globs, relative to the working directory, and reports one that matches nothing', () => {
    const r = zhibiao(['extract', '*.txt', '--format', 'ndjson', '--fields', 'document,text'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(new Set(ndjson(r.stdout).map((c) => c.document))).toEqual(new Set(['gbk.txt', 'utf16le.txt', 'utf8.txt']));
    expect(r.stderr).toBe('zhibiao: skipped binary.txt: binary file, not text\nzhibiao: 3 files read, 1 skipped\n');
    const none = zhibiao(['extract', 'nothing-*.txt'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('zhibiao: nothing-*.txt: no files match this pattern\n');
  });

  it('refuses a directory with no report files', () => {
    const empty = tempDir();
    writeFileSync(join(empty, 'data.csv'), 'a,b\n');
    const r = zhibiao(['extract', empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no \.txt, \.md, \.htm, \.html, \.pdf, \.docx, \.doc files in this directory/);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file and runs the rest', () => {
    const locked = join(tempDir(), 'locked.txt');
    writeFileSync(locked, '增长6.2%。');
    chmodSync(locked, 0o000);
    const r = zhibiao(['extract', locked, join(dir, 'utf8.txt'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`zhibiao: ${locked}: permission denied\n`);
    expect(JSON.parse(r.stdout).claims).toHaveLength(2);
  });
});

describe('encodings', () => {
  it('--encoding overrides detection', () => {
    const dir = tempDir();
    const file = join(dir, 'gb.txt');
    writeFileSync(file, iconv.encode('森林覆盖率达35.26%。', 'gb18030'));
    expect(JSON.parse(zhibiao(['extract', file, '--json', '--encoding', 'gb18030']).stdout).claims[0]).toMatchObject({ value: 35.26, indicator: '森林覆盖率' });
    // read as UTF-16 the same bytes are other characters: no claim
    const misread = zhibiao(['extract', file, '--json', '--encoding', 'utf-16le']);
    expect(misread.status).toBe(1);
    expect(JSON.parse(misread.stdout).claims).toEqual([]);
  });

  it('rejects an unknown encoding name before reading anything', () => {
    const r = zhibiao(['extract', '--encoding', 'klingon'], { input: '增长6.2%。' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('zhibiao: unknown encoding "klingon" (try utf-8, gbk, gb18030, big5, utf-16le, utf-16be)\n');
    expect(r.stdout).toBe('');
  });

  it('counts lines across CRLF and reads full-width digits, with spans into the decoded text', () => {
    const text = '第一段没有数字。\r\n地区生产总值增长６.２％。\r\n';
    const [claim] = ndjson(zhibiao(['extract', '--format', 'ndjson'], { input: text }).stdout);
    expect(claim).toMatchObject({ line: 2, value: 6.2, unit: '%', text: '６.２％' });
    expect(text.slice(claim.span.start, claim.span.end)).toBe('６.２％');
  });

  it('decodes a GBK web page (declared gb2312) and strips its tags', () => {
    const file = join(tempDir(), 'report.htm');
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>政府工作报告</title></head>' +
      '<body><p>全年地区生产总值达到513.35亿元，比上年增长6.2%。</p><p>森林覆盖率达35.26%。</p></body></html>';
    writeFileSync(file, iconv.encode(html, 'gbk'));
    const claims = ndjson(zhibiao(['extract', file, '--format', 'ndjson']).stdout);
    expect(claims.map((c) => [c.text, c.indicator])).toEqual([['513.35亿元', '地区生产总值'], ['6.2%', '地区生产总值'], ['35.26%', '森林覆盖率']]);
  });
});

describe('standard input', () => {
  it('is read with no argument and with -, next to files, and named -', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, '森林覆盖率达35.26%。');
    const r = zhibiao(['extract', file, '-', '--format', 'ndjson', '--fields', 'document,value'], { input: '增长6.2%。' });
    expect(r.status, r.stderr).toBe(0);
    expect(ndjson(r.stdout)).toEqual([{ document: file, value: 35.26 }, { document: '-', value: 6.2 }]);
  });

  it('strips HTML piped in', () => {
    const r = zhibiao(['extract', '--format', 'ndjson'], { input: '<!DOCTYPE html><html><body><p>新建5G基站<span>1200</span>个。</p></body></html>' });
    expect(ndjson(r.stdout).map((c) => c.text)).toEqual(['1200个']);
  });

  it('reports empty standard input (exit 2)', () => {
    const r = zhibiao(['extract'], { input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('zhibiao: standard input: empty\n');
  });
});
