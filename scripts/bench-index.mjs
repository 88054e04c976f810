#!/usr/bin/env node
// Benchmark of the corpus index at scale: generates a corpus of synthetic reports (10,000 by
// default) by shuffling real paragraphs of the corpus reports (../shared/corpus, fixtures/)
// under varied governments and years, indexes it with `zhibiao index`, and prints the median
// time of typical filtered queries (must be < 100 ms each; the exit code is 1 otherwise).
//
//   node scripts/bench-index.mjs [--docs 10000] [--dir /tmp/zhibiao-bench] [--runs 15]
//
// The reports are generated, not real: each is a title, the opening, a review part of
// shuffled review paragraphs and a plan part of shuffled plan paragraphs, so the extractor
// meets real sentences in a report's usual shape. Needs a build (npm run build).
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { openCorpus } = await import(join(root, 'dist', 'corpus', 'db.js'));
const { queryCorpus } = await import(join(root, 'dist', 'corpus', 'query.js'));
const { parseQueryFlags } = await import(join(root, 'dist', 'query', 'flags.js'));
const { generateReports } = await import(join(root, 'scripts', 'bench', 'reports.mjs'));

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const DOCS = Number(flag('--docs', '10000'));
const RUNS = Number(flag('--runs', '15'));
const dir = flag('--dir', join(tmpdir(), 'zhibiao-bench'));
const LIMIT_MS = 100;

function time(fn) {
  const t0 = performance.now();
  const result = fn();
  return [performance.now() - t0, result];
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const db = join(dir, 'claims.sqlite');
let [ms] = time(() => generateReports(join(dir, 'reports'), DOCS));
console.log(`generated ${DOCS} reports in ${dir}/reports (${(ms / 1000).toFixed(1)} s)`);
[ms] = time(() => execFileSync('node', [join(root, 'bin', 'zhibiao.js'), 'index', join(dir, 'reports'), '--db', db], { stdio: ['ignore', 'inherit', 'inherit'] }));
console.log(`indexed in ${(ms / 1000).toFixed(1)} s`);

// Typical questions: one government's year, a sector's targets at one level, large changes…
const QUERIES = [
  { label: '--region 甘孜州 --year 2024', flags: {}, extra: { regions: ['甘孜州'], years: [2024] } },
  { label: '--region 四川省 --indicator 生产总值$ --kind change', flags: { indicator: '生产总值$', kind: ['change'] }, extra: { regions: ['四川省'] } },
  { label: '--level county --sector tourism --modality target', flags: { sector: ['tourism'], modality: ['target'] }, extra: { levels: ['county'] } },
  { label: '--year 2023 --kind change --unit % --min 20', flags: { kind: ['change'], unit: ['%'], min: '20' }, extra: { years: [2023] } },
  { label: '--sector energy --unit 千瓦 --min 1000万', flags: { sector: ['energy'], unit: ['千瓦'], min: '1000万' }, extra: {} },
  { label: '--level provincial --year 2025 --sector macro --modality target', flags: { sector: ['macro'], modality: ['target'] }, extra: { levels: ['provincial'], years: [2025] } },
  { label: '--indicator 旅游.*收入 --min 100亿 --region 杭州', flags: { indicator: '旅游.*收入', min: '100亿' }, extra: { regions: ['杭州'] } },
];

const handle = openCorpus(db, 'read');
const counts = handle.prepare('SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM claims) AS claims').get();
console.log(`index: ${counts.documents} documents, ${counts.claims} claims\n`);
let slow = 0;
console.log('median ms  rows   query');
for (const q of QUERIES) {
  const query = { ...parseQueryFlags(q.flags).query, ...q.extra };
  queryCorpus(handle, query); // warm the page cache and the statement
  const times = [];
  let rows = 0;
  for (let r = 0; r < RUNS; r++) {
    const [t, result] = time(() => queryCorpus(handle, query));
    times.push(t);
    rows = result.rows.length;
  }
  const m = median(times);
  if (m >= LIMIT_MS) slow++;
  console.log(`${m.toFixed(1).padStart(9)}  ${String(rows).padStart(5)}   ${q.label}${m >= LIMIT_MS ? '   ← over 100 ms' : ''}`);
}
handle.close();
console.log(slow ? `\n${slow} queries took 100 ms or more` : `\nevery query answered in under ${LIMIT_MS} ms (median of ${RUNS} runs)`);
process.exit(slow ? 1 : 0);
