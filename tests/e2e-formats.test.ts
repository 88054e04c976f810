// End-to-end: every output format, parsed back to prove it valid, and the same claims in each.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { ANSI, bin, fixture, ndjson, tempDir, zhibiao } from './e2e-run.js';

const claims = ndjson(zhibiao(['extract', fixture, '--format', 'ndjson']).stdout);
/** The bundled report's identity, as every format gives it. */
const ganzi = { region: '甘孜州', level: 'city', year: 2024 };

describe('JSON', () => {
  it('is one object {schema, document, identity, claims} for one document, the same with --json and --format json', () => {
    const out = zhibiao(['extract', fixture, '--json']).stdout;
    expect(zhibiao(['extract', fixture, '--format', 'json']).stdout).toBe(out);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['schema', 'document', 'region', 'level', 'year', 'review_year', 'plan_year', 'claims']);
    expect(doc.schema).toBe('zhibiao/claims@1');
    // the report's opening says 我代表州人民政府, it keeps naming 甘孜, and its parts are 2023年工作回顾 / 2024年…目标
    expect(doc).toMatchObject({ region: '甘孜州', level: 'city', year: 2024, review_year: 2023, plan_year: 2024 });
    expect(doc.claims).toHaveLength(claims.length);
    expect(doc.claims[0]).not.toHaveProperty('document'); // the document is named once, above
    expect(Object.keys(doc.claims[0])).toEqual(['kind', 'value', 'unit', 'qualifier', 'modality', 'indicator', 'sector', 'metric', 'period', 'text', 'span', 'line', 'sentence']);
  });

  it('is an array of them for several documents, each naming its document', () => {
    const dir = tempDir();
    const other = join(dir, 'other.txt');
    writeFileSync(other, '森林覆盖率达35.26%。');
    const docs = JSON.parse(zhibiao(['extract', fixture, other, '--json']).stdout);
    expect(docs.map((d: { document: string; claims: unknown[] }) => [d.document, d.claims.length])).toEqual([[fixture, claims.length], [other, 1]]);
  });

  it('keeps the documents that no claim matched, with an empty list', () => {
    const r = zhibiao(['extract', fixture, '--json', '--min', '1e15']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ schema: 'zhibiao/claims@1', document: fixture, ...ganzi, review_year: 2023, plan_year: 2024, claims: [] });
  });

  it('is never coloured, even with --color always or FORCE_COLOR', () => {
    expect(zhibiao(['extract', fixture, '--json', '--color', 'always'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(zhibiao(['extract', fixture, '--format', 'ndjson', '--color', 'always']).stdout).not.toMatch(ANSI);
  });
});

describe('NDJSON', () => {
  it('is one claim a line, each with its document and its identity, the same claims as JSON', () => {
    const json = JSON.parse(zhibiao(['extract', fixture, '--json']).stdout);
    expect(claims.map(({ document, region, level, year, ...c }) => [document, { region, level, year }, c])).toEqual(json.claims.map((c: object) => [fixture, ganzi, c]));
    expect(Object.keys(claims[0]).slice(0, 5)).toEqual(['document', 'region', 'level', 'year', 'kind']);
  });

  it('gives null for what the text does not say, and the flags override it', () => {
    const plain = ndjson(zhibiao(['extract', '--format', 'ndjson'], { input: '森林覆盖率达35.26%。' }).stdout);
    expect(plain[0]).toMatchObject({ document: '-', region: null, level: null, year: null });
    const set = ndjson(zhibiao(['extract', fixture, '--format', 'ndjson', '--limit', '1', '--region', '康定市', '--level', 'county', '--year', '2025']).stdout);
    expect(set[0]).toMatchObject({ region: '康定市', level: 'county', year: 2025 });
    const json = JSON.parse(zhibiao(['extract', fixture, '--json', '--limit', '1', '--year', '2025']).stdout);
    expect(json).toMatchObject({ region: '甘孜州', year: 2025, review_year: 2024, plan_year: 2025 });
    const bad = zhibiao(['extract', fixture, '--year', 'last']);
    expect([bad.status, bad.stderr]).toEqual([2, 'zhibiao: --year needs a year such as 2024 (got "last"); use --year 2024\n']);
  });
});

describe('CSV', () => {
  it('parses back to the same claims, raw values, every field, document and identity first', () => {
    const out = zhibiao(['extract', fixture, '--format', 'csv']).stdout;
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['document', 'region', 'level', 'year', 'line', 'kind', 'value', 'high', 'unit', 'qualifier', 'modality', 'indicator', 'sector', 'metric', 'period', 'text', 'start', 'end', 'sentence']);
    expect(rows).toHaveLength(claims.length);
    rows.forEach((row, i) => {
      const c = claims[i];
      expect([row.region, row.level, Number(row.year)]).toEqual(['甘孜州', 'city', 2024]);
      expect([row.document, Number(row.line), row.kind, Number(row.value), row.unit, row.qualifier || null, row.indicator, row.text, Number(row.start), Number(row.end), row.sentence])
        .toEqual([c.document, c.line, c.kind, c.value, c.unit, c.qualifier, c.indicator, c.text, c.span.start, c.span.end, c.sentence]);
    });
  });

  it('quotes fields holding commas, quotes and line breaks', () => {
    const text = '地区生产总值达"513.35亿元",增长6.2%。';
    const out = zhibiao(['extract', '--format', 'csv', '--fields', 'text,sentence'], { input: text }).stdout;
    expect(out).toContain('"地区生产总值达""513.35亿元"",增长6.2%。"');
    expect(parse(out, { columns: true })).toEqual([
      { document: '-', text: '513.35亿元', sentence: text },
      { document: '-', text: '6.2%', sentence: text },
    ]);
  });

  it('starts with a UTF-8 byte-order mark with --bom, for spreadsheets', () => {
    const r = spawnSync('node', [bin, 'extract', fixture, '--format', 'csv', '--bom', '--limit', '1']);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout.subarray(3, 11).toString()).toBe('document');
  });
});

describe('Markdown', () => {
  it('is a GitHub table naming its document, one row per claim, values as people read them', () => {
    const out = zhibiao(['extract', fixture, '--format', 'markdown', '--limit', '3']).stdout;
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(`3 claims in \`${fixture}\` · 甘孜州 city 2024`);
    expect(lines[2]).toBe('| line | kind | value | indicator | sector | modality | sentence |');
    expect(lines[3]).toBe('| ---: | --- | --- | --- | --- | --- | --- |');
    expect(lines[5]).toMatch(/^\| 9 \| amount \| 513\.35亿元 \| 地区生产总值 \| macro \| actual \| 地区生产总值突破/);
    expect(lines).toHaveLength(7);
  });

  it('escapes a | inside a cell', () => {
    const out = zhibiao(['extract', '--format', 'markdown', '--fields', 'value,sentence'], { input: 'A|B类项目投资达5亿元。' }).stdout;
    const row = out.trim().split('\n').at(-1)!;
    expect(row).toBe('| 5亿元 | A\\|B类项目投资达5亿元。 |');
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(2); // two cells
  });
});

describe('the table', () => {
  const table = (args: string[], env: Record<string, string> = {}) => zhibiao(['extract', fixture, ...args], { env });

  it('shows values as people read them: 亿/万, signs, ranks, qualifiers', () => {
    const out = table([]).stdout;
    for (const value of ['513.35亿元', '+6.2%', '−66.67%', '第1位', '> 500亿元', '≥ 4000万人次', '+0.2个百分点', '4133.28万人次']) expect(out).toContain(value);
  });

  it('aligns Chinese text by display width, and fits the width it is given', () => {
    for (const columns of ['100', '160']) {
      const lines = table([], { COLUMNS: columns }).stdout.trim().split('\n').slice(0, -1);
      const bars = (line: string) => [...line].reduce<number[]>((at, ch, i, all) => (ch === '│' || ch === '┼' ? [...at, stringWidth(all.slice(0, i).join(''))] : at), []);
      const expected = bars(lines[1]);
      expect(expected.length).toBe(8);
      for (const line of lines.slice(3, -1)) expect(bars(line)).toEqual(expected);
      for (const line of lines) expect(stringWidth(line)).toBe(stringWidth(lines[0]));
      expect(stringWidth(lines[0])).toBeLessThanOrEqual(Number(columns));
      expect(stringWidth(lines[0])).toBeGreaterThan(Number(columns) - 10); // the sentence takes the room left
    }
  });

  it('cuts long sentences with … to fit', () => {
    const out = table(['--limit', '1'], { COLUMNS: '100' }).stdout;
    expect(out).toMatch(/│ 地区生产总值突破“五百亿”[^│]*… +│/);
  });

  it('adds a document column for several documents, cutting paths at the front', () => {
    const dir = tempDir();
    const other = join(dir, 'a-rather-long-directory-name', 'other.txt');
    spawnSync('mkdir', ['-p', join(dir, 'a-rather-long-directory-name')]);
    writeFileSync(other, '森林覆盖率达35.26%。');
    const out = zhibiao(['extract', other, '-', '--fields', 'document,value'], { input: '增长6.2%。', env: { COLUMNS: '30' } }).stdout;
    expect(out).toContain('│ …');
    expect(out).toContain('other.txt │ 35.26%');
    expect(out).toContain('│ -');
    expect(out.trim().split('\n').at(-1)).toBe('2 claims in 2 documents');
  });

  it('is not coloured when stdout is not a terminal, unless asked', () => {
    expect(table([]).stdout).not.toMatch(ANSI);
    expect(table(['--color', 'always']).stdout).toMatch(ANSI);
    expect(table([], { FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
    expect(table(['--color', 'never'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(table([], { FORCE_COLOR: '0' }).stdout).not.toMatch(ANSI);
    expect(table([], { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(table(['--color', 'always'], { NO_COLOR: '1' }).stdout).toMatch(ANSI);
  });
});
