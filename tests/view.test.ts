// `zhibiao view`, `extract --format html`, `compare --format html`: the page's structure, read
// with a DOM library (linkedom) from the built binary's output. What a browser does with it
// (tooltips, filters, scrolling) is tests/view-browser.test.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { markText } from '../src/view/marks.js';
import { renderPage } from '../src/view/page.js';
import type { ChartSeries } from '../src/view/page-data.js';
import { escapeHtml, jsonForScript } from '../src/view/escape.js';
import { fixture, root, tempDir, zhibiao, type JsonClaim } from './e2e-run.js';

const corpus = join(root, '..', 'shared', 'corpus');
const compareFixtures = [fixture, join(root, 'fixtures', 'compare', 'ganzi-2025-synthetic.txt'), join(root, 'fixtures', 'compare', 'ganzi-2026-synthetic.txt')];

function jsonClaims(args: string[]): JsonClaim[] {
  const r = zhibiao(['extract', ...args, '--json']);
  return (JSON.parse(r.stdout) as { claims: JsonClaim[] }).claims;
}

function page(args: string[], input?: string) {
  const dir = tempDir();
  const out = join(dir, 'page.html');
  const r = zhibiao(['view', ...args, '-o', out], { input });
  expect(r.stderr).toMatch(/^zhibiao: wrote .*page\.html \(\d+ claims marked\)\n$/);
  const html = readFileSync(out, 'utf8');
  return { html, document: parseHTML(html).document, status: r.status };
}

/** Every claim has exactly one mark, numbered as in --json, quoting the claim's text; one table row each. */
function expectEveryClaimMarked(document: Document, claims: JsonClaim[]) {
  const marks = [...document.querySelectorAll('#report mark[data-claim]')];
  expect(marks).toHaveLength(claims.length);
  claims.forEach((c, n) => {
    const mine = marks.filter((m) => m.getAttribute('data-claim') === String(n));
    expect(mine, `claim ${n} (${c.text}, line ${c.line})`).toHaveLength(1);
    expect(mine[0].textContent).toBe(c.text);
    expect(mine[0].id).toBe(`claim-${n}`);
    expect(mine[0].closest('p.para')!.getAttribute('data-line')).toBe(String(c.line));
  });
  const rows = [...document.querySelectorAll('#claims-table tbody tr')];
  expect(rows.map((r) => r.getAttribute('data-claim'))).toEqual(claims.map((_, n) => String(n)));
  rows.forEach((r, n) => expect(r.querySelector('a')!.getAttribute('href')).toBe(`#claim-${n}`));
}

describe('zhibiao view: the page of one report', () => {
  const claims = jsonClaims([fixture]);
  const { html, document, status } = page([fixture]);

  it('marks every claim of the bundled report once, with its text, in --json order', () => {
    expect(status).toBe(0);
    expect(claims.length).toBeGreaterThan(400);
    expectEveryClaimMarked(document, claims);
  });

  it('keeps the paragraphs of the source: one per non-blank line, numbered by line', () => {
    const lines = readFileSync(fixture, 'utf8').split(/\r\n|\n|\r/);
    const paragraphs = [...document.querySelectorAll('#report p.para')];
    expect(paragraphs.map((p) => Number(p.getAttribute('data-line')))).toEqual(
      lines.flatMap((line, i) => (line.trim() ? [i + 1] : [])),
    );
    // the text reads as the source: every paragraph's text is its line
    for (const p of paragraphs) expect(p.textContent).toBe(lines[Number(p.getAttribute('data-line')) - 1]);
  });

  it('sets targets apart from results, colours by kind and shows the qualifier outside the text', () => {
    // line 45, hand-checked: 城镇登记失业率控制在4.2%以内 is a target with the qualifier ≤
    const n = claims.findIndex((c) => c.line === 45 && c.text === '4.2%');
    const mark = document.getElementById(`claim-${n}`)!;
    expect(mark.className).toBe('claim kind-ratio target');
    expect(mark.getAttribute('data-q')).toBe('≤');
    const gdp = document.getElementById(`claim-${claims.findIndex((c) => c.text === '513.35亿元')}`)!;
    expect(gdp.className).toBe('claim kind-amount actual');
    expect(gdp.hasAttribute('data-q')).toBe(false);
  });

  it('carries each claim\'s fields for the tooltip, and filters for every sector present', () => {
    const data = JSON.parse(document.getElementById('zhibiao-claims')!.textContent!) as { n: number; display: string; indicator: string; sector: string }[];
    expect(data).toHaveLength(claims.length);
    // hand-checked: line 9 reviews 2023, 地区生产总值…达513.35亿元
    expect(data[1]).toMatchObject({ n: 1, display: '513.35亿元', indicator: '地区生产总值', sector: 'macro', metric: 'gdp 地区生产总值', period: '2023' });
    const headers = [...document.querySelectorAll('#claims-table thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['#', 'line', 'value', 'indicator', 'kind', 'sector', 'metric', 'period']);
    const row = [...document.querySelectorAll('#claims-table tbody tr[data-claim="1"] td')].map((td) => td.textContent);
    expect(row.slice(-2)).toEqual(['gdp', '2023']);
    const sectors = [...document.querySelectorAll('select[name=sector] option')].map((o) => o.getAttribute('value')).filter(Boolean);
    expect(sectors.sort()).toEqual([...new Set(claims.map((c) => c.sector))].sort());
  });

  it('opens offline: no address outside the file, and only its own scripts run (CSP nonce)', () => {
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(document.querySelectorAll('link')).toHaveLength(0);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(csp).toContain("default-src 'none'");
    for (const script of document.querySelectorAll('script')) {
      if (script.getAttribute('type') !== 'application/json') expect(script.getAttribute('nonce')).toBe(nonce);
    }
  });

  it('numbers claims as --json does under the same query (sorted, limited, filtered)', () => {
    const args = [fixture, '--sector', 'tourism', '--sort', '-value', '--limit', '12'];
    const chosen = jsonClaims(args);
    const shown = page(args);
    expect(chosen).toHaveLength(12);
    expectEveryClaimMarked(shown.document, chosen);
  });

  it('is the same page as extract --format html', () => {
    const r = zhibiao(['extract', fixture, '--format', 'html']);
    expect(r.status).toBe(0);
    const withoutNonce = (s: string) => s.replace(/nonce-[^']+'|nonce="[^"]+"/g, 'nonce');
    expect(withoutNonce(r.stdout)).toBe(withoutNonce(html));
  });
});

// The three gold reports of ../shared/corpus (a province, a city, a prefecture), when present.
describe.skipIf(!existsSync(corpus))('zhibiao view on the corpus reports', () => {
  it.each(['sichuan-2025.txt', 'hangzhou-2024.txt', 'ganzi-2024.txt'])('%s: every claim marked once, one row each', (name) => {
    const file = join(corpus, name);
    expectEveryClaimMarked(page([file]).document, jsonClaims([file]));
  });
});

describe('hostile text is shown, never run', () => {
  const text = [
    '2024年政府工作报告',
    '<script>alert(1)</script>地区生产总值达513.35亿元，增长6.2%。',
    '"><img src=x onerror=alert(2)>全年接待游客4000万人次以上。',
    '</p></article><!-- <style>body{display:none}</style> &amp; \u2028',
  ].join('\n');

  it('escapes tags, attributes and comments in the text, the table and the JSON', () => {
    const dir = tempDir();
    const file = join(dir, 'hostile.txt');
    writeFileSync(file, text);
    const claims = jsonClaims([file]);
    expect(claims.map((c) => c.text)).toEqual(['513.35亿元', '6.2%', '4000万人次']);
    expect(claims[0].indicator).toContain('</script>'); // the extractor keeps it: the page must cope
    const { document } = page([file]);
    expectEveryClaimMarked(document, claims);
    // no element came from the report: the data block and the page's own script, no img, our style only
    expect([...document.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual(['application/json', 'module']);
    expect(document.querySelectorAll('img, [onerror]')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelectorAll('article')).toHaveLength(1);
    // …and every character of it is on the page as text
    const shown = [...document.querySelectorAll('#report p.para')].map((p) => p.textContent).join('\n');
    expect(shown).toBe(text);
    const data = JSON.parse(document.getElementById('zhibiao-claims')!.textContent!) as { indicator: string }[];
    expect(data.map((d) => d.indicator)).toEqual(claims.map((c) => c.indicator));
    const cells = [...document.querySelectorAll('#claims-table tbody tr td:nth-child(4)')].map((td) => td.textContent);
    expect(cells).toEqual(claims.map((c) => c.indicator));
  });

  it('escapes the five characters, and keeps </script> and line separators out of JSON blocks', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const json = jsonForScript({ s: '</script><!--\u2028' });
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual({ s: '</script><!--\u2028' });
  });
});

describe('marking text (pure)', () => {
  const claim = (start: number, text: string) => ({ span: { start, end: start + text.length }, text, kind: 'amount' as const, modality: 'actual' as const, qualifier: null });

  it('keeps a claim whole when a hard line break (a PDF copy) falls inside it', () => {
    const text = '投资达134.9\n万亿元。\n\n其他。';
    const { html, unmarked } = markText(text, [{ n: 0, claim: claim(3, '134.9\n万亿元') }]);
    const { document } = parseHTML(`<div>${html}</div>`);
    const paragraphs = [...document.querySelectorAll('p')];
    expect(paragraphs.map((p) => [p.getAttribute('data-line'), p.textContent])).toEqual([['1', '投资达134.9\n万亿元。'], ['4', '其他。']]);
    expect(document.querySelector('mark')!.textContent).toBe('134.9\n万亿元');
    expect(unmarked).toEqual([]);
  });

  it('lists a claim that overlaps another, or does not quote the text, as unmarked', () => {
    const text = '增长6.2%。';
    const { html, unmarked } = markText(text, [
      { n: 0, claim: claim(2, '6.2%') },
      { n: 1, claim: claim(2, '6.2') },
      { n: 2, claim: claim(0, '999') },
    ]);
    expect(unmarked).toEqual([1, 2]);
    expect(parseHTML(`<div>${html}</div>`).document.querySelectorAll('mark')).toHaveLength(1);
  });
});

describe('compare --format html: a chart per indicator', () => {
  const r = zhibiao(['compare', ...compareFixtures, '--format', 'html']);
  const { document } = parseHTML(r.stdout);

  it('draws one chart per indicator of the series, with uPlot inlined and no network', () => {
    expect(r.status).toBe(0);
    const charts = JSON.parse(document.getElementById('zhibiao-charts')!.textContent!) as { metric: string | null; kind: string; unit: string; indicator: string; years: number[]; targets: (number | null)[]; outcomes: (number | null)[] }[];
    expect(document.querySelectorAll('section.chart .plot[data-chart]')).toHaveLength(charts.length);
    expect(charts.length).toBeGreaterThan(3);
    expect(r.stdout).toContain('var uPlot=');
    expect(r.stdout).not.toMatch(/\s(src|href)="/);
    // GDP growth, from the fixtures' text (hand-checked: 2023 6.2%, 2024 target 7% and outcome 6.5%)
    const gdp = charts.find((c) => c.indicator === '地区生产总值' && c.targets.some((t) => t !== null))!;
    expect(gdp).toMatchObject({ metric: 'gdp', kind: 'change', unit: '%' });
    const at = (year: number) => gdp.years.indexOf(year);
    expect(gdp.outcomes[at(2023)]).toBe(6.2);
    expect([gdp.targets[at(2024)], gdp.outcomes[at(2024)]]).toEqual([7, 6.5]);
  });

  it('draws plain series from any source (the shape panel feeds), escaping their names', () => {
    const series: ChartSeries[] = [
      { metric: 'gdp', indicator: '<img src=x onerror=alert(1)>生产总值', kind: 'change', unit: '%', years: [2022, 2023, 2024], targets: [6, 6.5, null], outcomes: [5.8, 6.6, null] },
      { metric: null, indicator: '接待游客', kind: 'amount', unit: '人次', years: [2023, 2024], targets: [null, 4e7], outcomes: [3.6e7, null] },
    ];
    const html = renderPage({ title: 'panel </title><script>alert(2)</script>', charts: series }, { script: '', uplotJs: 'var uPlot=1;', uplotCss: '' });
    const { document } = parseHTML(html);
    expect(document.title).toBe('panel </title><script>alert(2)</script>');
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect([...document.querySelectorAll('section.chart h2')].map((h) => h.textContent)).toEqual(['<img src=x onerror=alert(1)>生产总值 (gdp)', '接待游客']);
    // each chart's table: a row per year, with the value or nothing
    const rows = [...document.querySelectorAll('section.chart')[0].querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows).toEqual([['2022', '6', '5.8', ''], ['2023', '6.5', '6.6', ''], ['2024', '', '', '']]);
    expect(JSON.parse(document.getElementById('zhibiao-charts')!.textContent!)).toEqual(series);
    expect(document.getElementById('report')).toBeNull();
  });
});

describe('view: bad use', () => {
  it('refuses several reports, naming compare', () => {
    const r = zhibiao(['view', join(root, 'fixtures'), '-o', join(tempDir(), 'x.html')]);
    expect(r.stderr).toMatch(/a page shows one report, and more were given; for figures across reports: zhibiao compare … --format html/);
    expect(r.status).toBe(2);
  });

  it('reports a missing file and a directory it cannot write to in one line, exit 2', () => {
    const missing = zhibiao(['view', 'no-such-report.txt', '-o', join(tempDir(), 'x.html')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const unwritable = zhibiao(['view', fixture, '-o', join(tempDir(), 'no', 'such', 'x.html')]);
    expect(unwritable.stderr).toMatch(/^zhibiao: cannot write .*x\.html: no such directory\n$/);
    expect(unwritable.status).toBe(2);
  });

  it('reads standard input', () => {
    const { document, status } = page(['-'], '全年地区生产总值达513.35亿元。');
    expect(status).toBe(0);
    expect(document.querySelector('mark[data-claim="0"]')!.textContent).toBe('513.35亿元');
  });
});
