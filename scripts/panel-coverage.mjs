#!/usr/bin/env node
// Panel target coverage (issue 10): how many of the targets each report states in its targets
// paragraph (主要预期目标是：…) `zhibiao panel --modality target` gives with the right value,
// qualifier and kind, and how many rows it gives that the report does not state as that
// metric's target. The expected targets are hand-checked: tests/panel/targets-2024.jsonl.
//
//   node scripts/panel-coverage.mjs [CORPUS_DIR] [EXPECTED.jsonl] [--misses]
//
// Needs `npm run build` (it runs bin/zhibiao.js).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The metrics the issue's measurement covers. */
export const COVERED_METRICS = [
  'gdp', 'cpi', 'unemployment_surveyed', 'unemployment_registered', 'new_urban_jobs', 'fiscal_revenue',
  'fixed_investment', 'retail_sales', 'income', 'income_urban', 'income_rural',
];

const periodKey = (period, year) => (period ? `${period.from}-${period.to}${period.average ? 'avg' : ''}` : `${year}-${year}`);
const key = (report, metric, kind, period) => `${report}|${metric}|${kind}|${period}`;
const same = (row, want) =>
  row.value === want.value && (row.qualifier ?? null) === (want.qualifier ?? null) && (row.high ?? null) === (want.high ?? null);
const show = (t) => `${t.metric} ${t.kind} ${t.qualifier ?? ''}${t.value}${t.high != null ? `–${t.high}` : ''}`;

/** Runs the panel over `corpus` and scores it against the hand-checked `expectedFile`. */
export function measure(corpus = join(root, '../shared/corpus-dev'), expectedFile = join(root, 'tests/panel/targets-2024.jsonl')) {
  const expected = readFileSync(expectedFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const files = expected.map((e) => join(corpus, `${e.report}.txt`));
  const out = execFileSync(
    process.execPath,
    [join(root, 'bin/zhibiao.js'), 'panel', ...files, '--modality', 'target', '--metric', COVERED_METRICS.join(','), '--format', 'ndjson'],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  // a figure may have rows in two units (固定资产投资增长5%, 比增100亿元): every row of a key is kept
  const rows = new Map();
  for (const line of out.trim().split('\n').filter(Boolean)) {
    const row = JSON.parse(line);
    const k = key(basename(row.document, '.txt'), row.metric, row.kind, periodKey(row.period, row.year));
    rows.set(k, [...(rows.get(k) ?? []), row]);
  }
  /** The row of key `k` that states `want` on `line`, else the key's first row, not yet used. */
  const used = new Set();
  const take = (k, want, line) => {
    const free = (rows.get(k) ?? []).filter((row) => !used.has(row));
    const row = free.find((r) => r.line === line && same(r, want)) ?? free[0];
    if (row) used.add(row);
    return row;
  };
  const result = { reports: expected.length, stated: 0, right: 0, misses: [], elsewhereRight: 0, extra: [] };
  for (const e of expected) {
    for (const want of e.targets) {
      result.stated++;
      const row = take(key(e.report, want.metric, want.kind, periodKey(want.period, e.year)), want, e.line);
      if (row && row.line === e.line && same(row, want)) result.right++;
      else result.misses.push(`${e.report}: ${show(want)} — panel: ${row ? `${show(row)} line ${row.line}` : 'nothing'}`);
    }
    for (const want of e.elsewhere) {
      const row = take(key(e.report, want.metric, want.kind, periodKey(want.period, e.year)), want, want.line);
      if (row && row.line === want.line && same(row, want)) result.elsewhereRight++;
    }
  }
  for (const [k, list] of rows) for (const row of list) if (!used.has(row)) result.extra.push(`${k.split('|')[0]}: ${show(row)} line ${row.line}: ${row.text}`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const r = measure(...args);
  const pct = ((100 * r.right) / r.stated).toFixed(1);
  console.log(`${r.reports} reports: ${r.right} of ${r.stated} stated targets right (${pct}%), ${r.misses.length} missing or wrong`);
  console.log(`${r.elsewhereRight} targets stated outside the targets paragraph given right; ${r.extra.length} rows not stated as that metric's target`);
  if (process.argv.includes('--misses')) {
    for (const m of r.misses) console.log(`  miss  ${m}`);
    for (const x of r.extra) console.log(`  extra ${x}`);
  }
}
