// One meaning per flag across commands (issue 14): units and amounts as people write them,
// sectors by id or name, keyword scope, conflicting flags, and `query` sorting and ordering
// like `extract`. Expected lines and texts were read by hand in fixtures/ganzi-2024.txt.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, ndjson, root, tempDir, zhibiao } from './e2e-run.js';

const extract = (...flags: string[]) => {
  const r = zhibiao(['extract', fixture, '--format', 'ndjson', ...flags]);
  return { ...r, claims: ndjson(r.stdout) };
};

describe('units and amounts as people write them', () => {
  it('--unit 亿元 is --unit 元: the multiplier is not a unit (so are 万人 and MW)', () => {
    const yuan = extract('--unit', '元');
    expect(yuan.claims.length).toBeGreaterThan(20);
    expect(extract('--unit', '亿元').claims).toEqual(yuan.claims);
    expect(extract('--unit', '万元').claims).toEqual(yuan.claims);
    expect(extract('--unit', '万人次').claims).toEqual(extract('--unit', '人次').claims);
    expect(extract('--unit', '万千瓦').claims).toEqual(extract('--unit', 'MW').claims);
  });

  it('--min 100亿元 agrees with --unit 元 and means --min 100亿 there', () => {
    const plain = extract('--unit', '元', '--min', '100亿');
    const withUnit = extract('--unit', '元', '--min', '100亿元');
    expect(withUnit.status).toBe(0);
    expect(withUnit.claims).toEqual(plain.claims);
    // line 9: 地区生产总值达513.35亿元 is in, 地方一般公共预算收入54.69亿元 is not
    expect(withUnit.claims.map((c) => c.text)).toContain('513.35亿元');
    expect(withUnit.claims.map((c) => c.text)).not.toContain('54.69亿元');
  });

  it('a bound with a unit alone keeps the claims of that unit', () => {
    const alone = extract('--min', '100亿元');
    expect(alone.claims).toEqual(extract('--unit', '元', '--min', '100亿').claims);
    // 4000万人次以上 (line 63) is a bound in 人次: 1e7 visits, not 1e7 yuan
    expect(extract('--min', '1000万人次').claims.every((c) => c.unit === '人次')).toBe(true);
  });

  it('a bound in another unit than --unit is an error naming both', () => {
    const r = zhibiao(['extract', fixture, '--unit', '人次', '--min', '100亿元']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('zhibiao: --min is in 元 but --unit asks for 人次; use --unit 元 or drop the unit from --min\n');
    expect(zhibiao(['extract', fixture, '--min', '1亿元', '--max', '5万人']).stderr).toBe('zhibiao: --min is in 元 but --max in 人; use one unit in both\n');
  });

  it('a bound beyond what a number holds, and an empty list value, are errors', () => {
    for (const [flags, message] of [
      [['--min', '1e400'], 'zhibiao: --min "1e400" is too large to compare; use --min with a value below 1e308\n'],
      [['--max', '-1e400'], 'zhibiao: --max "-1e400" is too large to compare; use --max with a value below 1e308\n'],
      [['--sector', ''], 'zhibiao: --sector got an empty value (""); use --sector tourism\n'],
      [['--unit', '元,'], 'zhibiao: --unit got an empty value ("元,"); use --unit 元\n'],
      [['--keyword', ' '], 'zhibiao: --keyword got an empty value (" "); use --keyword 光伏\n'],
      [['--unit', '亿'], 'zhibiao: --unit "亿" is a multiplier, not a unit; use --unit 元 (or 人, 吨…)\n'],
    ] as [string[], string][]) {
      const r = zhibiao(['extract', fixture, ...flags]);
      expect([r.status, r.stderr]).toEqual([2, message]);
    }
  });
});

describe('sectors by id, Chinese name or any case', () => {
  const tourism = extract('--sector', 'tourism').claims;

  it('takes the name `zhibiao sectors` prints, and the id in any case', () => {
    expect(tourism.length).toBeGreaterThan(5);
    expect(extract('--sector', '文化旅游').claims).toEqual(tourism);
    expect(extract('--sector', 'Tourism').claims).toEqual(tourism);
    expect(extract('--sector', 'TOURISM，能源').claims).toEqual(extract('--sector', 'tourism,energy').claims);
  });

  it('suggests the nearest sector on a typo', () => {
    expect(zhibiao(['extract', fixture, '--sector', 'tourisn']).stderr).toBe('zhibiao: unknown sector "tourisn"; did you mean --sector tourism?\n');
    expect(zhibiao(['extract', fixture, '--sector', '文化旅']).stderr).toMatch(/did you mean --sector tourism\?\n$/);
    const far = zhibiao(['extract', fixture, '--sector', 'space']);
    expect([far.status, far.stderr]).toEqual([2, 'zhibiao: unknown sector "space"; run zhibiao sectors\n']);
  });
});

describe('--keyword matches the indicator; --keyword-in sentence widens it', () => {
  it('finds the claims about 水电, not every figure of a sentence that names it', () => {
    // line 65: …抓好长河坝、得荣…等5个水电站…: the sentence's 4个 电站项目 and 770万千瓦 抽蓄 are about something else
    const narrow = extract('--keyword', '水电');
    expect(narrow.claims.map((c) => c.text)).toEqual(['178座', '869人', '5个']);
    expect(narrow.claims.every((c) => c.indicator.includes('水电'))).toBe(true);
    const wide = extract('--keyword', '水电', '--keyword-in', 'sentence');
    expect(wide.claims.map((c) => c.text)).toEqual(['二十三个', '178座', '47.3%', '第一', '869人', '4个', '5个', '770万千瓦', '5个']);
  });

  it('says so in --help, and --keyword-in without --keyword is an error', () => {
    expect(zhibiao(['extract', '--help']).stdout).toMatch(/--keyword-in <where>\s+where --keyword looks: indicator/);
    expect(zhibiao(['extract', fixture, '--keyword-in', 'sentence']).stderr).toBe('zhibiao: --keyword-in widens a keyword search; add --keyword WORD\n');
  });
});

describe('conflicting flags are an error naming both', () => {
  it.each([['extract', fixture], ['query', '--db', join(root, 'no-such.sqlite')], ['compare', fixture, join(root, 'fixtures', 'compare', 'ganzi-2025-synthetic.txt')]])('%s: --json --format csv', (...command) => {
    const r = zhibiao([...command, '--json', '--format', 'csv']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'zhibiao: --json and --format csv ask for two formats; use --format csv alone (or --json alone)\n']);
  });

  it('--json --format json agree', () => {
    expect(zhibiao(['extract', fixture, '--json', '--format', 'json', '--limit', '1']).status).toBe(0);
  });
});

describe('query sorts and orders fields like extract', () => {
  const dir = tempDir();
  const db = join(dir, 'claims.sqlite');
  beforeAll(() => {
    mkdirSync(join(dir, 'reports'));
    copyFileSync(fixture, join(dir, 'reports', 'ganzi-2024.txt'));
    copyFileSync(join(root, 'fixtures', 'compare', 'ganzi-2025-synthetic.txt'), join(dir, 'reports', 'ganzi-2025.txt'));
    expect(zhibiao(['index', join(dir, 'reports'), '--db', db]).status).toBe(0);
  });
  const years = (...flags: string[]) => ndjson(zhibiao(['query', '--db', db, '--format', 'ndjson', '--kind', 'change', ...flags]).stdout).map((c) => c.year);

  it('--sort year and --sort -year sort by the document\'s year', () => {
    const plain = years();
    expect(new Set(plain)).toEqual(new Set([2024, 2025]));
    expect(years('--sort', '-year')).toEqual([...plain].sort((a, b) => b! - a!));
    expect(years('--sort', '-year')[0]).toBe(2025);
    expect(years('--sort', 'year', '--limit', '1')).toEqual([2024]);
  });

  it('--keyword matches the indicator there too, --keyword-in sentence the sentence', () => {
    const texts = (...flags: string[]) => ndjson(zhibiao(['query', '--db', db, '--format', 'ndjson', '--region', '甘孜州', '--year', '2024', ...flags]).stdout).map((c) => c.text);
    expect(texts('--keyword', '水电')).toEqual(extract('--keyword', '水电').claims.map((c) => c.text));
    expect(texts('--keyword', '水电', '--keyword-in', 'sentence')).toEqual(extract('--keyword', '水电', '--keyword-in', 'sentence').claims.map((c) => c.text));
    expect(texts('--keyword', '水电').length).toBeLessThan(texts('--keyword', '水电', '--keyword-in', 'sentence').length);
  });

  it('--fields value,region keeps the order asked for', () => {
    const r = zhibiao(['query', '--db', db, '--format', 'csv', '--fields', 'value,region', '--limit', '1']);
    expect(r.stdout.split('\n')[0]).toBe('document,value,region');
    const line = zhibiao(['query', '--db', db, '--format', 'ndjson', '--fields', 'value,region', '--limit', '1']).stdout;
    expect(Object.keys(JSON.parse(line))).toEqual(['document', 'value', 'region']);
  });
});

describe('errors end with the one flag or command that fixes them', () => {
  // each: one line on stderr, exit 2, and the last clause names a flag or a zhibiao command
  const cases: string[][] = [
    ['extract', fixture, '--sector', 'tourisn'],
    ['extract', fixture, '--sector', 'space'],
    ['extract', fixture, '--kind', 'chang'],
    ['extract', fixture, '--sort', 'yaer'],
    ['extract', fixture, '--fields', 'value,colour'],
    ['extract', fixture, '--min', 'lots'],
    ['extract', fixture, '--unit', '人次', '--min', '100亿元'],
    ['extract', fixture, '--json', '--format', 'csv'],
    ['extract', fixture, '--format', 'jsn'],
    ['extract', fixture, '--keyword-in', 'everywhere', '--keyword', '光伏'],
    ['extract', fixture, '--frobnicate'],
    ['extract', fixture, '--year', '24'],
    ['extrakt', fixture],
    ['query'],
    ['query', '--db', join(root, 'no-such.sqlite')],
    ['check'],
    ['check', fixture, '--fields', 'colour'],
    ['check', fixture, '--tolerance', 'x'],
    ['check', fixture, '--force'],
    ['summary', fixture, '--keywords', 'x'],
  ];
  it.each(cases.map((c) => [c.join(' '), c] as const))('%s', (_, args) => {
    const r = zhibiao(args);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const lastClause = lines[0].split(/; |\(Did you mean /).pop()!;
    expect(lastClause).toMatch(/(--[a-z][\w-]*|zhibiao [a-z]+)/);
  });

  it('a wrong choice gets the nearest one', () => {
    expect(zhibiao(['extract', fixture, '--format', 'jsn']).stderr).toBe('zhibiao: --format "jsn" is not one of table, json, ndjson, csv, markdown, html; did you mean --format json?\n');
  });
});
