// The page's stylesheet, inlined into every page. Colour says the kind of a claim; a target
// is set apart from a result by a dashed frame on white (results are filled), so the two differ
// in print and for colour-blind readers too. Chinese text uses the system's own fonts.
export const PAGE_CSS = `
:root {
  --amount: #2563eb; --amount-bg: #dbeafe;
  --change: #15803d; --change-bg: #dcfce7;
  --ratio: #b45309; --ratio-bg: #fef3c7;
  --gap: #be185d; --gap-bg: #fce7f3;
  --rank: #6d28d9; --rank-bg: #ede9fe;
  --line: #d4d4d8; --muted: #52525b;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body {
  margin: 0; color: #18181b; background: #fff; line-height: 1.7;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
a { color: inherit; }
.skip, .sr-only { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; z-index: 10; background: #fff; padding: .25rem .5rem; outline: 2px solid #000; }
header.top { padding: .75rem 1.25rem; border-bottom: 1px solid var(--line); }
header.top h1 { font-size: 1.25rem; margin: 0; }
header.top p { margin: .15rem 0; color: var(--muted); font-size: .875rem; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem .75rem; list-style: none; padding: 0; margin: .35rem 0 0; font-size: .8125rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(24rem, 44rem); align-items: start; }
.report { padding: 1rem 1.5rem 4rem 4.25rem; max-width: 52rem; }
.para { position: relative; margin: 0 0 .85rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.para::before { content: attr(data-line); position: absolute; left: -3.25rem; width: 2.75rem; text-align: right; color: #a1a1aa; font-size: .75rem; line-height: 2.2; }
mark.claim { color: inherit; border-radius: 3px; padding: 0 .1em; cursor: help; scroll-margin: 35vh; }
mark.claim.actual { border-bottom: 2px solid; }
mark.claim.target { background: #fff; outline: 2px dashed; outline-offset: -1px; font-style: italic; }
mark.claim[data-q]::before { content: attr(data-q); font-size: .7em; font-style: normal; font-weight: 700; margin-right: .15em; vertical-align: .15em; }
${['amount', 'change', 'ratio', 'gap', 'rank']
  .map((k) => `.kind-${k} { background: var(--${k}-bg); border-color: var(--${k}); outline-color: var(--${k}); }
mark.claim.kind-${k}[data-q]::before, .swatch.kind-${k} { color: var(--${k}); }`)
  .join('\n')}
.swatch { display: inline-block; min-width: 1.2em; padding: 0 .3em; border-radius: 3px; }
.swatch.target { background: #fff; outline: 2px dashed; outline-offset: -2px; font-style: italic; }
.swatch.actual { border-bottom: 2px solid; }
.legend .swatch.target { outline-color: #71717a; }
.legend .swatch.actual { background: #f4f4f5; border-color: #71717a; }
mark.claim:hover, mark.claim:focus-visible, mark.claim.current { outline: 3px solid #18181b; outline-offset: 1px; }
mark.claim.dim { opacity: .3; }
mark.claim:target, mark.claim.flash { animation: flash 1.6s ease-out 1; }
@keyframes flash { 0% { box-shadow: 0 0 0 6px #facc15; } 100% { box-shadow: 0 0 0 0 transparent; } }
.side { position: sticky; top: 0; max-height: 100vh; overflow: auto; border-left: 1px solid var(--line); background: #fafafa; }
.filters { position: sticky; top: 0; z-index: 2; display: grid; grid-template-columns: repeat(3, 1fr); gap: .4rem; padding: .6rem .75rem; background: #fafafa; border-bottom: 1px solid var(--line); font-size: .8125rem; }
.filters label { display: flex; flex-direction: column; gap: .1rem; color: var(--muted); }
.filters .search { grid-column: 1 / -1; }
.filters select, .filters input { font: inherit; color: #18181b; padding: .2rem .3rem; border: 1px solid #a1a1aa; border-radius: 4px; background: #fff; }
.filters output { grid-column: 1 / -1; color: var(--muted); }
table.claims { border-collapse: collapse; width: 100%; font-size: .8125rem; line-height: 1.4; }
table.claims th, table.claims td { padding: .3rem .4rem; border-bottom: 1px solid #e4e4e7; text-align: left; vertical-align: top; }
table.claims thead th { position: sticky; top: 0; background: #f4f4f5; }
table.claims td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.claims td.nowrap { white-space: nowrap; }
table.claims tbody tr { cursor: pointer; }
table.claims tbody tr:hover, table.claims tbody tr:focus-within, table.claims tbody tr.current { background: #fef9c3; }
th button { font: inherit; font-weight: 700; border: 0; background: none; padding: 0; cursor: pointer; text-decoration: underline dotted; }
th button::after { content: " ↕"; color: #a1a1aa; }
th[aria-sort="ascending"] button::after { content: " ↑"; color: inherit; }
th[aria-sort="descending"] button::after { content: " ↓"; color: inherit; }
.tip { position: fixed; z-index: 20; max-width: 24rem; padding: .5rem .65rem; background: #18181b; color: #fafafa; border-radius: 6px; font-size: .8125rem; line-height: 1.45; box-shadow: 0 4px 16px rgba(0,0,0,.25); pointer-events: none; }
.tip dl { display: grid; grid-template-columns: auto 1fr; gap: .1rem .6rem; margin: 0; }
.tip dt { color: #a1a1aa; }
.tip dd { margin: 0; overflow-wrap: anywhere; }
.note { margin: .5rem 1.25rem; padding: .4rem .6rem; background: #fef3c7; border-radius: 4px; font-size: .875rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(26rem, 1fr)); gap: 1rem; padding: 1rem 1.25rem; }
.chart { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; break-inside: avoid; }
.chart h2 { font-size: 1rem; margin: 0; }
.chart p { margin: 0 0 .25rem; color: var(--muted); font-size: .8125rem; }
.chart .plot { min-height: 220px; }
.chart table { border-collapse: collapse; font-size: .75rem; margin-top: .4rem; }
.chart th, .chart td { padding: .1rem .4rem; border-bottom: 1px solid #e4e4e7; text-align: right; }
.chart th:first-child { text-align: left; }
.met { color: #15803d; } .missed { color: #b91c1c; }
@media (max-width: 60rem) {
  .layout { grid-template-columns: 1fr; }
  .side { position: static; max-height: none; border-left: 0; border-top: 1px solid var(--line); }
}
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .layout { display: block; }
  .side { position: static; max-height: none; overflow: visible; border: 0; background: none; }
  .filters, .tip, .skip, th button::after { display: none !important; }
  .report { max-width: none; padding: 0 0 0 3rem; }
  mark.claim { outline-offset: 0; }
  table.claims thead th { position: static; }
  table.claims tr { break-inside: avoid; }
  .chart .plot { min-height: 0; }
  a { text-decoration: none; }
}
`;
