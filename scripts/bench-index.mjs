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
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { openCorpus } = await import(join(root, 'dist', 'corpus', 'db.js'));
const { queryCorpus } = await import(join(root, 'dist', 'corpus', 'query.js'));
const { parseQueryFlags } = await import(join(root, 'dist', 'query', 'flags.js'));
const { classifyHeading } = await import(join(root, 'dist', 'core', 'text', 'sentences.js'));

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const DOCS = Number(flag('--docs', '10000'));
const RUNS = Number(flag('--runs', '15'));
const dir = flag('--dir', join(tmpdir(), 'zhibiao-bench'));
const LIMIT_MS = 100;

// Governments of every level; each report of the corpus is issued by one of them in one year.
const GOVERNMENTS = [
  ['四川省', '省'], ['广东省', '省'], ['浙江省', '省'], ['贵州省', '省'], ['云南省', '省'], ['重庆市', '市'],
  ['甘孜藏族自治州', '州'], ['阿坝藏族羌族自治州', '州'], ['凉山彝族自治州', '州'], ['杭州市', '市'], ['成都市', '市'],
  ['绵阳市', '市'], ['宁波市', '市'], ['温州市', '市'], ['锡林郭勒盟', '盟'], ['阿里地区', '地区'],
  ['泸定县', '县'], ['康定市', '市'], ['黄山区', '区'], ['西湖区', '区'], ['理塘县', '县'], ['稻城县', '县'],
  ['准格尔旗', '旗'], ['淳安县', '县'], ['郫都区', '区'],
];
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

// A seeded generator, so two runs build the same corpus.
let seed = 20240229;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const sample = (list, n) => Array.from({ length: n }, () => pick(list));

/** The paragraphs of each part of a report: review (results) and plan (goals). */
function paragraphsOf(text) {
  const parts = { review: [], plan: [] };
  let role = null;
  let reviewYear = null;
  for (const line of text.split('\n')) {
    const heading = classifyHeading(line, reviewYear);
    if (heading) {
      role = heading === 'review' || heading === 'plan' ? heading : null;
      const y = /(?:19|20)\d\d/.exec(line);
      if (heading === 'review' && y) reviewYear = Number(y[0]);
      continue;
    }
    if (role && line.trim().length > 40) parts[role].push(line.trim());
  }
  return parts;
}

function loadParagraphs() {
  const sources = [join(root, '..', 'shared', 'corpus'), join(root, 'fixtures')];
  const pool = { review: [], plan: [] };
  for (const d of sources) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((n) => n.endsWith('.txt'))) {
      const parts = paragraphsOf(readFileSync(join(d, f), 'utf8'));
      pool.review.push(...parts.review);
      pool.plan.push(...parts.plan);
    }
  }
  return pool;
}

function generate(pool) {
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < DOCS; i++) {
    const [name, suffix] = pick(GOVERNMENTS);
    const year = pick(YEARS);
    const sub = join(dir, 'reports', String(year));
    if (i < YEARS.length || !existsSync(sub)) mkdirSync(sub, { recursive: true });
    const text = [
      `${year}年${name}政府工作报告`,
      '',
      '各位代表：',
      `现在，我代表${suffix}人民政府，向大会报告工作，请予审议。`,
      `一、${year - 1}年工作回顾`,
      ...sample(pool.review, 3 + Math.floor(random() * 4)),
      `二、${year}年主要目标任务`,
      ...sample(pool.plan, 2 + Math.floor(random() * 3)),
    ].join('\n\n');
    writeFileSync(join(sub, `report-${String(i).padStart(5, '0')}.txt`), `${text}\n`);
  }
}

function time(fn) {
  const t0 = performance.now();
  const result = fn();
  return [performance.now() - t0, result];
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const pool = loadParagraphs();
console.log(`paragraphs: ${pool.review.length} review, ${pool.plan.length} plan`);
const db = join(dir, 'claims.sqlite');
let [ms] = time(() => generate(pool));
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
