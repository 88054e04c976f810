// Comparing expected claims with extracted ones: a list of differences, in text order.
// Pure: the report's text, the expected file and the claims in; data out.
import { diffArrays } from 'diff';
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
 * Claims are aligned by content and order, the way a text diff aligns lines (see alignClaims):
 * text inserted or removed above a claim moves its line and span but not its place in the
 * sequence, so it still matches. In a full file an unpaired extracted claim is "new"; in a
 * subset file it is ignored.
 * Example: expected {line: 9, text: "6.2%", value: 6.2} against `增长6.3%` → changed value 6.2 → 6.3.
 */
export function compareClaims(text: string, expected: ExpectedFile, actual: readonly Claim[], options: CompareOptions): CheckResult {
  const lines = new TextLines(text);
  const locations = expected.claims.map((claim) => locateExpected(claim, text, lines));
  // where the text at a claim's recorded span (and line) is still its text, nothing moved
  const unmoved = expected.claims.map((claim, i) => {
    const l = locations[i];
    if (!l.found) return false;
    const sameSpan = !claim.span || (claim.span.start === l.span.start && claim.span.end === l.span.end);
    return sameSpan && (claim.line === undefined || lines.lineOf(l.span.start) === claim.line);
  });
  const pairs = alignClaims(expected.claims, locations, unmoved, actual, options);
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
 * Pairs expected claim i with extracted claim j (each j at most once), in three steps:
 * 1. anchors: an expected claim still at its recorded place (its span holds its text, or its
 *    line + text + occurrence) with the same content there. Why: of several equal claims
 *    (many a 7%), the one the file points at.
 * 2. between anchors, a diff of the two sequences (jsdiff's diffArrays, Myers' algorithm)
 *    where two claims are equal when their text and compared fields are: equal runs match
 *    wherever they moved.
 * 3. within a run the diff replaced (claims removed and added at one place), an expected
 *    claim and an extracted one that are the same figure (same text, same indicator and kind,
 *    or overlapping its recorded span) are one claim changed, not one missing and one new.
 */
function alignClaims(
  expected: readonly ExpectedClaim[], locations: readonly Location[], unmoved: readonly boolean[], actual: readonly Claim[], options: CompareOptions,
): Map<number, number> {
  const same = (i: number, j: number) => fieldChanges(expected[i], actual[j], options).length === 0;
  const pairs = new Map<number, number>();
  // 1. anchors: an expected claim whose text is still at its recorded span (or, written by
  //    hand without a span, at its line + occurrence), paired with the claim extracted there.
  //    A claim that moved, found again by line + text or by a span that now holds the same
  //    text by chance (two 5个 as far apart as an inserted line is long), is a guess: an
  //    anchor only when equal.
  const taken = new Set<number>();
  const startingAt = new Map<number, number[]>();
  actual.forEach((c, k) => startingAt.set(c.span.start, [...(startingAt.get(c.span.start) ?? []), k]));
  expected.forEach((_, i) => {
    const location = locations[i];
    if (!location.found) return;
    const certain = unmoved[i];
    const j = (startingAt.get(location.span.start) ?? []).find((k) => !taken.has(k) && actual[k].span.end === location.span.end && (certain || same(i, k)));
    if (j === undefined) return;
    pairs.set(i, j);
    taken.add(j);
  });
  // the expected claims in the order of the report they were recorded from (a snapshot is in
  // that order; a hand-written subset may list them in any order); the anchors that run
  // forward in both sequences bound the gaps
  const sequence = expected.map((_, i) => i).sort((a, b) => recordedOrder(expected[a], expected[b]) || a - b);
  const bounds: [number, number][] = [];
  sequence.forEach((i, at) => {
    const j = pairs.get(i);
    if (j !== undefined && (!bounds.length || j > bounds[bounds.length - 1][1])) bounds.push([at, j]);
  });
  // 2 and 3, in each gap between bounds (and before the first, after the last)
  let [fromE, fromA] = [0, 0];
  for (const [at, j] of [...bounds, [sequence.length, actual.length]]) {
    const gapE = sequence.slice(fromE, at).filter((e) => !pairs.has(e));
    const gapA = range(fromA, j).filter((a) => !taken.has(a));
    if (gapE.length) alignGap(gapE, gapA, same, (e, a) => similar(expected[e], locations[e], actual[a]), pairs);
    [fromE, fromA] = [at + 1, j + 1];
  }
  return pairs;
}

/** By recorded line, then span, then occurrence on the line. */
function recordedOrder(a: ExpectedClaim, b: ExpectedClaim): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.span?.start ?? 0) - (b.span?.start ?? 0) || (a.occurrence ?? 1) - (b.occurrence ?? 1);
}

const MAX_EDITS = 2000;

/** Diffs one gap (indices into expected and actual) and pairs what the diff finds. */
function alignGap(
  gapE: number[], gapA: number[], same: (e: number, a: number) => boolean, similar: (e: number, a: number) => boolean, pairs: Map<number, number>,
): void {
  const tagged = (side: 'e' | 'a', list: number[]) => list.map((index) => ({ side, index }));
  type Item = { side: 'e' | 'a'; index: number };
  const equal = (x: Item, y: Item) => (x.side === 'e' ? same(x.index, y.index) : same(y.index, x.index));
  let [e, a] = [0, 0];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    if (removed.length && added.length) pairReplaced(removed, added, similar, pairs);
    [removed, added] = [[], []];
  };
  // a report rewritten beyond recognition: past 2,000 edits the diff gives up, and the gap's
  // claims are reported as missing and new rather than aligned in quadratic time
  const parts = diffArrays<Item>(tagged('e', gapE), tagged('a', gapA), { comparator: equal, maxEditLength: MAX_EDITS }) ?? [];
  for (const part of parts) {
    if (part.removed) removed.push(...gapE.slice(e, (e += part.count)));
    else if (part.added) added.push(...gapA.slice(a, (a += part.count)));
    else {
      flush();
      for (let k = 0; k < part.count; k++) pairs.set(gapE[e + k], gapA[a + k]);
      e += part.count;
      a += part.count;
    }
  }
  flush();
}

/** A replaced run: the expected and extracted claims that are the same figure, in order. */
function pairReplaced(removed: number[], added: number[], similar: (e: number, a: number) => boolean, pairs: Map<number, number>): void {
  let from = 0;
  for (const e of removed) {
    const k = added.findIndex((a, at) => at >= from && similar(e, a));
    if (k < 0) continue;
    pairs.set(e, added[k]);
    from = k + 1;
  }
}

/** The same figure, changed: same text, or the same indicator and kind, or over the span the file recorded. */
function similar(claim: ExpectedClaim, location: Location, found: Claim): boolean {
  if (claim.text === found.text) return true;
  if (claim.indicator !== undefined && claim.indicator === found.indicator && (claim.kind === undefined || claim.kind === found.kind)) return true;
  return location.found && location.span.start < found.span.end && found.span.start < location.span.end;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
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
