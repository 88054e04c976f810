// How much of a decoding is garbage: the sign that bytes were read in the wrong encoding.
// GBK read as UTF-8 is mostly U+FFFD; GBK read as Latin-1 is µØÇø (every byte a Latin-1
// letter); UTF-8 read as GBK is 鍦板尯鐢熶骇 (characters outside GB2312, which a report's
// text almost never leaves). A right decoding of a Chinese report has next to none of these.
import iconv from 'iconv-lite';

/** Over this share of the visible characters, a decoding is garbled (a right one has < 1%). */
export const GARBLED_SHARE = 0.1;

/** How an encoding's mistakes show: which characters are out of place in its decoding. */
type Family = 'unicode' | 'gb' | 'big5' | 'single-byte';

export function familyOf(encoding: string): Family {
  const name = encoding.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (/^(utf|ucs)/.test(name)) return 'unicode';
  if (/^(gb|cp936|euccn|windows936|chinese|csgb|isoir58)/.test(name)) return 'gb';
  if (/^(big5|cp950|windows950|big5hkscs)/.test(name)) return 'big5';
  return 'single-byte';
}

export interface Garble {
  /** Visible (non-space) characters. */
  visible: number;
  /** Of those, characters out of place for the encoding. */
  garbled: number;
  /** U+FFFD: byte sequences the encoding could not decode at all. */
  replaced: number;
}

/** Counts, in one pass, the characters a wrong decoding leaves behind. */
export function measureGarble(text: string, encoding: string): Garble {
  const family = familyOf(encoding);
  const common = family === 'gb' ? gb2312Characters() : null;
  let visible = 0;
  let garbled = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000) continue;
    visible++;
    if (c === 0xfffd) {
      replaced++;
      garbled++;
    } else if (c < 0x80) {
      continue;
    } else if (c <= 0x9f || (c >= 0xe000 && c <= 0xf8ff)) {
      garbled++; // C1 controls and the private use area: never in a report
    } else if (family === 'single-byte' && c <= 0xff) {
      garbled++; // ÄÚ½­: Chinese bytes read one by one as Latin-1 letters
    } else if (common && !common.has(c) && c !== 0x3007 && !(c >= 0xd800 && c <= 0xdfff)) {
      garbled++; // 鍦, 鐢: outside GB2312, as UTF-8 bytes read as GBK come out
    }
  }
  return { visible, garbled, replaced };
}

export function isGarbled(g: Garble): boolean {
  return g.garbled > GARBLED_SHARE * g.visible;
}

/** 45% */
export function garbledPercent(g: Garble): string {
  return `${Math.round((100 * g.garbled) / Math.max(1, g.visible))}%`;
}

let gb2312: Set<number> | null = null;

/**
 * GB2312's characters, decoded from its own code table: the symbol rows 0xA1–0xA9 (punctuation,
 * full-width forms, kana, box drawing) and the 6763 hanzi of rows 0xB0–0xF7. Built on first use.
 */
function gb2312Characters(): Set<number> {
  if (gb2312) return gb2312;
  const bytes: number[] = [];
  for (let lead = 0xa1; lead <= 0xf7; lead++) {
    if (lead > 0xa9 && lead < 0xb0) continue;
    for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  }
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  gb2312 = new Set<number>();
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 0xfffd) gb2312.add(text.charCodeAt(i));
  return gb2312;
}
