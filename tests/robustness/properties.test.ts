// Properties of extraction over random report-like text (see ./claim-properties.mjs):
// it never throws, spans quote the text, values are finite, runs repeat exactly, and a
// document's paragraphs extracted one by one give the document's claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract.js';
import type { ExtractResult } from '../../src/core/types.js';
import { extract } from '../../src/index.js';
import {
  claimViolations, extractionViolations, FIXED_CORE_BUGS, hitsKnownCoreBug, independentParagraphs, KNOWN_CORE_BUGS,
  paragraphViolations,
  reportText,
} from './claim-properties.mjs';

/** Enough to find a broken rule quickly; `npm run fuzz` runs 100,000+ of these. */
const RUNS = 300;

const extractors: { name: string; run: (text: string) => ExtractResult; stripsBom: boolean }[] = [
  { name: 'extract (library API, nodejieba)', run: (t) => extract(t), stripsBom: true },
  { name: 'extractClaims (core, no segmenter)', run: (t) => extractClaims(t), stripsBom: false },
];

describe.each(extractors)('$name', ({ run, stripsBom }) => {
  it('never throws, quotes the text by its spans, keeps values finite, and repeats exactly', () => {
    fc.assert(
      fc.property(reportText(), (text) => {
        fc.pre(!hitsKnownCoreBug(text));
        expect(extractionViolations(run, text, { stripsBom })).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same claims for a document as for its paragraphs one by one', () => {
    fc.assert(
      fc.property(independentParagraphs(), (doc) => {
        fc.pre(!hitsKnownCoreBug(doc));
        expect(paragraphViolations(run, doc)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('core bugs found by these properties, fixed, kept as regressions', () => {
  it.each(FIXED_CORE_BUGS)('$id', ({ input }) => {
    expect([
      ...extractionViolations((t: string) => extractClaims(t), input),
      ...paragraphViolations((t: string) => extractClaims(t), input),
    ]).toEqual([]);
  });
});

// none open today; a new one is listed in KNOWN_CORE_BUGS until the core is fixed
if (KNOWN_CORE_BUGS.length) {
  describe('known core bugs (reported; inputs of their shape are skipped above)', () => {
    // each fails today; when the core is fixed this turns red: move the entry to FIXED_CORE_BUGS
    it.fails.each(KNOWN_CORE_BUGS)('$id', ({ input }) => {
      expect(extractionViolations((t: string) => extractClaims(t), input)).toEqual([]);
    });
  });
}

describe('the properties catch what they claim to', () => {
  // a check that cannot fail proves nothing: show each one failing on a doctored result
  const text = '地区生产总值增长6.2%。';
  const good = extractClaims(text).claims;

  it('holds on a real extraction', () => {
    expect(good).toHaveLength(1);
    expect(claimViolations(text, good)).toEqual([]);
  });

  it('reports a span that does not quote the text, a value that is not finite, a wrong line', () => {
    const [claim] = good;
    expect(claimViolations(text, [{ ...claim, span: { start: 7, end: 11 } }])[0]).toMatch(/text.slice\(span\)/);
    expect(claimViolations(text, [{ ...claim, span: { start: 7, end: 99 } }])[0]).toMatch(/outside the text/);
    expect(claimViolations(text, [{ ...claim, value: Number.POSITIVE_INFINITY }])[0]).toMatch(/not finite/);
    expect(claimViolations(text, [{ ...claim, high: Number.NaN }])[0]).toMatch(/high NaN/);
    expect(claimViolations(text, [{ ...claim, line: 2 }])[0]).toMatch(/line 2/);
  });

  it('reports a run that differs from the one before, and a paragraph that disagrees', () => {
    let calls = 0;
    const flaky = (t: string): ExtractResult => ({ claims: extractClaims(t).claims, sentences: calls++ });
    expect(extractionViolations(flaky, text)).toEqual(['two runs on the same input differ']);
    // a fake extractor that sees the first paragraph only when it reads the whole document
    const wholeOnly = (t: string): ExtractResult => (t.includes('\n') ? extractClaims(t) : { claims: [], sentences: 0 });
    expect(paragraphViolations(wholeOnly, `${text}\n建成3个示范村。`)[0]).toMatch(/its paragraph alone nothing/);
  });
});
