#!/usr/bin/env node
// Adversarial inputs for the built library, and their real timings (for the benchmark).
//
//   node scripts/adversarial-figures.mjs                  every case at half and full size, a table
//   node scripts/adversarial-figures.mjs --timeout 120    seconds allowed per run (default 60)
//   node scripts/adversarial-figures.mjs --case numeral-run --size 1000 --repeat 3
//                                                        one run in this process, printed as JSON
//                                                        (what tests/robustness/adversarial.test.ts calls)
// Each measured run happens in a child process of its own, so a case that hangs is cut off
// at the timeout and the others still run. Only extraction is timed (process.hrtime).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url);
const MB = 1024 * 1024;

/** The bundled report with every punctuation mark removed (line breaks kept): 明年增长5%左右 → 明年增长5左右. */
function reportWithoutPunctuation(bytes) {
  const report = readFileSync(new URL('fixtures/ganzi-2024.txt', root), 'utf8').replace(/\p{P}/gu, '');
  const copies = Math.ceil(bytes / Buffer.byteLength(report));
  return `${report}\n`.repeat(copies);
}

/** Adversarial cases: `size` is the size the issue names, `build(size)` the input. */
export const CASES = {
  'digits-line': {
    title: 'a 1 MB line of digits',
    size: MB,
    build: (n) => '1234567890'.repeat(Math.ceil(n / 10)).slice(0, n),
  },
  'numeral-run': {
    title: '100,000 repetitions of 百千万亿',
    size: 100_000,
    build: (n) => '百千万亿'.repeat(n),
  },
  'no-punctuation': {
    title: 'a 5 MB report with no punctuation (ganzi-2024 stripped, repeated)',
    size: 5 * MB,
    build: reportWithoutPunctuation,
  },
  'nested-brackets': {
    title: '10,000 nested brackets and quotes around a sentence of 3 claims',
    size: 10_000,
    build: (n) => `${'（“《【(['.repeat(n)}全州地区生产总值达到513.35亿元，比上年增长6.2%，高于全省0.2个百分点${'])】》”）'.repeat(n)}`,
  },
  'one-long-sentence': {
    title: 'a table row of 10,000 numbers with no clause break (PDF table saved as text)',
    size: 10_000,
    build: (n) => '产值 513.35亿元 增长 6.2% '.repeat(n),
  },
};

/**
 * Times `extract` on one case in this process, after a warm-up that loads nodejieba: up to
 * `repeat` runs, but no further run once a second has been spent (a slow case runs once).
 */
async function timeOne(name, size, repeat) {
  const { extract } = await import(new URL('dist/index.js', root).href);
  extract('建成3个示范村，增长5%。');
  const text = CASES[name].build(size);
  const ms = [];
  let claims = 0;
  for (let i = 0; i < repeat && (i === 0 || ms.reduce((a, b) => a + b) < 1_000); i++) {
    const started = process.hrtime.bigint();
    claims = extract(text).claims.length;
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { case: name, size, chars: text.length, bytes: Buffer.byteLength(text), claims, ms };
}

/**
 * Runs one case in a child process. Returns its figures, or null when it did not finish
 * within `timeoutMs` (the child is killed).
 */
export function measure(name, size, { timeoutMs = 60_000, repeat = 1 } = {}) {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [script, '--case', name, '--size', String(size), '--repeat', String(repeat)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 * MB,
  });
  if (child.error?.code === 'ETIMEDOUT' || child.signal) return null;
  if (child.status !== 0) throw new Error(`${name} at ${size} failed: ${child.stderr.trim().split('\n')[0]}`);
  return JSON.parse(child.stdout);
}

const fastest = (figures) => Math.min(...figures.ms);

async function main() {
  const { values: args } = parseArgs({
    options: {
      case: { type: 'string' },
      size: { type: 'string' },
      repeat: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '60' },
    },
  });
  if (args.case) {
    if (!(args.case in CASES)) throw new Error(`unknown case ${args.case} (cases: ${Object.keys(CASES).join(', ')})`);
    const size = args.size ? Number(args.size) : CASES[args.case].size;
    console.log(JSON.stringify(await timeOne(args.case, size, Number(args.repeat))));
    return;
  }
  const timeoutMs = Number(args.timeout) * 1000;
  console.log(`extract() on adversarial input (node ${process.version}, best of 3 under 1 s; a run is cut off after ${args.timeout} s)`);
  console.log('| case | size | claims | half size | full size | full / half |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, c] of Object.entries(CASES)) {
    const half = measure(name, Math.round(c.size / 2), { timeoutMs, repeat: 3 });
    // a case that hangs at half size would hang at full size: do not wait for it twice
    const full = half && measure(name, c.size, { timeoutMs, repeat: fastest(half) < 500 ? 3 : 1 });
    const show = (f) => (f ? `${fastest(f).toFixed(0)} ms` : `> ${args.timeout} s (cut off)`);
    const ratio = half && full ? (fastest(full) / fastest(half)).toFixed(2) : '–';
    const chars = full?.chars ?? c.build(c.size).length;
    console.log(`| ${c.title} | ${chars.toLocaleString('en-US')} chars | ${full?.claims ?? '–'} | ${show(half)} | ${show(full)} | ${ratio} |`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`adversarial-figures: ${error.message}`);
    process.exitCode = 2;
  });
}
