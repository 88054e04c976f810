// The CLI and web-page properties of `npm run fuzz` (tests/robustness/cli-properties.mjs), on
// src/ with a few hundred cases, and proof that they catch what they are for.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityOverrides } from '../../src/cli/identity-options.js';
import { extract } from '../../src/index.js';
import { checkEncodingName, InputError } from '../../src/io/decode.js';
import { decodeDocument, parseSize } from '../../src/io/read-input.js';
import { QueryError } from '../../src/query/fields.js';
import { filterClaims } from '../../src/query/filter.js';
import { parseQueryFlags } from '../../src/query/flags.js';
import { flagViolations, htmlPage, htmlViolations, queryFlags } from './cli-properties.mjs';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'ganzi-2024.txt');
const claims = extract(readFileSync(fixture, 'utf8')).claims.map((c) => ({ document: fixture, region: null, level: null, year: null, ...c }));
const lib = { parseQueryFlags, QueryError, parseSize, checkEncodingName, InputError, identityOverrides, filterClaims };

describe('CLI flags: every validator returns or throws its own one-line error, in time', () => {
  it('holds on generated flags', () => {
    fc.assert(fc.property(queryFlags, (flags) => flagViolations(flags, lib, claims).length === 0), { numRuns: 300 });
  });

  it('catches a validator that crashes or hangs', () => {
    const crashing = { ...lib, parseSize: () => { throw new TypeError('x is undefined'); } };
    expect(flagViolations({ maxSize: '1e400' }, crashing, claims)).toEqual(['parseSize: TypeError: x is undefined']);
    const slow = { ...lib, identityOverrides: () => { const end = performance.now() + 2100; while (performance.now() < end); return {}; } };
    expect(flagViolations({}, slow, claims)[0]).toMatch(/^took \d+ ms \(a hang\)$/);
  });
});

describe('web pages: the reader gives text or an error naming the file', () => {
  it('holds on generated pages, nested up to 3,000 deep', async () => {
    await fc.assert(fc.asyncProperty(htmlPage, async (page) => (await htmlViolations(page, { decodeDocument, extract, InputError })).length === 0), { numRuns: 60 });
  }, 120_000);

  it('catches a reader that overflows its stack', async () => {
    const overflowing = { decodeDocument: async () => { throw new RangeError('Maximum call stack size exceeded'); }, extract, InputError };
    expect(await htmlViolations('<p>x</p>', overflowing)).toEqual(['RangeError: Maximum call stack size exceeded']);
  });
});
