// Comparing expected claims with extracted ones: a list of differences, in text order.
// Pure: the report's text, the expected file and the claims in; data out.
import type { Claim, Span } from '../core/types.js';
import type { ExpectedClaim, ExpectedFile, ExpectedMode } from './expected-file.js';
import type { CheckField } from './fields.js';
import { locateExpected, TextLines, type Location } from './locate.js';

/** One field that differs; `text` when the claim's span moved (`6.2%` → `增长6.2%`). */
export interface FieldChange {
  field: CheckField | 'text';
  expected: unknown;
  actual: unknown;
}

/** The fields of a claim as a fixture records them (no sentence: it is not compared). */
export type ClaimFigures = Pick<Claim, 'kind' | 'value' | 'high' | 'unit' | 'qualifier' | 'modality' | 'indicator' | 'sector'>;

export type Difference =
  | { type: 'missing'; line: number | null; text: string; span: Span | null; expected: ExpectedClaim; reason: string }
  | { type: 'new'; line: number; text: string; span: Span; actual: ClaimFigures }
  | { type: 'changed'; line: number; text: string; span: Span; changes: FieldChange[]; note?: string };

export interface CompareOptions {
  fields: readonly CheckField[];
  /** Relative tolerance on numbers: |a − b| ≤ tolerance × max(|a|, |b|). 0 = exact. */
  tolerance: number;
}

export interface CheckResult {
  mode: ExpectedMode;
  fields: CheckField[];
  tolerance: number;
  counts: { expected: number; extracted: number; matched: number; missing: number; new: number; changed: number };
  differences: Difference[];
  ok: boolean;
}

/**
 * Compares an expected file with the claims extracted from `text`.
 * Claims are paired by position, not by list order: first those with exactly the located span,
 * then those whose span overlaps it (the extractor widened or narrowed the number), each
 * extracted claim used once. In a full file an unpaired extracted claim is "new"; in a subset
 * file it is ignored.
 * Example: expected {line: 9, text: "6.2%", value: 6.3} against `增长6.2%` → changed value 6.3 → 6.2.
 */
export function compareClaims(text: string, expected: ExpectedFile, actual: readonly Claim[], options: CompareOptions): CheckResult {
  const lines = new TextLines(text);
  const locations = expected.claims.map((claim) => locateExpected(claim, text, lines));
  const pairs = pairClaims(expected.claims, locations, actual, options);
  const differences: Array<Difference & { at: number }> = [];
  let matched = 0;

  expected.claims.forEach((claim, i) => {
    const location = locations[i];
    const partner = pairs.get(i);
    if (partner === undefined) {
      const span = location.found ? location.span : null;
      const reason = location.found ? 'no claim extracted here' : location.reason;
      const line = span ? lines.lineOf(span.start) : claim.line ?? null;
      differences.push({ type: 'missing', line, text: claim.text, span, expected: claim, reason, at: span?.start ?? lineStartOr(lines, claim.line) });
      return;
    }
    const found = actual[partner];
    const changes = fieldChanges(claim, found, options);
    if (!changes.length) {
      matched++;
      return;
    }
    const change: Difference = { type: 'changed', line: found.line, text: claim.text, span: found.span, changes };
    if (claim.note) change.note = claim.note;
    differences.push({ ...change, at: found.span.start });
  });

  if (expected.mode === 'full') {
    const paired = new Set(pairs.values());
    actual.forEach((claim, j) => {
      if (!paired.has(j)) differences.push({ type: 'new', line: claim.line, text: claim.text, span: claim.span, actual: figuresOf(claim), at: claim.span.start });
    });
  }

  differences.sort((a, b) => a.at - b.at);
  const count = (type: Difference['type']) => differences.filter((d) => d.type === type).length;
  return {
    mode: expected.mode,
    fields: [...options.fields],
    tolerance: options.tolerance,
    counts: { expected: expected.claims.length, extracted: actual.length, matched, missing: count('missing'), new: count('new'), changed: count('changed') },
    differences: differences.map(({ at: _at, ...difference }) => difference as Difference),
    ok: differences.length === 0,
  };
}

/** The figures a fixture records of an extracted claim (`high` only for a range). */
export function figuresOf(claim: Claim): ClaimFigures {
  const { kind, value, high, unit, qualifier, modality, indicator, sector } = claim;
  return { kind, value, ...(high !== undefined ? { high } : {}), unit, qualifier, modality, indicator, sector };
}

/**
 * Pairs expected claim i with extracted claim j (each j at most once).
 * Why two passes: an exact span is certain, an overlap is a guess that must not steal a claim
 * another expectation points at exactly.
 */
function pairClaims(expected: readonly ExpectedClaim[], locations: readonly Location[], actual: readonly Claim[], options: CompareOptions): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const accept of [sameSpan, overlaps]) {
    expected.forEach((claim, i) => {
      const location = locations[i];
      if (pairs.has(i) || !location.found) return;
      let best = -1;
      let bestScore = Infinity;
      actual.forEach((candidate, j) => {
        if (taken.has(j) || !accept(location.span, candidate.span)) return;
        // fewest differing fields first, then the nearest start
        const score = fieldChanges(claim, candidate, options).length * 1e9 + Math.abs(candidate.span.start - location.span.start);
        if (score < bestScore) [best, bestScore] = [j, score];
      });
      if (best >= 0) {
        pairs.set(i, best);
        taken.add(best);
      }
    });
  }
  return pairs;
}

/** The compared fields that differ. A field the expected claim does not list is not asserted. */
function fieldChanges(claim: ExpectedClaim, found: Claim, options: CompareOptions): FieldChange[] {
  const changes: FieldChange[] = [];
  if (found.text !== claim.text) changes.push({ field: 'text', expected: claim.text, actual: found.text });
  for (const field of options.fields) {
    if (field === 'value') {
      if (claim.value === undefined) continue;
      const sameValue = numbersClose(claim.value, found.value, options.tolerance);
      const sameHigh = claim.high === undefined || found.high === undefined
        ? claim.high === found.high
        : numbersClose(claim.high, found.high, options.tolerance);
      if (!sameValue || !sameHigh) changes.push({ field, expected: rangeOf(claim.value, claim.high), actual: rangeOf(found.value, found.high) });
    } else if (claim[field] !== undefined && claim[field] !== found[field]) {
      changes.push({ field, expected: claim[field], actual: found[field] });
    }
  }
  return changes;
}

/** A value with its range end, as compared: 6 or [6, 6.5]. */
function rangeOf(value: number, high: number | undefined): number | [number, number] {
  return high === undefined ? value : [value, high];
}

/**
 * Numbers equal within a relative tolerance.
 * Example: numbersClose(51335000000, 51335000000.000004, 1e-9) → true; (6.2, 6.3, 1e-9) → false.
 */
export function numbersClose(a: number, b: number, tolerance: number): boolean {
  return a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

function lineStartOr(lines: TextLines, line: number | undefined): number {
  return line !== undefined && line <= lines.count ? lines.start(line) : Number.MAX_SAFE_INTEGER;
}
