// The report's text as HTML paragraphs with every claim marked (pure). Paragraphs are the
// source's lines (a report writes one paragraph a line); a line break inside a claim's span
// (a PDF copy's hard break) does not split it. Blank lines give no paragraph.
import type { Claim } from '../core/types.js';
import { escapeHtml } from './escape.js';
import { qualifierSign } from './claim-fields.js';

/** A claim to mark, with its index in `--json` order. */
export interface Markable {
  n: number;
  claim: Pick<Claim, 'span' | 'text' | 'kind' | 'modality' | 'qualifier'>;
}

export interface MarkedText {
  html: string;
  /** Claims that could not be marked: their span overlaps an earlier claim or does not quote the text. */
  unmarked: number[];
}

export function markText(text: string, claims: readonly Markable[]): MarkedText {
  const ordered = [...claims].sort((a, b) => a.claim.span.start - b.claim.span.start || a.n - b.n);
  const unmarked: number[] = [];
  const marks: Markable[] = [];
  let end = 0;
  for (const m of ordered) {
    const { start, end: stop } = m.claim.span;
    // Two marks cannot share characters, and a span that does not quote the text marks nothing true.
    if (start < end || text.slice(start, stop) !== m.claim.text || stop <= start) unmarked.push(m.n);
    else {
      marks.push(m);
      end = stop;
    }
  }
  const parts: string[] = [];
  let next = 0; // the next mark to place
  for (const p of paragraphs(text, marks)) {
    if (!text.slice(p.start, p.end).trim()) continue;
    let at = p.start;
    let body = '';
    for (; next < marks.length && marks[next].claim.span.start < p.end; next++) {
      const { claim, n } = marks[next];
      body += escapeHtml(text.slice(at, claim.span.start)) + markHtml(n, claim);
      at = claim.span.end;
    }
    body += escapeHtml(text.slice(at, p.end));
    parts.push(`<p class="para" id="line-${p.line}" data-line="${p.line}">${body}</p>`);
  }
  return { html: parts.join('\n'), unmarked: unmarked.sort((a, b) => a - b) };
}

/** `<mark class="claim kind-change target" data-claim="12" data-q="≥">7%</mark>`: the qualifier is drawn by CSS, outside the text. */
function markHtml(n: number, c: Markable['claim']): string {
  const q = qualifierSign(c);
  const classes = `claim kind-${escapeHtml(c.kind)} ${escapeHtml(c.modality)}`;
  return `<mark class="${classes}" id="claim-${n}" data-claim="${n}" tabindex="0"${q ? ` data-q="${escapeHtml(q)}"` : ''}>${escapeHtml(c.text)}</mark>`;
}

interface Paragraph {
  start: number;
  end: number;
  /** 1-based physical line of `start`. */
  line: number;
}

/** Lines of the text, a line break inside a mark joining two. */
function paragraphs(text: string, marks: readonly Markable[]): Paragraph[] {
  const result: Paragraph[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  let line = 1;
  let linesInParagraph = 0;
  let m = 0;
  for (let found = breaks.exec(text); ; found = breaks.exec(text)) {
    const at = found ? found.index : text.length;
    linesInParagraph++;
    while (m < marks.length && marks[m].claim.span.end <= at) m++;
    const insideMark = found && m < marks.length && marks[m].claim.span.start < at;
    if (insideMark) continue;
    result.push({ start, end: at, line });
    if (!found) break;
    start = at + found[0].length;
    line += linesInParagraph;
    linesInParagraph = 0;
  }
  return result;
}
