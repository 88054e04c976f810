// compare: targets of the bundled 2024 report against the synthetic next-year reports
// (fixtures/compare/README.md); document identity; judging rules; the CLI end to end.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { identifyDocument, regionKey } from '../src/identity/identify.js';
import { compareReports, type ReportClaims } from '../src/compare/pair.js';
import { judgeTarget } from '../src/compare/judge.js';
import { indicatorKey } from '../src/compare/normalize.js';
import { buildSeries, sparkline } from '../src/compare/series.js';
import type { Claim } from '../src/core/types.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'zhibiao.js');
const ganzi2024 = join(root, 'fixtures', 'ganzi-2024.txt');
const synthetic2025 = join(root, 'fixtures', 'compare', 'ganzi-2025-synthetic.txt');
const synthetic2026 = join(root, 'fixtures', 'compare', 'ganzi-2026-synthetic.txt');
const corpus = join(root, '..', 'shared', 'corpus');

function report(path: string): ReportClaims {
  const text = readFileSync(path, 'utf8');
  return { document: path, identity: identifyDocument(text), claims: extract(text).claims };
}

function run(args: string[]) {
  return spawnSync('node', [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('document identity', () => {
  it('reads the bundled report: 我代表州人民政府 gives the level, the repeated 甘孜 the name', () => {
    // line 3: 现在，我代表州人民政府; 甘孜州 once (甘孜州藏传佛教事务), 甘孜 throughout;
    // line 5: 一、2023年工作回顾; line 39: 二、2024年主要目标任务
    expect(identifyDocument(readFileSync(ganzi2024, 'utf8'))).toEqual({ region: '甘孜州', level: 'city', year: 2024, reviewYear: 2023, planYear: 2024 });
  });

  // ../shared/corpus sits beside the repository on the developers' machines and in CI
  it.skipIf(!existsSync(corpus))('reads the title and signature lines of the corpus reports', () => {
    // sichuan-2025 line 1: 2025年四川省政府工作报告; line 13: 2024年工作回顾
    expect(identifyDocument(readFileSync(join(corpus, 'sichuan-2025.txt'), 'utf8'))).toEqual({ region: '四川省', level: 'provincial', year: 2025, reviewYear: 2024, planYear: 2025 });
    // hangzhou-2024 line 1: （2024年1月29日在杭州市第十四届人民代表大会…）, line 3: 杭州市人民政府市长
    expect(identifyDocument(readFileSync(join(corpus, 'hangzhou-2024.txt'), 'utf8'))).toMatchObject({ region: '杭州市', level: 'city', year: 2024, reviewYear: 2023 });
  });

  it('tells the level from the name, and flags override the text', () => {
    expect(identifyDocument('2024年黄山区政府工作报告\n各位代表：').level).toBe('county');
    expect(identifyDocument('北京市人民政府市长 某某\n现在，我代表市人民政府').level).toBe('provincial');
    expect(identifyDocument('国务院总理 李强\n一、2023年工作回顾\n二、2024年政府工作任务\n')).toMatchObject({ region: '国务院', level: 'national', year: 2024 });
    expect(identifyDocument('现在，我代表县人民政府，向大会报告工作。')).toMatchObject({ region: null, level: 'county', year: null });
    expect(identifyDocument('各位代表：\n现在，我代表甘孜藏族自治州人民政府，向大会报告工作。').region).toBe('甘孜藏族自治州');
    expect(identifyDocument('各位代表：\n现在，我代表甘孜藏族自治州人民政府，向大会报告工作。').level).toBe('city');
    const text = readFileSync(ganzi2024, 'utf8');
    expect(identifyDocument(text, { region: '泸定县', level: 'county', year: 2030 })).toEqual({ region: '泸定县', level: 'county', year: 2030, reviewYear: 2029, planYear: 2030 });
    expect(regionKey('甘孜藏族自治州')).toBe('甘孜州');
    expect(regionKey('四川省')).toBe('四川省');
  });
});

describe('indicator synonyms', () => {
  it('matches the names one indicator goes by', () => {
    expect(indicatorKey('规上工业增加值')).toBe(indicatorKey('规模以上工业增加值'));
    expect(indicatorKey('全社会固定资产投资')).toBe('固定资产投资');
    expect(indicatorKey('全州地区生产总值')).toBe('地区生产总值');
    expect(indicatorKey('GDP')).toBe('地区生产总值');
    expect(indicatorKey('“社零”')).toBe('社会消费品零售总额');
    expect(indicatorKey('地方一般公共预算收入')).toBe('一般公共预算收入');
    expect(indicatorKey('新增城镇就业')).toBe(indicatorKey('城镇新增就业'));
    expect(indicatorKey('城镇居民人均可支配收入')).not.toBe(indicatorKey('农村居民人均可支配收入'));
  });
});

describe('judging a target', () => {
  const claim = (over: Partial<Claim>): Claim => ({ kind: 'change', value: 0, unit: '%', qualifier: null, modality: 'actual', indicator: '地区生产总值', sector: 'macro', text: '', span: { start: 0, end: 0 }, line: 1, sentence: '', metric: null, period: null, ...over });
  const target = (over: Partial<Claim>) => claim({ modality: 'target', ...over });

  it('follows the qualifier: ≥, ≈ within 0.5 points, a range from its low end, ≤', () => {
    expect(judgeTarget(target({ value: 8.5, qualifier: 'ge' }), claim({ value: 8.5 }), false).verdict).toBe('met');
    expect(judgeTarget(target({ value: 8.5, qualifier: 'ge' }), claim({ value: 8.4 }), false).verdict).toBe('missed');
    expect(judgeTarget(target({ value: 7, qualifier: 'approx' }), claim({ value: 6.5 }), false).verdict).toBe('met');
    expect(judgeTarget(target({ value: 7, qualifier: 'approx' }), claim({ value: 6.4 }), false).verdict).toBe('missed');
    expect(judgeTarget(target({ value: 6, high: 6.5 }), claim({ value: 6.2 }), false).verdict).toBe('met');
    expect(judgeTarget(target({ value: 6, high: 6.5 }), claim({ value: 7 }), false).verdict).toBe('met');
    expect(judgeTarget(target({ value: 6, high: 6.5 }), claim({ value: 5.9 }), false).verdict).toBe('missed');
    expect(judgeTarget(target({ value: 4.2, qualifier: 'le', kind: 'ratio' }), claim({ value: 4.3, kind: 'ratio' }), true).verdict).toBe('missed');
    // a ceiling: ≈ 3% for prices is met below it, missed above the tolerance
    expect(judgeTarget(target({ value: 3, qualifier: 'approx' }), claim({ value: 0.2 }), true).verdict).toBe('met');
    expect(judgeTarget(target({ value: 3, qualifier: 'approx' }), claim({ value: 3.6 }), true).verdict).toBe('missed');
  });

  it('cannot judge without a comparable outcome', () => {
    expect(judgeTarget(target({ value: 7 }), undefined, false)).toEqual({ verdict: 'unjudged', reason: 'no outcome reported' });
    expect(judgeTarget(target({ value: 7 }), claim({ value: 5e10, kind: 'amount', unit: '元' }), false).verdict).toBe('unjudged');
    // an outcome of "at most 5%" cannot say whether "at least 3%" was reached
    expect(judgeTarget(target({ value: 3, qualifier: 'ge' }), claim({ value: 5, qualifier: 'le' }), false)).toEqual({ verdict: 'unjudged', reason: 'outcome too vague to judge' });
  });
});

describe('the 2024 targets of the bundled report against the synthetic 2025 report', () => {
  const rows = compareReports(report(ganzi2024), report(synthetic2025));
  const verdictOf = (indicator: string) => rows.find((r) => r.indicator === indicator && r.target.kind !== 'amount');

  // Targets: fixtures/ganzi-2024.txt line 45 (checked by hand). Outcomes: the synthetic
  // fixtures/compare/ganzi-2025-synthetic.txt line 11 (invented, see its README).
  it.each([
    ['地区生产总值', 7, null, 6.5, 'missed'],           // 增长7% · 增长6.5%
    ['规模以上工业增加值', 8.5, null, 9.1, 'met'],      // 规模以上工业增加值增长8.5% · 规上工业增加值增长9.1%
    ['固定资产投资', 7, null, 7, 'met'],                // 固定资产投资增长7% · 全社会固定资产投资增长7%
    ['一般公共预算收入', 8.5, null, 4.8, 'missed'],     // 地方一般公共预算收入增长8.5% · 增长4.8%
    ['社会消费品零售总额', 7.5, null, 5.4, 'missed'],   // 增长7.5% · 增长5.4%
    ['城镇居民人均可支配收入', 5, null, 5.3, 'met'],    // 城乡居民…分别增长5%和7.5% · 城镇…增长5.3%
    ['农村居民人均可支配收入', 7.5, null, 7.1, 'missed'], // · 农村…增长7.1%
    ['城镇登记失业率', 4.2, 'le', 3.6, 'met'],          // 控制在4.2%以内 · 为3.6%
    ['居民消费价格指数', 3.8, 'le', 1.2, 'met'],        // 涨幅控制在3.8%以内 · 涨幅控制在1.2%以内
  ] as const)('%s: target %s (%s), outcome %s → %s', (indicator, targetValue, qualifier, outcomeValue, verdict) => {
    const row = verdictOf(indicator);
    expect(row?.target).toMatchObject({ value: targetValue, qualifier, line: 45, modality: 'target' });
    expect(row?.outcome).toMatchObject({ value: outcomeValue, line: 11, modality: 'actual' });
    expect(row?.verdict).toBe(verdict);
  });

  it('carries the identity of both reports', () => {
    expect(rows[0].targetReport).toMatchObject({ region: '甘孜州', level: 'city', year: 2024 });
    expect(rows[0].outcomeReport).toMatchObject({ region: '甘孜藏族自治州', level: 'city', year: 2024 });
    expect(rows).toHaveLength(9); // the nine goals of line 45, each with an outcome
  });
});

describe('series over three reports', () => {
  const series = buildSeries([report(ganzi2024), report(synthetic2025), report(synthetic2026)]);
  const gdp = series.rows.find((r) => r.indicator === '地区生产总值' && r.kind === 'change')!;

  it('lines up each year: outcome, and the verdict against the target set for it', () => {
    expect(series.years).toEqual([2023, 2024, 2025, 2026]);
    // 2023: 6.2 (ganzi-2024 line 9); 2024: 6.5 vs 7 missed; 2025: 6.1 vs ≈ 6.5 met (tolerance 0.5); 2026: target ≈ 6 only
    expect(gdp.points.map((p) => [p.year, p.outcome?.value, p.target?.value, p.verdict])).toEqual([
      [2023, 6.2, undefined, undefined], [2024, 6.5, 7, 'missed'], [2025, 6.1, 6.5, 'met'], [2026, undefined, 6, undefined],
    ]);
    const industry = series.rows.find((r) => r.indicator === '规模以上工业增加值')!;
    expect(industry.points[2]).toMatchObject({ verdict: 'missed' }); // 7.6 < 8 (≥ 8% target)
    const investment = series.rows.find((r) => r.indicator === '固定资产投资')!;
    expect(investment.points[2]).toMatchObject({ verdict: 'met' }); // 6.2 within 6–6.5
  });

  it('draws a sparkline with a gap for a missing year', () => {
    expect(sparkline([6.2, 6.5, 6.1, undefined])).toBe('▃█▁ ');
    expect(sparkline([1, 1])).toBe('▄▄');
  });
});

describe('zhibiao compare', () => {
  it('prints the judgements as a table and as data with identity', () => {
    const table = run(['compare', ganzi2024, synthetic2025]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/规模以上工业增加值\s*│\s*8\.5%\s*│\s*9\.1%\s*│\s*met/);
    expect(table.stdout).toMatch(/城镇登记失业率\s*│\s*≤ 4\.2%\s*│\s*3\.6%\s*│\s*met/);
    expect(table.stdout).toContain('5 met, 4 missed, 0 cannot judge');
    const ndjson = run(['compare', synthetic2025, ganzi2024, '--format', 'ndjson']); // order by year, not by argument
    const rows = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ region: '甘孜州', level: 'city', indicator: '地区生产总值', target_year: 2024, target_value: 7, outcome_value: 6.5, verdict: 'missed' });
    const json = JSON.parse(run(['compare', ganzi2024, synthetic2025, '--json']).stdout);
    expect(json.after).toEqual({ document: synthetic2025, region: '甘孜藏族自治州', level: 'city', year: 2025, review_year: 2024, plan_year: 2025 });
    const csv = run(['compare', ganzi2024, synthetic2025, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toMatch(/^region,level,indicator,/);
  });

  it('prints a series for three reports', () => {
    const r = run(['compare', ganzi2024, synthetic2025, synthetic2026]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/地区生产总值\s*│\s*change\s*│\s*%\s*│\s*6\.2\s*│\s*6\.5 ✗\s*│\s*6\.1 ✓\s*│\s*\(≈ 6\)\s*│\s*▃█▁/);
  });

  it('needs two reports, and reports a missing one', () => {
    const r = run(['compare', ganzi2024, join(root, 'no-such-report.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-report.txt: no such file or directory');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
