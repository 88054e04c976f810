// Finding where an expected claim sits in the report: by its span, or by line + text (+ occurrence).
// Locating uses the report's text, not the extracted claims, so a claim the extractor lost or
// gained elsewhere never shifts which number an expectation points at.
import { LineIndex } from '../core/text/lines.js';
import type { Span } from '../core/types.js';
import type { ExpectedClaim } from './expected-file.js';

/** Lines of a text, 1-based, counted on '\n' by the core's own LineIndex, with their contents. */
export class TextLines {
  private readonly index: LineIndex;
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    this.index = new LineIndex(text);
    for (let line = 2; line <= this.index.count; line++) this.starts.push(text.indexOf('\n', this.starts[line - 2]) + 1);
  }

  get count(): number {
    return this.index.count;
  }

  /** Offset of the first character of a 1-based line. */
  start(line: number): number {
    return this.starts[line - 1];
  }

  /** The line's text, without its '\n'. */
  content(line: number): string {
    const end = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(this.starts[line - 1], end);
  }

  /** The 1-based line that holds an offset. */
  lineOf(offset: number): number {
    return this.index.lineOf(offset);
  }
}

export type Location = { found: true; span: Span } | { found: false; reason: string };

/**
 * Where an expected claim is: its `span` when the text there is still its `text`, otherwise the
 * `occurrence`-th (default first) occurrence of `text` on `line`.
 * Example: line 45 `…地区生产总值增长7%，…固定资产投资增长7%…` — {line: 45, text: "7%", occurrence: 2}
 * is the investment target.
 */
export function locateExpected(claim: ExpectedClaim, text: string, lines: TextLines): Location {
  if (claim.span) {
    const there = text.slice(claim.span.start, claim.span.end);
    if (there === claim.text) return { found: true, span: claim.span };
    if (claim.line === undefined) {
      return { found: false, reason: `the report has “${there}” at ${claim.span.start}–${claim.span.end}, not “${claim.text}”` };
    }
  }
  const line = claim.line!;
  if (line > lines.count) return { found: false, reason: `the report has only ${lines.count} lines` };
  const spans = occurrencesOnLine(claim.text, line, lines);
  const occurrence = claim.occurrence ?? 1;
  if (!spans.length) return { found: false, reason: `“${claim.text}” does not occur on line ${line}` };
  if (spans.length < occurrence) {
    return { found: false, reason: `line ${line} has ${spans.length} “${claim.text}”, not ${occurrence}` };
  }
  return { found: true, span: spans[occurrence - 1] };
}

/**
 * Spans of `needle` on a line, skipping those inside a longer number.
 * Why: people count what they see as a number; `2%` does not occur in `增长6.2%`.
 * Example: occurrences of `5%` in `分别增长5%和7.5%` → only the first.
 */
export function occurrencesOnLine(needle: string, line: number, lines: TextLines): Span[] {
  const content = lines.content(line);
  const base = lines.start(line);
  const spans: Span[] = [];
  for (let at = content.indexOf(needle); at >= 0; at = content.indexOf(needle, at + 1)) {
    if (!isInsideLongerNumber(content, at, needle)) spans.push({ start: base + at, end: base + at + needle.length });
  }
  return spans;
}

/** Characters that continue a number: digits (ASCII and full-width), decimal points, Chinese numerals. */
const NUMBER_CHARS = new Set([...'0123456789０１２３４５６７８９.．〇零一二三四五六七八九十百千万亿两点']);

function isInsideLongerNumber(content: string, at: number, needle: string): boolean {
  const before = content[at - 1];
  const after = content[at + needle.length];
  const continuesBefore = before !== undefined && NUMBER_CHARS.has(before) && NUMBER_CHARS.has(needle[0]);
  const continuesAfter = after !== undefined && NUMBER_CHARS.has(after) && NUMBER_CHARS.has(needle[needle.length - 1]);
  return continuesBefore || continuesAfter;
}
