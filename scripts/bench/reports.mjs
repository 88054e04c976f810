// Generated reports for the benchmarks (bench-index, bench-panel): real paragraphs of the corpus
// reports (../shared/corpus, fixtures/) shuffled under varied governments and years. Each is a
// title, the opening, a review part of shuffled review paragraphs and a plan part of shuffled
// plan paragraphs, so the extractor meets real sentences in a report's usual shape.
// Needs a build (npm run build): the headings are classified by the tool's own rule.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { classifyHeading } = await import(join(root, 'dist', 'core', 'text', 'sentences.js'));

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

/**
 * Writes `docs` reports under `dir/YEAR/report-NNNNN.txt` (the folder is emptied first); the
 * same reports on every run for the same `docs`.
 */
export function generateReports(dir, docs) {
  const pool = loadParagraphs();
  seed = 20240229;
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < docs; i++) {
    const [name, suffix] = pick(GOVERNMENTS);
    const year = pick(YEARS);
    const sub = join(dir, String(year));
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
