#!/usr/bin/env node
// `npm run bench`: zhibiao's speed, measured as users meet it. Prints a table of medians.
//   1. one report, cold: the whole `zhibiao extract fixtures/ganzi-2024.txt --json` process
//   2. corpus throughput (MB/s) over a generated corpus, default jobs and --jobs 1
//   3. scaling at 1×, 4× and 16× that corpus (and peak memory)
//   4. Microsoft Recognizers-Text on the same report, and the ratio
//   5. where the time of one run goes
//   6. panel over 1,000 generated reports against extract over them (scripts/bench-panel.mjs)
//   7. `zhibiao summary` on the report, against `node -e 0` in the same run
//   8. the same report read from Word and PDF, and a 66-page PDF (scripts/bench/documents.mjs)
// Options: --summary (only 7), --documents (only 8), --quick (5 MB base corpus, fewer runs),
//          --base-mb N (default 50), --scales 1,4,16, --runs N (default 7), --no-peer (skip
//          Recognizers-Text), --keep (keep the corpus).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchDocuments } from './bench/documents.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'zhibiao.js');
const report = join(root, 'fixtures', 'ganzi-2024.txt');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const quick = flag('--quick');
const baseMb = Number(option('--base-mb', quick ? 5 : 50));
const scales = option('--scales', quick ? '1,4' : '1,4,16').split(',').map(Number);
const runs = Number(option('--runs', quick ? 3 : 7));

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('bench: build first (npm install, or npm run build)');
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
let adversarialTable = '';
const row = (measure, value, goal, note = '') => {
  rows.push({ measure, value, goal, note });
  console.error(`  ${measure}: ${value}${note ? ` (${note})` : ''}`);
};

/** Runs a command `n` times; returns the median wall seconds and the median peak RSS in MB. */
function timeProcess(command, commandArgs, n) {
  const walls = [];
  const rss = [];
  const rssFile = join(tmpdir(), `zhibiao-bench-rss-${process.pid}`);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = spawnSync(command, commandArgs, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `--import=${join(root, 'scripts', 'bench', 'rss-on-exit.mjs')}`, ZHIBIAO_RSS_OUT: rssFile },
      maxBuffer: 1 << 26,
    });
    walls.push((performance.now() - t0) / 1000);
    if (r.status !== 0) throw new Error(`${commandArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
    rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
  }
  rmSync(rssFile, { force: true });
  return { seconds: median(walls), rssMb: median(rss) };
}

/** A deterministic pseudo-random generator, so that a corpus is the same on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Writes a corpus of about `mb` MB: files of about 60 KB of shuffled report paragraphs. */
function makeCorpus(dir, mb, seed) {
  const sources = [join(root, 'fixtures'), join(root, '..', 'shared', 'corpus')]
    .filter(existsSync)
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
  const paragraphs = sources.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim().length > 20));
  const next = random(seed);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let file = 0; bytes < mb * 1e6; file++) {
    const parts = [];
    let size = 0;
    while (size < 60_000) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)];
      parts.push(p);
      size += Buffer.byteLength(p) + 1;
    }
    const sub = join(dir, String(file % 100).padStart(2, '0'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `report-${String(file).padStart(6, '0')}.txt`), `${parts.join('\n')}\n`);
    bytes += size;
  }
  return bytes / 1e6;
}

console.error(`zhibiao benchmark: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

// 8. Word and PDF (alone with --documents)
if (flag('--documents')) {
  const work = mkdtempSync(join(tmpdir(), 'zhibiao-bench-'));
  try {
    benchDocuments({ root, bin, work, runs, timeProcess, row });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  printTable();
  process.exit(0);
}

// 6. summary: one report at a glance, in a few tenths of a second and under 150 MB
{
  const bare = timeProcess('node', ['-e', '0'], runs);
  const summary = timeProcess('node', [bin, 'summary', report, '--json'], runs);
  row('summary, one report (wall)', `${summary.seconds.toFixed(3)} s`, 'a few tenths of a second', `${(summary.seconds / bare.seconds).toFixed(1)}× node -e 0 (${bare.seconds.toFixed(3)} s)`);
  row('summary, one report (peak RSS)', `${summary.rssMb.toFixed(0)} MB`, '< 150 MB', `${(summary.rssMb / bare.rssMb).toFixed(1)}× node -e 0 (${bare.rssMb.toFixed(0)} MB)`);
}

// 1. one report, cold
if (flag('--summary')) {
  printTable();
  process.exit(0);
}

const cold = timeProcess('node', [bin, 'extract', report, '--json'], runs);
row('one report, cold (wall)', `${cold.seconds.toFixed(3)} s`, '≤ 0.25 s');
row('one report, cold (peak RSS)', `${cold.rssMb.toFixed(0)} MB`, '');

// 5. where the time goes
const parts = [];
for (let i = 0; i < runs; i++) {
  parts.push(JSON.parse(spawnSync('node', [join(root, 'scripts', 'bench', 'breakdown.mjs'), report], { encoding: 'utf8' }).stdout));
}
for (const key of ['startup', 'modules', 'dictionary', 'extraction', 'printing']) {
  row(`  of which ${key}`, `${median(parts.map((p) => p[key])).toFixed(0)} ms`, '');
}

// 2 and 3. corpus throughput and scaling
const work = mkdtempSync(join(tmpdir(), 'zhibiao-bench-'));
try {
  const base = makeCorpus(join(work, 'x1'), baseMb, 1);
  const throughputRuns = quick ? 1 : 3;
  const parallel = timeProcess('node', [bin, 'extract', join(work, 'x1'), '--format', 'ndjson'], throughputRuns);
  row(`corpus ${base.toFixed(0)} MB, --jobs ${availableParallelism()} (default)`, `${(base / parallel.seconds).toFixed(1)} MB/s`, '≥ 5 MB/s', `${parallel.seconds.toFixed(1)} s, peak ${parallel.rssMb.toFixed(0)} MB`);
  const single = timeProcess('node', [bin, 'extract', join(work, 'x1'), '--format', 'ndjson', '--jobs', '1'], throughputRuns);
  row(`corpus ${base.toFixed(0)} MB, --jobs 1`, `${(base / single.seconds).toFixed(1)} MB/s`, '', `${single.seconds.toFixed(1)} s, peak ${single.rssMb.toFixed(0)} MB`);

  let oneX = null;
  for (const scale of scales) {
    const dir = join(work, `x${scale}`);
    const mb = scale === 1 ? base : makeCorpus(dir, baseMb * scale, scale);
    const t = scale === 1 ? parallel : timeProcess('node', [bin, 'extract', dir, '--format', 'ndjson'], 1);
    oneX ??= t.seconds;
    row(`scaling ${scale}× (${mb.toFixed(0)} MB)`, `${t.seconds.toFixed(1)} s = ${(t.seconds / oneX).toFixed(2)}× the 1× time`, scale === 16 ? '≤ 17×' : '', `peak ${t.rssMb.toFixed(0)} MB${mb >= 190 ? ' (goal ≤ 300 MB at 200 MB)' : ''}`);
    if (scale !== 1) rmSync(dir, { recursive: true, force: true });
  }
  benchDocuments({ root, bin, work, runs, timeProcess, row });
} finally {
  if (!flag('--keep')) rmSync(work, { recursive: true, force: true });
}

// 4. the peer
if (!flag('--no-peer')) {
  const peer = spawnSync('node', [join(root, 'scripts', 'bench', 'recognizers.mjs'), report], { encoding: 'utf8' });
  if (peer.status === 0) {
    const them = JSON.parse(peer.stdout);
    const us = JSON.parse(spawnSync('node', [join(root, 'scripts', 'bench', 'zhibiao-once.mjs'), report], { encoding: 'utf8' }).stdout);
    row('Recognizers-Text, same report (in process)', `${them.seconds.toFixed(1)} s, ${them.entities} entities`, '');
    row('zhibiao, same report (in process, dictionary load included)', `${(us.seconds * 1000).toFixed(0)} ms, ${us.claims} claims`, '');
    row('speed-up against Recognizers-Text', `${(them.seconds / us.seconds).toFixed(0)}×`, '≥ 200×', `process wall: ${(them.seconds / cold.seconds).toFixed(0)}×`);
  } else {
    row('Recognizers-Text', 'not installed (npm install --include=dev)', '');
  }
}

// adversarial inputs, when the robustness script is there
const adversarial = join(root, 'scripts', 'adversarial-figures.mjs');
adversarialTable = '';
if (existsSync(adversarial) && !quick) {
  const r = spawnSync('node', [adversarial], { encoding: 'utf8' });
  if (r.status === 0) adversarialTable = r.stdout.trim();
}

// panel against extract over 1,000 generated reports (scripts/bench-panel.mjs)
const panel = spawnSync('node', [join(root, 'scripts', 'bench-panel.mjs'), '--docs', quick ? '200' : '1000'], { encoding: 'utf8' });
for (const m of panel.stdout.matchAll(/^(panel[^\n]*?)\s+([\d.]+) s\s+([\d.]+)× extract/gm)) {
  row(`${m[1]} over ${quick ? 200 : 1000} reports`, `${m[3]}× extract`, '≤ 1.5×', `${m[2]} s`);
}
if (panel.status !== 0 && !panel.stdout.includes('× extract')) row('panel', 'failed', '≤ 1.5×', panel.stderr.trim().split('\n')[0] ?? '');

printTable();

function printTable() {
const width = (key) => Math.max(key.length, ...rows.map((r) => r[key].length));
const [w1, w2, w3] = ['measure', 'value', 'goal'].map(width);
console.log(`| ${'measure'.padEnd(w1)} | ${'median'.padEnd(w2)} | ${'goal'.padEnd(w3)} | note |`);
console.log(`|${'-'.repeat(w1 + 2)}|${'-'.repeat(w2 + 2)}|${'-'.repeat(w3 + 2)}|------|`);
for (const r of rows) console.log(`| ${r.measure.padEnd(w1)} | ${r.value.padEnd(w2)} | ${r.goal.padEnd(w3)} | ${r.note} |`);
console.log(`\n${cpus().length} cores; medians of ${runs} runs (corpus runs: ${quick ? 1 : 3}; scaling runs: 1).`);
if (adversarialTable) console.log(`\nAdversarial input, ${adversarialTable}`);
}
