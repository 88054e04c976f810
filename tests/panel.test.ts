// zhibiao panel end to end: the long and wide formats, --outcomes over three consecutive years
// (the bundled 2024 report and the two synthetic next-year reports of fixtures/compare, whose
// figures are listed in fixtures/compare/README.md), the real series of ../shared/corpus-dev,
// --db, and compare refusing two governments.
import { existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PANEL_FIELDS } from '../src/panel/print.js';
import { root, zhibiao } from './e2e-run.js';

const ganzi = [
  join('fixtures', 'ganzi-2024.txt'),
  join('fixtures', 'compare', 'ganzi-2025-synthetic.txt'),
  join('fixtures', 'compare', 'ganzi-2026-synthetic.txt'),
];
const corpusDev = join(root, '..', 'shared', 'corpus-dev');
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('zhibiao panel: long formats', () => {
  it('ndjson: one headline row per document, metric, kind, modality and period, with every field', () => {
    const r = zhibiao(['panel', ...ganzi, '--format', 'ndjson', '--modality', 'target']);
    expect(r.status).toBe(0);
    const rows = lines(r.stdout);
    for (const row of rows) expect(Object.keys(row)).toEqual([...PANEL_FIELDS]);
    // fixtures/ganzi-2024.txt line 45 (checked by hand): 地区生产总值增长7% is the first of the goals
    expect(rows[0]).toMatchObject({
      document: ganzi[0], region: '甘孜州', level: 'city', year: 2024, metric: 'gdp', name: '地区生产总值', kind: 'change',
      modality: 'target', period: { from: 2024, to: 2024 }, value: 7, high: null, unit: '%', qualifier: null, line: 45, text: '7%',
    });
    // one row per figure and document: gdp growth once for each report
    const gdp = rows.filter((x) => x.metric === 'gdp' && x.kind === 'change');
    expect(gdp.map((x) => [x.year, x.value, x.qualifier])).toEqual([[2024, 7, null], [2025, 6.5, 'approx'], [2026, 6, 'approx']]);
    // the synthetic 2025 goals (line 15): investment 6%–6.5% is a range
    expect(rows.find((x) => x.year === 2025 && x.metric === 'fixed_investment')).toMatchObject({ value: 6, high: 6.5 });
  });

  it('--all lists every statement, the headline first', () => {
    const headline = lines(zhibiao(['panel', ganzi[0], '--format', 'ndjson']).stdout);
    const all = lines(zhibiao(['panel', ganzi[0], '--format', 'ndjson', '--all']).stdout);
    expect(all.length).toBeGreaterThan(headline.length);
    const key = (x: Record<string, unknown>) => `${x.metric} ${x.kind} ${x.modality} ${JSON.stringify(x.period)}`;
    expect(new Set(all.map(key))).toEqual(new Set(headline.map(key)));
  });

  it('csv: the same fields as columns, the period as a label; json: one object with the rows', () => {
    const csv = zhibiao(['panel', ...ganzi, '--format', 'csv', '--modality', 'target', '--kind', 'change']);
    const [header, ...records] = parse(csv.stdout) as string[][];
    expect(header).toEqual([...PANEL_FIELDS]);
    expect(records[0].slice(0, 12)).toEqual([ganzi[0], '甘孜州', 'city', '2024', 'gdp', '地区生产总值', 'change', 'target', '2024', '7', '', '%']);
    const json = JSON.parse(zhibiao(['panel', ...ganzi, '--json', '--modality', 'target']).stdout);
    expect(json.schema).toBe('zhibiao/panel@1');
    expect(json.rows).toEqual(lines(zhibiao(['panel', ...ganzi, '--format', 'ndjson', '--modality', 'target']).stdout));
  });
});

describe('zhibiao panel: wide layout', () => {
  it('table, markdown and --wide csv: reports in rows, figures in columns, — where nothing is stated', () => {
    const csv = zhibiao(['panel', ...ganzi, '--format', 'csv', '--wide', '--modality', 'target', '--kind', 'change']);
    const [header, ...rows] = parse(csv.stdout) as string[][];
    expect(header.slice(0, 7)).toEqual(['document', 'region', 'level', 'year', 'gdp', 'industrial_value_added', 'fixed_investment']);
    // targets by hand: ganzi-2024 line 45; synthetic 2025 line 15; synthetic 2026 (≈ 6%, ≥ 7%)
    expect(rows.map((r) => r.slice(3, 7))).toEqual([
      ['2024', '7%', '8.5%', '7%'],
      ['2025', '≈ 6.5%', '≥ 8%', '6–6.5%'],
      ['2026', '≈ 6%', '≥ 7%', '—'],
    ]);
    expect(rows[0][header.indexOf('cpi')]).toBe('≤ 3.8%');

    const table = zhibiao(['panel', ...ganzi, '--modality', 'target', '--kind', 'change'], { env: { NO_COLOR: '1' } });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/ganzi-2025-synthetic\.txt\s*│\s*甘孜藏族自治州\s*│\s*2025\s*│\s*≈ 6\.5%\s*│\s*≥ 8%\s*│\s*6–6\.5%\s*│\s*—/);
    const markdown = zhibiao(['panel', ...ganzi, '--modality', 'target', '--kind', 'change', '--format', 'markdown']);
    expect(markdown.stdout).toContain('| ganzi-2024.txt | 甘孜州 | 2024 | 7% | 8.5% | 7% |');
  });

  it('names only what tells columns apart: modality when both are shown, a period other than the report\'s year', () => {
    const csv = zhibiao(['panel', ganzi[0], '--format', 'csv', '--wide', '--kind', 'change']);
    const [header] = parse(csv.stdout) as string[][];
    expect(header).toContain('gdp target');
    expect(header).toContain('gdp actual');
  });
});

describe('zhibiao panel --outcomes', () => {
  it('pairs three consecutive years of one government and judges each target', () => {
    const r = zhibiao(['panel', ...ganzi, '--outcomes', '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const rows = lines(r.stdout);
    const verdict = (year: number, metric: string) => rows.find((x) => x.year === year && x.metric === metric && x.kind !== 'amount');
    // 2024 goals (ganzi-2024 line 45, real) against the synthetic 2025 outcomes (line 11): see fixtures/compare/README.md
    expect(verdict(2024, 'gdp')).toMatchObject({ target_value: 7, outcome_value: 6.5, verdict: 'missed', outcome_year: 2025, outcome_line: 11 });
    expect(verdict(2024, 'cpi')).toMatchObject({ target: '≤ 3.8%', outcome: '≤ 1.2%', verdict: 'met' });
    expect(verdict(2024, 'unemployment_registered')).toMatchObject({ target_value: 4.2, outcome_value: 3.6, verdict: 'met' });
    // 2025 goals (synthetic line 15) against the synthetic 2026 outcomes (line 11)
    expect(verdict(2025, 'gdp')).toMatchObject({ target: '≈ 6.5%', outcome_value: 6.1, verdict: 'met' });
    expect(verdict(2025, 'industrial_value_added')).toMatchObject({ target: '≥ 8%', outcome_value: 7.6, verdict: 'missed' });
    expect(verdict(2025, 'fixed_investment')).toMatchObject({ target: '6–6.5%', outcome_value: 6.2, verdict: 'met' });
    expect(verdict(2025, 'unemployment_registered')).toMatchObject({ target_value: 4.5, outcome_value: 3.9, verdict: 'met' });
    // the last year has no next report in the inputs
    expect(verdict(2026, 'gdp')).toMatchObject({ outcome: null, verdict: 'unjudged', reason: 'no report of 2027 in the inputs' });

    const table = zhibiao(['panel', ...ganzi, '--outcomes'], { env: { NO_COLOR: '1' } });
    expect(table.stdout).toMatch(/甘孜州\s*│\s*2024\s*│\s*gdp\s*│\s*change\s*│\s*7%\s*│\s*6\.5% \(2025 report\)\s*│\s*missed/);
    expect(table.stdout).toMatch(/\n8 met, 5 missed, \d+ cannot judge\n/); // the amounts (旅游, 就业) have no outcome in the synthetic files
  });

  // ../shared/corpus-dev sits beside the repository on the developers' machines
  it.skipIf(!existsSync(corpusDev))('大连 2022–2025: GDP growth targets against the next reports (checked by hand)', () => {
    const files = [2022, 2023, 2024, 2025].map((y) => join(corpusDev, `dalian-${y}.txt`));
    const rows = lines(zhibiao(['panel', ...files, '--outcomes', '--format', 'ndjson']).stdout)
      .filter((x) => x.metric === 'gdp' && x.kind === 'change' && x.period === String(x.year));
    // 2022 line 34 地区生产总值增长8％左右 · 2023 line 6 预计…增长4.5%左右: 4.5 < 7.5, missed
    // 2023 line 24 增长6%以上 · 2024 line 7 增长6%以上: met
    // 2024 line 22 增长6%左右 · 2025 line 6 增长5.5%左右: within 0.5 points, met
    // 2025 line 60 增长5.5%以上: no 2026 report
    expect(rows.map((x) => [x.year, x.target, x.outcome, x.verdict])).toEqual([
      [2022, '≈ 8%', '≈ 4.5%', 'missed'],
      [2023, '≥ 6%', '≥ 6%', 'met'],
      [2024, '≈ 6%', '≈ 5.5%', 'met'],
      [2025, '≥ 5.5%', null, 'unjudged'],
    ]);
  });

  it.skipIf(!existsSync(corpusDev))('青海 2021–2024: a five-year average is never a year\'s outcome; a ceiling is met below', () => {
    const files = [2021, 2022, 2023, 2024].map((y) => join(corpusDev, `qinghai-${y}.txt`));
    const rows = lines(zhibiao(['panel', ...files, '--outcomes', '--format', 'ndjson']).stdout);
    // 2022 line 19 地区生产总值增长5.5%左右 · 2023 line 14 全年地区生产总值增长2.3% (checked by hand); the
    // 2023 report's 经济总量…年均增长4.5% (line 8, 2018–2022) is another period and never its outcome
    expect(rows.find((x) => x.year === 2022 && x.metric === 'gdp')).toMatchObject({ target: '≈ 5.5%', outcome: '2.3%', verdict: 'missed' });
    // 2022 line 19 居民消费价格涨幅3%左右 · 2023 line 14 居民消费价格上涨2.4%: a ceiling, met
    expect(rows.find((x) => x.year === 2022 && x.metric === 'cpi')).toMatchObject({ target: '≈ 3%', outcome: '2.4%', verdict: 'met' });
    // the 2023 report's five-year review never pairs with a one-year target
    expect(rows.filter((x) => x.outcome_year === 2023).every((x) => x.period === '2022')).toBe(true);
  });
});

describe('zhibiao panel with the run\'s metric table and identity', () => {
  // two made-up reports of one city: a target of 30 accidents or so, and 25 reported a year later
  function reports(): string {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-panel-'));
    writeFileSync(join(dir, 'a-2024.txt'), '2024年某某市政府工作报告\n各位代表：\n一、2023年工作回顾\n全市地区生产总值增长5%。\n二、2024年主要目标任务\n主要预期目标是：地区生产总值增长6%左右，全市生产安全事故起数30起左右。\n');
    writeFileSync(join(dir, 'a-2025.txt'), '2025年某某市政府工作报告\n各位代表：\n一、2024年工作回顾\n全市地区生产总值增长6.2%，生产安全事故起数25起。\n二、2025年主要目标任务\n主要预期目标是：地区生产总值增长6%左右。\n');
    return dir;
  }
  const accidents = (lowerIsBetter: boolean) => ({ metrics: [{ id: 'accidents', name: '生产安全事故起数', aliases: ['生产安全事故起数'], kinds: ['amount'], units: ['起'], sector: 'safety', lowerIsBetter }] });

  it('--metrics FILE: a metric added for the run is paired, and its lowerIsBetter decides the verdict', () => {
    const dir = reports();
    const file = join(dir, 'metrics.json');
    const verdict = (lowerIsBetter: boolean) => {
      writeFileSync(file, JSON.stringify(accidents(lowerIsBetter)));
      const rows = lines(zhibiao(['panel', join(dir, 'a-2024.txt'), join(dir, 'a-2025.txt'), '--metrics', file, '--metric', 'accidents', '--outcomes', '--format', 'ndjson']).stdout);
      expect(rows).toHaveLength(1);
      return rows[0].verdict;
    };
    expect(verdict(true)).toBe('met'); // ≈ 30 as a ceiling: 25 is fewer accidents
    expect(verdict(false)).toBe('missed'); // ≈ 30 as a floor: 25 < 28.5
    // renamed in the run's table: the panel's columns and names follow it
    writeFileSync(file, JSON.stringify({ metrics: [{ id: 'gdp', rename: 'grp', name: '地区生产总值(GRP)' }] }));
    const grp = lines(zhibiao(['panel', join(dir, 'a-2024.txt'), '--metrics', file, '--metric', 'grp', '--modality', 'target', '--format', 'ndjson']).stdout);
    expect(grp).toEqual([expect.objectContaining({ metric: 'grp', name: '地区生产总值(GRP)', value: 6, qualifier: 'approx' })]);
  });

  it('--identity-from reads the government and year from the file names', () => {
    const dir = reports();
    const rows = lines(zhibiao(['panel', join(dir, 'a-2024.txt'), join(dir, 'a-2025.txt'), '--identity-from', '{region}-{year}.txt', '--metric', 'gdp', '--outcomes', '--format', 'ndjson']).stdout);
    expect(rows[0]).toMatchObject({ region: 'a', year: 2024, target: '≈ 6%', outcome: '6.2%', verdict: 'met' });
  });
});

describe('zhibiao panel --db', () => {
  it('gives the rows the files give', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-panel-'));
    const db = join(dir, 'claims.sqlite');
    expect(zhibiao(['index', ...ganzi, '--db', db]).status).toBe(0);
    const fromDb = zhibiao(['panel', '--db', db, '--outcomes', '--format', 'ndjson']);
    expect(fromDb.status).toBe(0);
    // the index names each document by its real path
    expect(fromDb.stdout).toBe(zhibiao(['panel', ...ganzi.map((f) => realpathSync(join(root, f))), '--outcomes', '--format', 'ndjson']).stdout);
    const filtered = lines(zhibiao(['panel', '--db', db, '--year', '2025', '--modality', 'target', '--format', 'ndjson']).stdout);
    expect(new Set(filtered.map((x) => x.year))).toEqual(new Set([2025]));
  });

  it('refuses files and --db together, and --wide with --outcomes', () => {
    expect(zhibiao(['panel', ganzi[0], '--db', 'x.sqlite'])).toMatchObject({ status: 2, stderr: expect.stringContaining('either report files or --db') });
    expect(zhibiao(['panel', ganzi[0], '--outcomes', '--wide']).status).toBe(2);
  });
});

describe('zhibiao compare of two governments', () => {
  it('is an error naming both, unless --region says they are one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-compare-'));
    const other = join(dir, 'sichuan-2025.txt');
    // a made-up report of another government (四川省), just enough for its identity and one outcome
    writeFileSync(other, '2025年四川省政府工作报告\n各位代表：\n一、2024年工作回顾\n全省地区生产总值增长5.7%。\n二、2025年主要目标任务\n地区生产总值增长5.5%左右。\n');
    const r = zhibiao(['compare', ganzi[0], other]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/different governments \(甘孜州 \(city\) in .*ganzi-2024\.txt, 四川省 \(provincial\) in .*sichuan-2025\.txt\)/);
    expect(r.stdout).toBe('');
    const one = zhibiao(['compare', ganzi[0], other, '--region', '甘孜州', '--format', 'ndjson']);
    expect(one.status).toBe(0);
    expect(lines(one.stdout).find((x) => x.metric === 'gdp')).toMatchObject({ target_value: 7, outcome_value: 5.7, verdict: 'missed' });
  });

  it('--year gives the first report\'s year, the next a year later', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-compare-'));
    const [a, b] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
    // two reports that do not say their year: their parts say only 去年 and 今年
    writeFileSync(a, '各位代表：\n现在，我代表州人民政府，向大会报告工作。\n今年主要预期目标是：地区生产总值增长7%。\n');
    writeFileSync(b, '各位代表：\n现在，我代表州人民政府，向大会报告工作。\n去年全州地区生产总值增长7.2%。\n');
    const r = zhibiao(['compare', a, b, '--region', '甘孜州', '--year', '2024', '--format', 'ndjson']);
    expect(lines(r.stdout)[0]).toMatchObject({ year: 2024, period: '2024', outcome_value: 7.2, outcome_year: 2025, verdict: 'met' });
  });
});
