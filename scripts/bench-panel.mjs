#!/usr/bin/env node
// Benchmark of `zhibiao panel`: over 1,000 generated reports (scripts/bench/reports.mjs), the
// panel must take at most 1.5× the time of `extract` over the same reports: it extracts them
// the same way (the --jobs workers), then only selects, pairs and prints. Prints the ratio;
// the exit code is 1 when it is over the goal. Run by `npm run bench`; needs a build.
//
//   node scripts/bench-panel.mjs [--docs 1000] [--runs 3] [--dir /tmp/zhibiao-bench-panel]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'zhibiao.js');
const { generateReports } = await import(join(root, 'scripts', 'bench', 'reports.mjs'));

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const DOCS = Number(option('--docs', '1000'));
const RUNS = Number(option('--runs', '3'));
const dir = option('--dir', join(tmpdir(), 'zhibiao-bench-panel'));
const GOAL = 1.5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall seconds of one run of zhibiao with these arguments, its output thrown away. */
function wall(commandArgs) {
  const t0 = performance.now();
  const r = spawnSync('node', [bin, ...commandArgs], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`zhibiao ${commandArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  return seconds;
}

const reports = join(dir, 'reports');
generateReports(reports, DOCS);
const commands = {
  extract: ['extract', reports, '--format', 'ndjson'],
  panel: ['panel', reports, '--format', 'ndjson'],
  'panel --outcomes': ['panel', reports, '--outcomes', '--format', 'ndjson'],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
try {
  // interleaved, so that a busy moment of the machine falls on every command alike
  for (let run = 0; run < RUNS; run++) for (const [name, a] of Object.entries(commands)) times[name].push(wall(a));
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
const extract = median(times.extract);
let over = 0;
console.log(`${DOCS} generated reports; median of ${RUNS} runs each`);
for (const name of Object.keys(commands)) {
  const t = median(times[name]);
  const ratio = t / extract;
  if (name !== 'extract' && ratio > GOAL) over++;
  console.log(`${name.padEnd(18)} ${t.toFixed(2).padStart(7)} s   ${ratio.toFixed(2)}× extract${name === 'extract' ? '' : ` (goal ≤ ${GOAL}×)`}`);
}
process.exit(over ? 1 : 0);
