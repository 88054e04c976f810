// `zhibiao panel --format html`: a chart per government and metric, each year's headline target
// against its outcome, read with a DOM library. The ganzi series is the bundled 2024 report with
// the two synthetic next-year reports of fixtures/compare (figures in fixtures/compare/README.md,
// hand-written); the 大连 series is real (../shared/corpus-dev, skipped when absent), its GDP
// targets and outcomes checked by hand as README § Panel lists them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../src/view/page-data.js';
import { root, zhibiao } from './e2e-run.js';

const ganzi = [
  join('fixtures', 'ganzi-2024.txt'),
  join('fixtures', 'compare', 'ganzi-2025-synthetic.txt'),
  join('fixtures', 'compare', 'ganzi-2026-synthetic.txt'),
];
const corpusDev = join(root, '..', 'shared', 'corpus-dev');

function page(args: string[]) {
  const r = zhibiao(['panel', ...args, '--format', 'html']);
  const { document } = parseHTML(r.stdout);
  const data = document.getElementById('zhibiao-charts');
  return { r, document, charts: data ? (JSON.parse(data.textContent!) as ChartSeries[]) : [] };
}

describe('panel --format html: a chart per government and metric', () => {
  const { r, document, charts } = page(ganzi);

  it('draws one chart per government, metric, kind and unit, uPlot inlined, nothing loaded', () => {
    expect(r.status).toBe(0);
    expect(document.title).toBe('甘孜州 2024–2026: targets against outcomes 目标与实绩');
    expect(document.querySelectorAll('section.chart .plot[data-chart]')).toHaveLength(charts.length);
    const keys = charts.map((c) => `${c.indicator}|${c.kind}|${c.unit}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(document.querySelectorAll('script[src], link[href], img[src]')).toHaveLength(0);
    expect(r.stdout).toMatch(/uPlot/);
    // the metric table's order: gdp before cpi
    expect(charts.findIndex((c) => c.metric === 'gdp')).toBeLessThan(charts.findIndex((c) => c.metric === 'cpi'));
  });

  it('gives each year its target, outcome and verdict (fixtures/compare/README.md)', () => {
    const gdp = charts.find((c) => c.metric === 'gdp' && c.kind === 'change')!;
    expect(gdp).toMatchObject({
      indicator: '甘孜州 地区生产总值', unit: '%', years: [2023, 2024, 2025, 2026],
      targets: [null, 7, 6.5, 6], outcomes: [6.2, 6.5, 6.1, null],
      targetLabels: [null, '7%', '≈ 6.5%', '≈ 6%'], verdicts: [null, 'missed', 'met', 'unjudged'],
    });
    // a ceiling judged right: 城镇登记失业率 ≤ 4.2% against 3.6%
    const jobless = charts.find((c) => c.metric === 'unemployment_registered')!;
    expect(jobless).toMatchObject({ years: [2023, 2024, 2025], targets: [null, 4.2, 4.5], outcomes: [3.15, 3.6, 3.9], verdicts: [null, 'met', 'met'] });
    // the chart's table: a row per year, with the labels as written
    const section = [...document.querySelectorAll('section.chart')][charts.indexOf(gdp)];
    const rows = [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows).toEqual([['2023', '', '6.2%', ''], ['2024', '7%', '6.5%', 'missed'], ['2025', '≈ 6.5%', '6.1%', 'met'], ['2026', '≈ 6%', '', 'unjudged']]);
  });

  it('takes the filters: --metric draws only those metrics', () => {
    const only = page([...ganzi, '--metric', 'gdp,cpi']);
    expect(only.r.status).toBe(0);
    expect([...new Set(only.charts.map((c) => c.metric))]).toEqual(['gdp', 'cpi']);
  });

  it('refuses --wide with a clear message and exit 2', () => {
    const wide = zhibiao(['panel', ...ganzi, '--format', 'html', '--wide']);
    expect(wide.status).toBe(2);
    expect(wide.stderr).toMatch(/--format html draws each year's headline figures; it takes no --wide/);
    expect(wide.stdout).toBe('');
  });

  it('exit 1 and a page without charts when nothing matches', () => {
    const none = page([...ganzi, '--metric', 'deficit']);
    expect(none.r.status).toBe(1);
    expect(none.charts).toEqual([]);
    expect(none.r.stderr).toMatch(/no figure matched/);
  });
});

describe.skipIf(!existsSync(corpusDev))('panel --format html on the real 大连 series', () => {
  it("draws 大连's GDP growth targets against the outcomes the next reports give", () => {
    const { r, charts } = page([join(corpusDev, 'dalian-2022.txt'), join(corpusDev, 'dalian-2023.txt'), join(corpusDev, 'dalian-2024.txt'), join(corpusDev, 'dalian-2025.txt'), '--metric', 'gdp', '--kind', 'change']);
    expect(r.status).toBe(0);
    expect(charts).toHaveLength(1);
    // hand-checked: 2022 line 34 ≈8%, 2023 line 24 ≥6%, 2024 line 22 ≈6%, 2025 line 60 ≥5.5%;
    // outcomes 2023 line 6 ≈4.5%, 2024 line 7 ≥6%, 2025 line 6 ≈5.5%
    expect(charts[0]).toMatchObject({
      indicator: '大连市 地区生产总值', years: [2021, 2022, 2023, 2024, 2025],
      targets: [null, 8, 6, 6, 5.5], outcomes: [8, 4.5, 6, 5.5, null], verdicts: [null, 'missed', 'met', 'met', 'unjudged'],
    });
  });
});
