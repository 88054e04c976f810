// Positioned text items of a PDF's pages → the text as a person reads it: one paragraph a
// line, page furniture (page numbers, running headers and footers) left out, footnotes after
// the body, and the spaces a typesetting export puts around figures (`增长 5% 左右`) removed.
// Pure: no pdf.js, no I/O, so it is tested on items written by hand (tests/pdf-rebuild-text.test.ts).

/** One run of text drawn on a page, as a PDF reader reports it. */
export interface TextItem {
  text: string;
  /** Left end of the baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size: the height of a CJK character. */
  size: number;
}

export interface PositionedPage {
  items: readonly TextItem[];
}

/** One printed line: the items on one baseline, left to right. */
interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

export function rebuildText(pages: readonly PositionedPage[]): string {
  const { body, notes } = footnotesApart(withoutFurniture(pages.map((page) => linesOf(page.items))));
  return [...paragraphs(body), ...paragraphs(notes)].map(closeSpaces).filter(Boolean).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Lines

/**
 * Items whose baselines lie within 40% of a character's height are one line (a superscript
 * stays on its line); a gap wider than a fifth of a character between two items is a space.
 */
function linesOf(items: readonly TextItem[]): Line[] {
  const drawn = items.filter((item) => item.text.trim() && item.size > 0);
  const sorted = [...drawn].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    // sorted top to bottom, an item can only belong to the row being built
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - item.y) <= 0.4 * Math.max(row[0].size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map(toLine).sort((a, b) => b.y - a.y);
}

function toLine(row: TextItem[]): Line {
  const items = row.sort((a, b) => a.x - b.x);
  const main = items.reduce((a, b) => (b.size > a.size ? b : a));
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    if (isFootnoteMark(item, main)) {
      // `m²` keeps its square; a footnote mark would read as a figure (`6.2%¹` → 1)
      if (/m$/.test(text) && /^[23]$/.test(item.text.trim())) text += item.text.trim() === '2' ? '²' : '³';
      continue;
    }
    if (text && item.x - end > 0.2 * item.size && !text.endsWith(' ')) text += ' ';
    text += item.text;
    end = Math.max(end, item.x + item.width);
  }
  const first = items[0];
  const size = items.reduce((s, i) => Math.max(s, i.size), 0);
  // a line drawn with leading blanks starts where its first visible character does
  const leading = text.length - text.trimStart().length;
  return { text: text.trim(), left: first.x + leading * 0.5 * first.size, right: end, y: first.y, size };
}

/** A small raised number or mark beside the line's text: `①`, `1`, `*` after `增长6.2%`. */
function isFootnoteMark(item: TextItem, main: TextItem): boolean {
  return item.size <= 0.75 * main.size && item.y - main.y >= 0.2 * main.size && /^\s*[0-9①-⑳*]{1,3}\s*$/.test(item.text);
}

// ---------------------------------------------------------------------------------------------
// Page furniture

/**
 * Page numbers in the forms reports print them: `3`, `- 3 -`, `— 3 —`, `―3―`, `一 3 一` (the
 * numeral one typed as a dash), `第3页`, `第 3 页 共 22 页`, `第3页/共22页`, `3 / 22`, `·3·`.
 * Checked only on a page's top and bottom lines.
 */
const PAGE_NUMBER = /^[\s\-—–―‒─－_~·•.一]*(?:第\s*)?[0-9０-９ivxlcIVXLC]{1,4}\s*页?(?:\s*(?:[/／]\s*共?|共)\s*[0-9]{1,4}\s*页?)?[\s\-—–―‒─－_~·•.一]*$/;

/** How many lines at each end of a page may be furniture. */
const FURNITURE_DEPTH = 2;

/**
 * Removes page numbers and running headers and footers: lines at a page's top or bottom that
 * are a page number, or that recur (digits aside: `2024年政府工作报告 3`) at the top or bottom
 * of at least half the pages (and of two at least).
 */
function withoutFurniture(pages: Line[][]): Line[][] {
  const key = (line: Line) => line.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
  const edges = (lines: Line[]) => [...lines.slice(0, FURNITURE_DEPTH), ...lines.slice(-FURNITURE_DEPTH)];
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const k of new Set(edges(lines).map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  // words recur in a running header; a line of figures alone (a table's last row) is no header
  const recurs = (line: Line) => pages.length >= 2 && /\p{L}/u.test(key(line)) && (pagesWith.get(key(line)) ?? 0) >= Math.max(2, pages.length / 2);
  const isFurniture = (line: Line) => PAGE_NUMBER.test(line.text) || recurs(line);
  return pages.map((lines) => {
    let start = 0;
    let end = lines.length;
    while (start < Math.min(FURNITURE_DEPTH, end) && isFurniture(lines[start])) start++;
    while (end > Math.max(start, lines.length - FURNITURE_DEPTH) && isFurniture(lines[end - 1])) end--;
    return lines.slice(start, end);
  });
}

// ---------------------------------------------------------------------------------------------
// Footnotes

/**
 * A page's last lines set smaller than the body (the body's size: that of most lines) are its
 * footnotes. They go after the body, as a Word file's do, so that a paragraph running on to the
 * next page is joined again across them.
 */
function footnotesApart(pages: Line[][]): { body: Line[][]; notes: Line[][] } {
  const bodySize = mostCommon(pages.flat().map((l) => l.size)) ?? 0;
  const body: Line[][] = [];
  const notes: Line[][] = [];
  for (const lines of pages) {
    let end = lines.length;
    while (end > 0 && lines[end - 1].size < 0.85 * bodySize) end--;
    if (end === 0) end = lines.length; // a page all in small type (a table) is no footnote
    body.push(lines.slice(0, end));
    if (end < lines.length) notes.push(lines.slice(end));
  }
  return { body, notes };
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/** The body's left and right edges on a page: where most of its lines start and end. */
interface Margins {
  left: number;
  right: number;
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

/** The value below which `share` of the values lie. */
function quantile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

/**
 * A page's margins from its own lines (pages may be mirrored, odd and even), or the whole
 * document's when a page has too few lines to tell (a last page of three lines). Quantiles,
 * not extremes: a paragraph's first lines are indented, a heading centred, and punctuation may
 * hang past the right margin.
 */
function marginsOf(pages: Line[][]): Margins[] {
  const of = (lines: Line[]): Margins => ({ left: quantile(lines.map((l) => l.left), 0.1), right: quantile(lines.map((l) => l.right), 0.8) });
  const fallback = of(pages.flat());
  return pages.map((lines) => (lines.length < 6 ? fallback : of(lines)));
}

/**
 * Lines → paragraphs. A line opens a paragraph when it is indented further than the line
 * before (a first line; a quotation indented as a whole runs on) or stands out left of the
 * margin, when the line before ended short of the right margin (a paragraph's last line, a
 * heading), after a gap wider than the page's line spacing, or in a different font size.
 * A paragraph runs on across a page break when the page's last line was full.
 */
function paragraphs(pages: Line[][]): string[] {
  const margins = marginsOf(pages);
  const out: string[] = [];
  let current = '';
  let previous: { line: Line; margins: Margins; pitch: number; samePage: boolean } | null = null;
  pages.forEach((lines, p) => {
    const m = margins[p];
    const pitch = linePitch(lines);
    lines.forEach((line, i) => {
      const samePage = i > 0;
      const opens =
        !previous ||
        line.left - m.left > previous.line.left - previous.margins.left + 0.8 * line.size ||
        line.left < m.left - 0.8 * line.size ||
        previous.line.right < previous.margins.right - 1.2 * previous.line.size ||
        Math.abs(line.size - previous.line.size) > 0.15 * Math.max(line.size, previous.line.size) ||
        (samePage && pitch > 0 && previous.line.y - line.y > 1.6 * pitch);
      if (opens) {
        if (current) out.push(current);
        current = line.text;
      } else {
        current = joinLines(current, line.text);
      }
      previous = { line, margins: m, pitch, samePage };
    });
  });
  if (current) out.push(current);
  return out;
}

/** The usual distance between two baselines on a page: the most common one. */
function linePitch(lines: Line[]): number {
  const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0);
  return mostCommon(gaps) ?? 0;
}

/**
 * The next line of the same paragraph. Chinese runs on without a space, so a figure split
 * from its unit (`2282` / `公顷`) or a word cut in two comes back whole; two Latin words keep
 * the space the line end stood for, a Latin word hyphenated at the line end loses its hyphen.
 */
function joinLines(text: string, next: string): string {
  if (/[A-Za-z]-$/.test(text) && /^[a-z]/.test(next)) return text.slice(0, -1) + next; // manip- / ulation
  return /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(next) ? `${text} ${next}` : text + next;
}

/**
 * `增长 5% 左右` → `增长5%左右`: a space beside a Chinese character or full-width punctuation is
 * an export's spacing, never the writer's; between two Latin words or figures (`PM 2.5`,
 * `2023 2024`) a space stays. Characters set apart one by one (letter spacing, which pdf.js
 * reads as a space between every two: `达 5 1 3 . 3 5 亿 元`) are set together again first.
 */
function closeSpaces(paragraph: string): string {
  return paragraph
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(LETTER_SPACED, (run) => run.replace(/ /g, ''))
    .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '')
    .trim();
}

/** Two or more single Latin characters or digits, one space apart, alone: `5 1 3 . 3 5`, not `PM 2.5`. */
const LETTER_SPACED = /(?<![!-~])[!-~](?: [!-~])+(?![!-~])/g;
