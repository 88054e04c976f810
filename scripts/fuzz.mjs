#!/usr/bin/env node
// `npm run fuzz`: the properties of tests/robustness/properties.test.ts on many more generated
// cases, against the built library (dist/). Prints one summary line; on a failure, the shrunk
// counterexample and what it breaks, and exits 1.
//
//   node scripts/fuzz.mjs                    100,000 cases, split over the four properties
//   node scripts/fuzz.mjs --cases 1000000 --seed 42
//   node scripts/fuzz.mjs --skip-known       leave out inputs shaped like a known, reported core bug
//   node scripts/fuzz.mjs --cli-runs 30      how many real runs of the binary with random flags
//
// Besides the extraction properties, it fuzzes the CLI's flag validators and the web-page
// reader in process (tests/robustness/cli-properties.mjs), then runs the real binary with
// random flags and paths: every case must answer in time, and fail, if at all, with its one line.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { identityOverrides } from '../dist/cli/identity-options.js';
import { extractClaims } from '../dist/core/extract.js';
import { extract } from '../dist/index.js';
import { checkEncodingName, InputError } from '../dist/io/decode.js';
import { decodeDocument, parseSize } from '../dist/io/read-input.js';
import { QueryError } from '../dist/query/fields.js';
import { filterClaims } from '../dist/query/filter.js';
import { parseQueryFlags } from '../dist/query/flags.js';
import { cliArgs, flagViolations, htmlPage, htmlViolations, queryFlags } from '../tests/robustness/cli-properties.mjs';
import {
  extractionViolations, hitsKnownCoreBug, independentParagraphs, KNOWN_CORE_BUGS, paragraphViolations, reportText,
} from '../tests/robustness/claim-properties.mjs';

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    'skip-known': { type: 'boolean', default: false },
    'cli-runs': { type: 'string', default: '30' },
  },
});
const totalCases = Number(args.cases);
const seed = args.seed === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(args.seed);
const skipKnown = args['skip-known'];

// the fuzzer also tries runs of up to 400 digits or numeral characters
const generators = { longRuns: true };
const library = (t) => extract(t);
const core = (t) => extractClaims(t);

const root = join(import.meta.dirname, '..');
const fixture = join(root, 'fixtures', 'ganzi-2024.txt');
const fixtureClaims = extract(readFileSync(fixture, 'utf8')).claims.map((c) => ({ document: fixture, region: null, level: null, year: null, ...c }));
const cliLib = { parseQueryFlags, QueryError, parseSize, checkEncodingName, InputError, identityOverrides, filterClaims };

/** Each property: a generator and the violations of one input (a promise for the async ones). */
const properties = [
  { name: 'extract: invariants', arbitrary: reportText(generators), check: (t) => extractionViolations(library, t, { stripsBom: true }) },
  { name: 'extractClaims: invariants', arbitrary: reportText(generators), check: (t) => extractionViolations(core, t) },
  { name: 'extract: paragraphs', arbitrary: independentParagraphs(generators), check: (t) => paragraphViolations(library, t) },
  { name: 'extractClaims: paragraphs', arbitrary: independentParagraphs(generators), check: (t) => paragraphViolations(core, t) },
  { name: 'CLI flags: validators', arbitrary: queryFlags, check: (f) => flagViolations(f, cliLib, fixtureClaims), known: false },
  { name: 'web pages: reader', arbitrary: htmlPage, check: (p) => htmlViolations(p, { decodeDocument, extract, InputError }), async: true, known: false },
];

const started = process.hrtime.bigint();
let cases = 0;
const failures = [];
for (const [i, property] of properties.entries()) {
  const numRuns = Math.ceil(totalCases / properties.length);
  const skip = (input) => skipKnown && property.known !== false && fc.pre(!hitsKnownCoreBug(input));
  const result = property.async
    ? await fc.check(fc.asyncProperty(property.arbitrary, async (input) => (skip(input), (await property.check(input)).length === 0)), { numRuns, seed: seed + i, maxSkipsPerRun: 1000 })
    : fc.check(fc.property(property.arbitrary, (input) => (skip(input), property.check(input).length === 0)), { numRuns, seed: seed + i, maxSkipsPerRun: 1000 });
  cases += result.numRuns;
  if (result.failed) {
    const [input] = result.counterexample;
    failures.push({ property: property.name, text: input, problems: await property.check(input), seed: seed + i, path: result.counterexamplePath });
  }
}

// Real runs of the binary, in a scratch directory (an `index --db x` there writes nothing else):
// exit 0, 1 or 2, a message without a stack trace, and an end within 60 s.
const cliRuns = Number(args['cli-runs']);
const scratch = mkdtempSync(join(tmpdir(), 'zhibiao-fuzz-'));
const absolute = (arg) => (arg.startsWith('fixtures') ? join(root, arg) : arg);
for (const [n, argv] of fc.sample(cliArgs, { numRuns: cliRuns, seed: seed + properties.length }).entries()) {
  const runArgs = argv.map(absolute);
  const r = spawnSync('node', [join(root, 'bin', 'zhibiao.js'), ...runArgs], { cwd: scratch, encoding: 'utf8', timeout: 60_000, input: '', maxBuffer: 1 << 28 });
  const problems = [];
  if (r.signal) problems.push(`ended by ${r.signal} (a hang?)`);
  else if (![0, 1, 2].includes(r.status)) problems.push(`exit ${r.status}`);
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(r.stderr)) problems.push(`a stack trace: ${r.stderr.slice(0, 300)}`);
  cases++;
  if (problems.length) failures.push({ property: 'CLI: real runs', text: runArgs, problems, seed: seed + properties.length, path: String(n) });
}
rmSync(scratch, { recursive: true, force: true });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

for (const f of failures) {
  console.error(`FAIL ${f.property} (seed ${f.seed}, path ${f.path})`);
  console.error(`  input: ${JSON.stringify(f.text)}`);
  for (const p of f.problems) console.error(`  ${p}`);
}
const known = skipKnown ? `, known core bugs skipped: ${KNOWN_CORE_BUGS.map((b) => b.id).join(' ')}` : '';
console.log(`fuzz: ${cases} cases, ${failures.length} failures, ${seconds.toFixed(1)} s (seed ${seed}${known})`);
process.exitCode = failures.length ? 1 : 0;
