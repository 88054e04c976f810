#!/usr/bin/env node
// `npm run fuzz`: the properties of tests/robustness/properties.test.ts on many more generated
// cases, against the built library (dist/). Prints one summary line; on a failure, the shrunk
// counterexample and what it breaks, and exits 1.
//
//   node scripts/fuzz.mjs                    100,000 cases, split over the four properties
//   node scripts/fuzz.mjs --cases 1000000 --seed 42
//   node scripts/fuzz.mjs --skip-known       leave out inputs shaped like a known, reported core bug
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { extractClaims } from '../dist/core/extract.js';
import { extract } from '../dist/index.js';
import {
  extractionViolations, hitsKnownCoreBug, independentParagraphs, KNOWN_CORE_BUGS, paragraphViolations, reportText,
} from '../tests/robustness/claim-properties.mjs';

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    'skip-known': { type: 'boolean', default: false },
  },
});
const totalCases = Number(args.cases);
const seed = args.seed === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(args.seed);
const skipKnown = args['skip-known'];

// the fuzzer also tries runs of up to 400 digits or numeral characters
const generators = { longRuns: true };
const library = (t) => extract(t);
const core = (t) => extractClaims(t);

/** Each property: a generator and the violations of one input. */
const properties = [
  { name: 'extract: invariants', arbitrary: reportText(generators), check: (t) => extractionViolations(library, t, { stripsBom: true }) },
  { name: 'extractClaims: invariants', arbitrary: reportText(generators), check: (t) => extractionViolations(core, t) },
  { name: 'extract: paragraphs', arbitrary: independentParagraphs(generators), check: (t) => paragraphViolations(library, t) },
  { name: 'extractClaims: paragraphs', arbitrary: independentParagraphs(generators), check: (t) => paragraphViolations(core, t) },
];

const started = process.hrtime.bigint();
let cases = 0;
const failures = [];
properties.forEach((property, i) => {
  const numRuns = Math.ceil(totalCases / properties.length);
  const result = fc.check(
    fc.property(property.arbitrary, (text) => {
      if (skipKnown) fc.pre(!hitsKnownCoreBug(text));
      return property.check(text).length === 0;
    }),
    { numRuns, seed: seed + i, maxSkipsPerRun: 1000 },
  );
  cases += result.numRuns;
  if (result.failed) {
    const [text] = result.counterexample;
    failures.push({ property: property.name, text, problems: property.check(text), seed: seed + i, path: result.counterexamplePath });
  }
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

for (const f of failures) {
  console.error(`FAIL ${f.property} (seed ${f.seed}, path ${f.path})`);
  console.error(`  input: ${JSON.stringify(f.text)}`);
  for (const p of f.problems) console.error(`  ${p}`);
}
const known = skipKnown ? `, known core bugs skipped: ${KNOWN_CORE_BUGS.map((b) => b.id).join(' ')}` : '';
console.log(`fuzz: ${cases} cases, ${failures.length} failures, ${seconds.toFixed(1)} s (seed ${seed}${known})`);
process.exitCode = failures.length ? 1 : 0;
