// The script of zhibiao's HTML pages (runs in the browser, inlined by ../page.ts): the tooltip
// of a marked claim, the table's filters, sort and row links, #claim-N permalinks, and the
// charts (uPlot, inlined before this script). Text from the report is only ever set as
// textContent, never as HTML.
import type uPlotType from 'uplot';
import type { ChartSeries, ShownClaim } from '../page-data.js';

declare global {
  interface Window {
    uPlot?: typeof uPlotType;
  }
}

function readJson<T>(id: string): T | null {
  const node = document.getElementById(id);
  return node?.textContent ? (JSON.parse(node.textContent) as T) : null;
}

const claims = readJson<ShownClaim[]>('zhibiao-claims') ?? [];
const charts = readJson<ChartSeries[]>('zhibiao-charts') ?? [];
const tip = document.getElementById('tip') as HTMLDivElement;

// ——— the tooltip: a claim's fields, next to its mark ———

const FIELDS: [label: string, get: (c: ShownClaim) => string][] = [
  ['value 数值', (c) => c.display],
  ['normalised', (c) => `${c.value}${c.high !== null ? `–${c.high}` : ''} ${c.unit}`],
  ['unit 单位', (c) => c.unit],
  ['kind 类别', (c) => c.kind],
  ['qualifier 限定', (c) => c.qualifier],
  ['modality', (c) => (c.modality === 'target' ? 'target 目标' : 'actual 实绩')],
  ['indicator 指标', (c) => c.indicator],
  ['metric', (c) => c.metric],
  ['period 时期', (c) => c.period],
  ['sector 领域', (c) => `${c.sector} ${c.sectorName}`],
  ['line 行', (c) => String(c.line)],
];

/** The mark whose fields the tooltip shows, while it shows them. */
let tipFor: HTMLElement | null = null;

function showTip(mark: HTMLElement): void {
  const claim = claims[Number(mark.dataset.claim)];
  if (!claim) return;
  tipFor = mark;
  const list = document.createElement('dl');
  for (const [label, get] of FIELDS) {
    const value = get(claim);
    if (!value) continue;
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.field = label.split(' ')[0];
    list.append(dt, dd);
  }
  tip.replaceChildren(list);
  tip.hidden = false;
  mark.setAttribute('aria-describedby', 'tip');
  placeTip(mark);
}

/** Below the mark, or above it when there is no room below. */
function placeTip(mark: HTMLElement): void {
  const box = mark.getBoundingClientRect();
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
  const below = box.bottom + 6;
  tip.style.left = `${left}px`;
  tip.style.top = `${below + height > window.innerHeight - 8 ? Math.max(8, box.top - height - 6) : below}px`;
}

function hideTip(): void {
  tip.hidden = true;
  tipFor = null;
}

/** On scroll the tooltip follows its mark, and goes when the mark leaves the window. */
function followMark(): void {
  if (!tipFor) return;
  const box = tipFor.getBoundingClientRect();
  if (box.bottom < 0 || box.top > window.innerHeight) hideTip();
  else placeTip(tipFor);
}

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('mark.claim') : null;
}

const report = document.getElementById('report');
if (report) {
  report.addEventListener('mouseover', (e) => {
    const mark = markOf(e.target);
    if (mark) showTip(mark);
  });
  report.addEventListener('mouseout', (e) => {
    if (markOf(e.target) && !markOf(e.relatedTarget)) hideTip();
  });
  report.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) showTip(mark);
  });
  report.addEventListener('focusout', hideTip);
  // A mark leads to its row: clicked or Enter.
  report.addEventListener('click', (e) => {
    const mark = markOf(e.target);
    if (mark) selectRow(Number(mark.dataset.claim), true);
  });
  report.addEventListener('keydown', (e) => {
    const mark = markOf(e.target);
    if (mark && e.key === 'Enter') selectRow(Number(mark.dataset.claim), true);
  });
}
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hideTip();
});
window.addEventListener('scroll', followMark, { passive: true });

// ——— the table: filters, sort by value, a row leads to its mark ———

const table = document.getElementById('claims-table') as HTMLTableElement | null;
const form = document.querySelector<HTMLFormElement>('form.filters');
const rows = table ? [...table.tBodies[0].rows] : [];
const rowOf = new Map(rows.map((r) => [Number(r.dataset.claim), r]));

function applyFilters(): void {
  if (!form) return;
  const data = new FormData(form);
  const sector = String(data.get('sector') ?? '');
  const kind = String(data.get('kind') ?? '');
  const modality = String(data.get('modality') ?? '');
  const words = String(data.get('q') ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const claim of claims) {
    const haystack = [claim.indicator, claim.text, claim.display, claim.sector, claim.sectorName, claim.metric, claim.unit, claim.period].join(' ').toLowerCase();
    const keep = (!sector || claim.sector === sector) && (!kind || claim.kind === kind) && (!modality || claim.modality === modality) && words.every((w) => haystack.includes(w));
    const row = rowOf.get(claim.n);
    if (row) row.hidden = !keep;
    document.getElementById(`claim-${claim.n}`)?.classList.toggle('dim', !keep);
    if (keep) shown++;
  }
  const count = form.elements.namedItem('count') as HTMLOutputElement | null;
  if (count) count.value = `${shown} of ${claims.length} claims`;
}

if (form) {
  form.addEventListener('input', applyFilters);
  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', (e) => e.preventDefault());
}

const sortButton = table?.querySelector<HTMLButtonElement>('button[data-sort="value"]');
sortButton?.addEventListener('click', () => {
  const header = sortButton.closest('th')!;
  // none → ascending → descending → none (the order of --json)
  const next = header.getAttribute('aria-sort') === 'none' ? 'ascending' : header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'none';
  header.setAttribute('aria-sort', next);
  const sign = next === 'descending' ? -1 : 1;
  const ordered = [...rows].sort((a, b) =>
    next === 'none' ? Number(a.dataset.claim) - Number(b.dataset.claim) : sign * (Number(a.dataset.value) - Number(b.dataset.value)) || Number(a.dataset.claim) - Number(b.dataset.claim));
  table!.tBodies[0].append(...ordered);
});

function selectRow(n: number, scroll: boolean): void {
  for (const r of rows) r.classList.toggle('current', Number(r.dataset.claim) === n);
  const row = rowOf.get(n);
  if (row && scroll && !row.hidden) row.scrollIntoView({ block: 'nearest' });
}

/** Scrolls to a claim's mark, focuses it (its tooltip shows) and makes #claim-N the address. */
function goToClaim(n: number): void {
  const mark = document.getElementById(`claim-${n}`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  for (const m of document.querySelectorAll('mark.current')) m.classList.remove('current');
  mark.classList.add('current');
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the flash animation
  mark.classList.add('flash');
  selectRow(n, false);
  showTip(mark);
  if (location.hash !== `#claim-${n}`) history.replaceState(null, '', `#claim-${n}`);
}

table?.tBodies[0].addEventListener('click', (e) => {
  const row = (e.target as Element).closest('tr');
  if (!row) return;
  e.preventDefault(); // the row's link: scroll ourselves, centred, and keep the table where it is
  goToClaim(Number(row.dataset.claim));
});

function followHash(): void {
  const match = /^#claim-(\d+)$/.exec(location.hash);
  if (match) goToClaim(Number(match[1]));
}
window.addEventListener('hashchange', followHash);
followHash();

// ——— charts: targets against outcomes over the years (uPlot) ———

const CHINESE_MAGNITUDES: [number, string][] = [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];

function axisValue(v: number, unit: string): string {
  for (const [size, name] of CHINESE_MAGNITUDES) if (Math.abs(v) >= size) return `${+(v / size).toFixed(2)}${name}`;
  return `${+v.toFixed(2)}${unit === '%' ? '%' : ''}`;
}

function drawCharts(): void {
  const UPlot = window.uPlot;
  if (!UPlot) return;
  for (const plot of document.querySelectorAll<HTMLElement>('.plot[data-chart]')) {
    const s = charts[Number(plot.dataset.chart)];
    if (!s) continue;
    plot.replaceChildren();
    const options: uPlotType.Options = {
      width: Math.max(240, plot.clientWidth),
      height: 220,
      scales: { x: { time: false } },
      legend: { live: false },
      series: [
        { label: 'year' },
        { label: 'target 目标', stroke: '#b45309', dash: [6, 4], width: 2, spanGaps: true, points: { show: true, size: 9 } },
        { label: 'outcome 实绩', stroke: '#2563eb', width: 2, spanGaps: true, points: { show: true, size: 7, fill: '#2563eb' } },
      ],
      axes: [
        { values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) },
        { size: 64, values: (_u, splits) => splits.map((v) => axisValue(v, s.unit)) },
      ],
    };
    new UPlot(options, [s.years, s.targets, s.outcomes] as uPlotType.AlignedData, plot);
  }
}

if (charts.length) {
  drawCharts();
  let pending = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(drawCharts);
  });
}
