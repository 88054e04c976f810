// The spec corpus: short real phrasings (tests/spec/*.jsonl) with the claims expected of each.
// One runner for every construct. A case lists every claim its text must yield, in order;
// each listed field must match; `claims: []` means the text asserts no number at all.
// `year` gives the report's year when the text alone does not (for periods). `indicator` matches
// as the scorer does (one phrase contains the other); `indicatorExact` must be the phrase itself,
// for a case about one character (再生水利用率, not 生水利用率).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

interface ExpectedClaim {
  text: string;
  [field: string]: unknown;
}
interface SpecCase {
  id: string;
  text: string;
  claims: ExpectedClaim[];
  note?: string;
  /** The year of the report the text is from (it plans this year, reviews the one before). */
  year?: number;
}

const dir = join(import.meta.dirname, 'spec');
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();

/** Indicator matches as the gold scorer does: one phrase contains the other. */
function sameIndicator(expected: string, got: string): boolean {
  const clean = (s: string) => s.replace(/[\s“”"'（）()《》]/g, '');
  const a = clean(expected);
  const b = clean(got);
  return !!a && !!b && (a.includes(b) || b.includes(a));
}

for (const file of files) {
  const cases: SpecCase[] = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  describe(file, () => {
    for (const c of cases) {
      it(`${c.id}: ${c.text.slice(0, 40)}`, () => {
        const got = extract(c.text, c.year === undefined ? {} : { year: c.year }).claims;
        expect(got.map((g) => g.text), 'claim texts').toEqual(c.claims.map((e) => e.text));
        c.claims.forEach((want, i) => {
          const claim = got[i] as unknown as Record<string, unknown>;
          for (const [field, value] of Object.entries(want)) {
            if (field === 'text') continue;
            if (field === 'indicatorExact') {
              expect(claim.indicator, `indicator of ${want.text}`).toBe(value);
            } else if (field === 'indicator') {
              expect(sameIndicator(String(value), String(claim.indicator)), `indicator of ${want.text}: want ${value}, got ${claim.indicator}`).toBe(true);
            } else if (field === 'value' || field === 'high') {
              expect(claim[field], `${field} of ${want.text}`).toBeCloseTo(value as number, 6);
            } else {
              expect(claim[field] ?? null, `${field} of ${want.text}`).toEqual(value);
            }
          }
        });
      });
    }
  });
}
