// A scan copy of the text in which full-width digits, letters and signs become ASCII and
// traditional characters simplified ones (地區生產總值增長 → 地区生产总值增长).
// Each replacement is one UTF-16 unit for one, so every index into the scan copy is
// also an index into the original text: rules match on the copy, claims quote the original.
import { sify } from 'chinese-conv';

/** Full-width forms U+FF01..U+FF5E map to ASCII U+0021..U+007E (１２.５％ → 12.5%). */
export function toScanText(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e && !KEEP_FULL_WIDTH.has(code)) {
      // keep Chinese punctuation that has meaning of its own (，（）：；！？)
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000 || INVISIBLE.has(code)) {
      // ideographic space; zero-width characters and no-break spaces that copies leave inside
      // figures (74.4\u200b万亿元) read as a space, which the number rules allow once
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return ocrDigits(simplified(changed ? out : text));
}

/**
 * A letter a scanned copy read for a digit, next to digits: l08件, l.28万亿元, 95.l% (l or I for 1).
 * Same length, so spans still index the text; a letter inside a word or code (PM, G318) stays.
 */
function ocrDigits(scan: string): string {
  return /[lI]/.test(scan) ? scan.replace(/(?<![A-Za-z0-9])[lI](?=\d|\.\d)|(?<=\d\.)[lI](?![A-Za-z0-9])/g, '1') : scan;
}

/**
 * Characters the converter maps that simplified text uses too (显著, 涅槃, 於 in names): they count
 * for nothing when telling a traditional text, and stay as they are (顯著 is 显著, not 显着).
 */
const ALSO_SIMPLIFIED = new Set([...'著槃於昇乾瞭藉']);

/**
 * Traditional characters as simplified ones, character for character (the rules and lexicons are
 * written in simplified Chinese; a page in 繁體 reads as its simplified twin). Only a text that is
 * traditional is converted: at least two traditional-only characters, and one in a hundred of its
 * Chinese characters; a conversion that would move an index is not used.
 */
function simplified(text: string): string {
  const out = sify(text);
  if (out.length !== text.length || out === text) return text;
  let traditional = 0;
  let chinese = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] >= '\u4e00' && text[i] <= '\u9fff') chinese++;
    if (out[i] !== text[i] && !ALSO_SIMPLIFIED.has(text[i])) traditional++;
  }
  if (traditional < 2 || traditional * 100 < chinese) return text;
  let kept = '';
  for (let i = 0; i < text.length; i++) kept += ALSO_SIMPLIFIED.has(text[i]) ? text[i] : out[i];
  return kept;
}

/** Invisible or no-break characters: zero-width space/joiners, word joiner, BOM, NBSP. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00a0]);

/** Full-width punctuation kept as is: it separates clauses in Chinese prose. */
const KEEP_FULL_WIDTH = new Set(
  ['，', '（', '）', '：', '；', '！', '？', '～', '－'].map((c) => c.charCodeAt(0)),
);

/** Characters that end a line of prose; a long line ending otherwise was wrapped by a PDF copy. */
const LINE_END_PUNCTUATION = /[。！？；：:!?;”」』）)\]…—]$/;
const MIN_WRAPPED_LINE = 15;

/**
 * Text copied out of a PDF breaks lines inside sentences (国内\n生产总值达到…). When most
 * long lines end mid-sentence, such breaks become spaces in the scan copy, so sentences and
 * clauses join up again. Indices are unchanged: one character for one.
 */
/** A line marked as a heading in Markdown: `## 一、…`, `**二、…**`. */
const MARKED_HEADING = /^\s*(?:#{1,6}\s|\*\*.*\*\*$)/;

export function unwrapHardBreaks(scan: string): string {
  const breaks: number[] = [];
  let long = 0;
  let lineStart = 0;
  for (let i = scan.indexOf('\n'); i >= 0; i = scan.indexOf('\n', i + 1)) {
    const line = scan.slice(lineStart, i).trimEnd();
    if (line.trim().length >= MIN_WRAPPED_LINE) {
      long++;
      const next = scan.slice(i + 1, i + 2);
      // (**一、2014年的政府工作**, ## 二、…: a heading marked in Markdown ends its line, it breaks no sentence)
      if (!LINE_END_PUNCTUATION.test(line) && !MARKED_HEADING.test(line) && /[\u4e00-\u9fff0-9“]/.test(next)) breaks.push(i);
    }
    lineStart = i + 1;
  }
  if (breaks.length < 3 || breaks.length < long / 2) return scan;
  const chars = scan.split('');
  for (const i of breaks) {
    chars[i] = ' ';
    if (i > 0 && chars[i - 1] === '\r') chars[i - 1] = ' ';
  }
  return chars.join('');
}
