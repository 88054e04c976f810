// One self-contained HTML page (pure: data and assets in, a string out): a report's text with
// every claim marked and a side table of the claims, and/or a chart per metric of a series.
// Nothing on the page loads from the network; every byte of the report is escaped, and a
// Content-Security-Policy lets only this page's own scripts run (a nonce per page).
import { randomBytes } from 'node:crypto';
import type { DocumentIdentity } from '../identity/identify.js';
import { CLAIM_KINDS, MODALITIES, type Claim, type Modality } from '../core/types.js';
import { issuer } from '../printers/fields.js';
import type { ChartSeries, ShownClaim } from './page-data.js';
import { showClaim } from './claim-fields.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { markText } from './marks.js';
import { PAGE_CSS } from './style.js';

/** The code the page runs, read by ./assets.ts: the page's script, and uPlot when there are charts. */
export interface PageAssets {
  script: string;
  uplotJs?: string;
  uplotCss?: string;
}

export interface ReportView {
  /** The file as named on the command line. */
  document: string;
  identity?: DocumentIdentity;
  /** The text the claims' spans index. */
  text: string;
  /** In `--json` order: the index is the claim's number on the page. */
  claims: readonly Claim[];
}

export interface PageInput {
  /** The page's heading; the report's government and year when not given. */
  title?: string;
  report?: ReportView;
  charts?: readonly ChartSeries[];
  /** Who made the page (`zhibiao 0.1.0`), in its generator meta tag. */
  generator?: string;
}

const KIND_NAMES = { amount: '数量 amount', change: '增减 change', ratio: '比率 ratio', gap: '差距 gap', rank: '排名 rank' } as const;
const MODALITY_NAMES = { actual: '实绩 result', target: '目标 target' } as const;

export function renderPage(input: PageInput, assets: PageAssets, nonce = randomBytes(16).toString('base64')): string {
  const { report, charts = [] } = input;
  const who = report ? issuer(report.identity) : '';
  const title = input.title ?? (who || report?.document || 'zhibiao');
  const shown = report ? report.claims.map((c, n) => showClaim(c, n)) : [];
  const marked = report ? markText(report.text, report.claims.map((claim, n) => ({ n, claim }))) : null;
  const csp = [
    "default-src 'none'", `script-src 'nonce-${nonce}'`, "style-src 'unsafe-inline'", 'img-src data:', "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  const body: string[] = [];
  if (report) body.push(`<a class="skip" href="#claims-table">Skip to the table of claims / 跳到数字列表</a>`);
  body.push(`<header class="top"><h1>${escapeHtml(title)}</h1>${report ? `<p>${escapeHtml(report.document)} · ${shown.length} claims</p>${legend()}` : ''}</header>`);
  if (marked?.unmarked.length) {
    body.push(`<p class="note" role="note">${marked.unmarked.length} claims could not be marked in the text (they overlap another) and are in the table only: ${marked.unmarked.map((n) => `#${n}`).join(', ')}</p>`);
  }
  if (charts.length) body.push(chartsHtml(charts));
  if (report && marked) {
    body.push(`<main class="layout"><article class="report" id="report" aria-label="report text / 报告原文" lang="zh-CN">\n${marked.html}\n</article>`);
    body.push(`<aside class="side" aria-label="claims / 数字">${filtersHtml(shown)}${tableHtml(shown)}</aside></main>`);
  }
  body.push(`<div class="tip" id="tip" role="tooltip" hidden></div>`);
  const data: string[] = [];
  if (report) data.push(`<script type="application/json" id="zhibiao-claims">${jsonForScript(shown)}</script>`);
  if (charts.length) data.push(`<script type="application/json" id="zhibiao-charts">${jsonForScript(charts)}</script>`);
  const uplot = charts.length && assets.uplotJs ? `<script nonce="${nonce}">${inlineScript(assets.uplotJs)}</script>` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="generator" content="${escapeHtml(input.generator ?? 'zhibiao')}">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}${charts.length && assets.uplotCss ? `\n${inlineStyle(assets.uplotCss)}` : ''}</style>
</head>
<body>
${body.join('\n')}
${data.join('\n')}
${uplot}
<script type="module" nonce="${nonce}">${inlineScript(assets.script)}</script>
</body>
</html>
`;
}

/** Our own and uPlot's code are trusted, but a `</script>` in a string literal would still end the block. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

function inlineStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

function legend(): string {
  const kinds = CLAIM_KINDS.map((k) => `<li><span class="swatch kind-${k}">${KIND_NAMES[k]}</span></li>`).join('');
  const modalities = MODALITIES.map((m) => `<li><span class="swatch ${m}">${MODALITY_NAMES[m]}</span></li>`).join('');
  return `<ul class="legend" aria-label="legend / 图例">${kinds}${modalities}<li>≥ ≤ &gt; ≈ 以上 以内 突破 左右</li></ul>`;
}

function options(values: readonly (readonly [string, string])[]): string {
  return [`<option value="">all 全部</option>`, ...values.map(([v, label]) => `<option value="${escapeHtml(v)}">${escapeHtml(label)}</option>`)].join('');
}

function filtersHtml(claims: readonly ShownClaim[]): string {
  const sectors = [...new Map(claims.map((c) => [c.sector, `${c.sector} ${c.sectorName}`])).entries()].sort();
  const kinds = CLAIM_KINDS.filter((k) => claims.some((c) => c.kind === k)).map((k) => [k, KIND_NAMES[k]] as const);
  const modalities = MODALITIES.map((m) => [m, MODALITY_NAMES[m]] as const);
  return `<form class="filters" role="search" aria-controls="claims-table">
<label>sector 领域<select name="sector">${options(sectors)}</select></label>
<label>kind 类别<select name="kind">${options(kinds)}</select></label>
<label>modality 实绩/目标<select name="modality">${options(modalities)}</select></label>
<label class="search">search 搜索<input type="search" name="q" placeholder="指标、数字或句子 indicator, number, sentence" autocomplete="off"></label>
<output name="count" aria-live="polite">${claims.length} of ${claims.length} claims</output>
</form>`;
}

function tableHtml(claims: readonly ShownClaim[]): string {
  const metric = claims.some((c) => c.metric);
  const period = claims.some((c) => c.period);
  const head = [
    '<th scope="col">#</th>', '<th scope="col">line</th>',
    '<th scope="col" aria-sort="none"><button type="button" data-sort="value" title="sort by value / 按数值排序">value</button></th>',
    '<th scope="col">indicator</th>', '<th scope="col" title="framed: a target; filled: a result">kind</th>', '<th scope="col">sector</th>',
    metric ? '<th scope="col">metric</th>' : '', period ? '<th scope="col">period</th>' : '',
  ].join('');
  const rows = claims.map((c) => {
    const cells = [
      `<td class="num"><a href="#claim-${c.n}">${c.n}</a></td>`,
      `<td class="num">${c.line}</td>`,
      `<td class="num">${escapeHtml(c.display)}</td>`,
      `<td>${escapeHtml(c.indicator)}</td>`,
      // the kind as its mark looks: a target framed, a result filled (the modality said in words for screen readers)
      `<td><span class="swatch kind-${escapeHtml(c.kind)} ${escapeHtml(c.modality)}" title="${MODALITY_NAMES[c.modality as Modality] ?? ''}">${escapeHtml(c.kind)}</span><span class="sr-only"> ${escapeHtml(c.modality)}</span></td>`,
      `<td class="nowrap">${escapeHtml(c.sectorName)}</td>`,
      metric ? `<td title="${escapeHtml(c.metric)}">${escapeHtml(c.metricId).replace(/_/g, '_<wbr>')}</td>` : '',
      period ? `<td class="nowrap">${escapeHtml(c.period)}</td>` : '',
    ].join('');
    return `<tr data-claim="${c.n}" data-sector="${escapeHtml(c.sector)}" data-kind="${escapeHtml(c.kind)}" data-modality="${escapeHtml(c.modality)}" data-value="${c.value}">${cells}</tr>`;
  });
  return `<table class="claims" id="claims-table" tabindex="-1"><caption class="sr-only">claims in the order of --json / 数字列表</caption><thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function chartsHtml(charts: readonly ChartSeries[]): string {
  const sections = charts.map((s, i) => {
    const label = s.metric ? `${s.indicator} (${s.metric})` : s.indicator;
    const rows = s.years.map((year, j) => {
      const verdict = s.verdicts?.[j] ?? '';
      const shownTarget = s.targetLabels?.[j] ?? (s.targets[j] === null ? '' : String(s.targets[j]));
      const shownOutcome = s.outcomeLabels?.[j] ?? (s.outcomes[j] === null ? '' : String(s.outcomes[j]));
      return `<tr><th scope="row">${year}</th><td>${escapeHtml(shownTarget)}</td><td>${escapeHtml(shownOutcome)}</td><td class="${escapeHtml(verdict)}">${escapeHtml(verdict)}</td></tr>`;
    });
    return `<section class="chart" aria-labelledby="chart-${i}-title">
<h2 id="chart-${i}-title">${escapeHtml(label)}</h2><p>${escapeHtml(s.kind)} · ${escapeHtml(s.unit)}</p>
<div class="plot" data-chart="${i}" role="img" aria-label="${escapeHtml(`${label}: targets and outcomes by year`)}"></div>
<table><thead><tr><th scope="col">year</th><th scope="col">target 目标</th><th scope="col">outcome 实绩</th><th scope="col">verdict</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</section>`;
  });
  return `<section class="charts" aria-label="targets against outcomes / 目标与实绩">\n${sections.join('\n')}\n</section>`;
}
