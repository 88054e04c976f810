// The pairing module (src/pairing): judging falls and ceilings, and which figures pair.
// Claims are built by hand here, shaped as the core gives them (metric, period).
import { describe, expect, it } from 'vitest';
import type { Claim, Period } from '../src/core/types.js';
import { headlineClaims, tooWeakToKey, measureOf, periodLabel, type ReportClaims } from '../src/pairing/figures.js';
import { judgeTarget } from '../src/pairing/judge.js';
import { isLowerBetter } from '../src/pairing/metric-table.js';
import { compareReports, pairTargets } from '../src/pairing/pair.js';
import { buildSeries } from '../src/pairing/series.js';

const year = (y: number): Period => ({ from: y, to: y });
const claim = (over: Partial<Claim>): Claim => ({
  kind: 'change', value: 0, unit: '%', qualifier: null, modality: 'actual', indicator: '地区生产总值', sector: 'macro',
  text: '', span: { start: 0, end: 0 }, line: 1, sentence: '', metric: 'gdp', period: year(2024), ...over,
});
const target = (over: Partial<Claim>) => claim({ modality: 'target', ...over });
const verdict = (t: Partial<Claim>, o: Partial<Claim>, lowerIsBetter = false) => judgeTarget(target(t), claim(o), lowerIsBetter).verdict;

describe('judging falls (claims-spec § Falls and qualifiers)', () => {
  const energy = { metric: 'energy_intensity', indicator: '单位地区生产总值能耗' };

  it('下降3.4%以上 (−3.4 ge) is a fall of at least 3.4: −5 meets it, −3 does not', () => {
    expect(verdict({ ...energy, value: -3.4, qualifier: 'ge' }, { ...energy, value: -5 }, true)).toBe('met');
    expect(verdict({ ...energy, value: -3.4, qualifier: 'ge' }, { ...energy, value: -3.4 }, true)).toBe('met');
    expect(verdict({ ...energy, value: -3.4, qualifier: 'ge' }, { ...energy, value: -3 }, true)).toBe('missed');
    // the same, whatever the table says of the metric: the qualifier alone bounds the fall
    expect(verdict({ value: -3.4, qualifier: 'ge' }, { value: -5 }, false)).toBe('met');
    expect(judgeTarget(target({ ...energy, value: -3.4, qualifier: 'ge' }), claim({ ...energy, value: -3 }), true).reason).toBe('-3 > -3.4');
  });

  it('降幅超过3% (−3 gt) and 下降3%左右 (−3 approx)', () => {
    expect(verdict({ value: -3, qualifier: 'gt' }, { value: -3.2 }, true)).toBe('met');
    expect(verdict({ value: -3, qualifier: 'gt' }, { value: -2.9 }, true)).toBe('missed');
    expect(verdict({ value: -3, qualifier: 'approx' }, { value: -2.6 }, true)).toBe('met'); // within 0.5 points
    expect(verdict({ value: -3, qualifier: 'approx' }, { value: -4 }, true)).toBe('met'); // a larger fall is better
    expect(verdict({ value: -3, qualifier: 'approx' }, { value: -2.4 }, true)).toBe('missed');
    // a plain fall target: reached or not, even for a measure the table does not know
    expect(verdict({ value: -10, metric: null, indicator: '安全生产事故起数' }, { value: -12, metric: null, indicator: '安全生产事故起数' })).toBe('met');
    expect(verdict({ value: -10, metric: null, indicator: '安全生产事故起数' }, { value: 2, metric: null, indicator: '安全生产事故起数' })).toBe('missed');
  });

  it('an outcome worded as a bounded fall: 下降5%以上 allows −5 and lower', () => {
    expect(verdict({ value: -3.4, qualifier: 'ge' }, { value: -5, qualifier: 'ge' }, true)).toBe('met');
    expect(verdict({ value: -6, qualifier: 'ge' }, { value: -5, qualifier: 'ge' }, true)).toBe('unjudged');
  });
});

describe('judging ceilings (lower is better)', () => {
  it('reads lowerIsBetter from the metric table, and from the name for a claim without a metric', () => {
    expect(isLowerBetter({ metric: 'unemployment_surveyed', indicator: '' })).toBe(true);
    expect(isLowerBetter({ metric: 'cpi', indicator: '' })).toBe(true);
    expect(isLowerBetter({ metric: 'energy_intensity', indicator: '' })).toBe(true);
    expect(isLowerBetter({ metric: 'gdp', indicator: '' })).toBe(false);
    expect(isLowerBetter({ metric: null, indicator: '生产安全事故死亡率' })).toBe(true);
    expect(isLowerBetter({ metric: null, indicator: '旅游综合收入' })).toBe(false);
  });

  it('≈ 5.5% unemployment is met at 5.2 and up to 6, missed above; ≈ 3% prices met by −0.3 (a fall)', () => {
    const jobs = { kind: 'ratio' as const, metric: 'unemployment_surveyed', indicator: '城镇调查失业率' };
    expect(verdict({ ...jobs, value: 5.5, qualifier: 'approx' }, { ...jobs, value: 5.2 }, true)).toBe('met');
    expect(verdict({ ...jobs, value: 5.5, qualifier: 'approx' }, { ...jobs, value: 6 }, true)).toBe('met');
    expect(verdict({ ...jobs, value: 5.5, qualifier: 'approx' }, { ...jobs, value: 6.1 }, true)).toBe('missed');
    const cpi = { metric: 'cpi', indicator: '居民消费价格' };
    expect(verdict({ ...cpi, value: 3, qualifier: 'approx' }, { ...cpi, value: -0.3 }, true)).toBe('met');
    expect(verdict({ ...cpi, value: 3, qualifier: 'approx' }, { ...cpi, value: 3.6 }, true)).toBe('missed');
    // a plain ceiling: at most the target
    expect(verdict({ ...cpi, value: 3 }, { ...cpi, value: 3.1 }, true)).toBe('missed');
    expect(verdict({ ...cpi, value: 3 }, { ...cpi, value: 2 }, true)).toBe('met');
  });

  it('growth targets still read upwards', () => {
    expect(verdict({ value: 6, qualifier: 'ge' }, { value: 5.7 })).toBe('missed');
    expect(verdict({ value: 5, qualifier: 'approx' }, { value: 5.3 })).toBe('met');
    expect(verdict({ value: 5.5, qualifier: 'approx' }, { value: 2.3 })).toBe('missed');
  });
});

describe('which figures pair', () => {
  const report = (document: string, region: string, y: number, claims: Claim[]): ReportClaims => ({
    document, identity: { region, level: 'provincial', year: y, reviewYear: y - 1, planYear: y }, claims,
  });

  it('keys on metric, kind, unit and period: a five-year average never meets one year', () => {
    const before = report('a-2024', '青海省', 2024, [target({ value: 5, qualifier: 'approx', period: year(2024) })]);
    const after = report('a-2025', '青海省', 2025, [
      claim({ value: 4.5, period: { from: 2020, to: 2024, average: true }, line: 3 }), // 年均增长4.5%: a five-year figure first
      claim({ value: 5.3, period: year(2024), line: 5 }),
      claim({ value: 6, period: year(2024), metric: 'income', indicator: '居民人均可支配收入', line: 6 }),
    ]);
    const [row] = pairTargets([after, before]);
    expect(row).toMatchObject({ measure: 'gdp', verdict: 'met', outcome: { value: 5.3, line: 5 }, outcomeReport: { document: 'a-2025' } });
  });

  it('never pairs across governments; a target without a next report cannot be judged', () => {
    const rows = pairTargets([
      report('q-2024', '青海省', 2024, [target({ value: 5, qualifier: 'approx' })]),
      report('d-2025', '大连市', 2025, [claim({ value: 5.3 })]),
    ], { all: true });
    expect(rows).toEqual([expect.objectContaining({ outcome: null, verdict: 'unjudged', reason: 'no report of 2025 in the inputs' })]);
  });

  it('pairs a figure without a metric by its indicator, never a fragment', () => {
    const tourism = { metric: null, indicator: '全州旅游综合收入', kind: 'change' as const };
    const rows = compareReports(
      report('g-2024', '甘孜州', 2024, [target({ ...tourism, value: 10 }), target({ metric: null, indicator: '上升到', value: 3 })]),
      report('g-2025', '甘孜藏族自治州', 2025, [claim({ ...tourism, indicator: '旅游综合收入', value: 12 }), claim({ metric: null, indicator: '上升到', value: 4 })]),
    );
    expect(rows.map((r) => [r.measure, r.verdict])).toEqual([['~旅游综合收入', 'met']]);
    expect(tooWeakToKey('上升到')).toBe(true);
    expect(tooWeakToKey('国家')).toBe(true);
    expect(tooWeakToKey('口的发展中大国')).toBe(true);
    expect(tooWeakToKey('旅游综合收入')).toBe(false);
    expect(tooWeakToKey('高新技术企业的数量')).toBe(false);
    expect(tooWeakToKey('的比重')).toBe(true);
    expect(measureOf({ metric: null, indicator: '学生' })).toBeNull();
  });

  it('takes the first statement of each figure as its headline, an exact one over a bound on its line', () => {
    const claims = [
      claim({ value: 500e8, kind: 'amount', unit: '元', qualifier: 'gt', line: 4 }), // 突破500亿元，
      claim({ value: 513.35e8, kind: 'amount', unit: '元', line: 4 }), //           达到513.35亿元
      claim({ value: 6.2, line: 4 }),
      claim({ value: 7.1, line: 9 }), // a later mention (a county's) does not win
    ];
    expect(headlineClaims(claims).map((c) => c.value)).toEqual([513.35e8, 6.2]);
    expect(headlineClaims(claims, { all: true })).toHaveLength(4);
  });

  it('series: one-year figures by year, metrics before indicators', () => {
    const series = buildSeries([
      report('q-2023', '青海省', 2023, [claim({ value: 2.3, period: year(2022) }), target({ value: 5, qualifier: 'approx', period: year(2023) })]),
      report('q-2024', '青海省', 2024, [claim({ value: 4.5, period: { from: 2019, to: 2023, average: true } }), claim({ value: 5.3, period: year(2023) })]),
    ]);
    expect(series.years).toEqual([2022, 2023]);
    expect(series.rows[0].points.map((p) => [p.outcome?.value, p.verdict])).toEqual([[2.3, undefined], [5.3, 'met']]);
  });

  it('labels periods', () => {
    expect(periodLabel(year(2024))).toBe('2024');
    expect(periodLabel({ from: 2021, to: 2025, average: true })).toBe('2021–2025 avg');
    expect(periodLabel({ from: 2021, to: 2025, base: 2020 })).toBe('2020→2025');
    expect(periodLabel(null)).toBe('');
  });
});
