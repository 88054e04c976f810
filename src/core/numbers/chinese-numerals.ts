// Chinese numerals → numbers: 五百亿 → 5e10, 一千二百万 → 1.2e7, 二十三 → 23, 两万 → 2e4.
// Returns null for strings that are not a well-formed numeral (十四五, 一二三), so that
// plan ordinals such as “十四五” are never read as a quantity.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** Small units inside a section of four digits. */
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Section units: 万 and 亿 (亿亿 and 万亿 stack). */
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Parses a section below 万: 二十三, 一千二百, 百 (→ 100), 十五. Null if malformed. */
function parseSection(s: string): number | null {
  if (s === '') return 0;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 一二: two digits in a row
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch];
      if (unit >= lastUnit) return null; // 十百: units out of order
      total += (digit || 1) * unit; // 十五, 二千零十六: a bare 十, or one after 零, means 一十
      digit = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // 一千二 (colloquial 一千二百) is not used in reports; a trailing digit is the units.
    total += digit;
  }
  return total;
}

/** A small count written in digits or in words: 3 → 3, 三 → 3. */
export function parseCount(written: string): number | null {
  return /^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written);
}

/**
 * Parses a full numeral, including 万 and 亿 sections: 五百亿, 四千万, 一千二百万, 一百亿亿.
 * A leading unit reads as one of it: 百万 → 1e6, 亿 → 1e8, 千亿 → 1e11.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = '';
  let lastBig = Infinity;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in BIG_UNITS) {
      let unit = BIG_UNITS[ch];
      // 亿亿 or 万亿: stacked big units multiply
      while (i + 1 < s.length && s[i + 1] in BIG_UNITS) {
        unit *= BIG_UNITS[s[++i]];
      }
      // 亿亿 (1e16) is the largest stack prose uses; more is no numeral
      if (unit > 1e16) return null;
      const value = parseSection(section);
      if (value === null) return null;
      if (unit >= lastBig) {
        // 一百亿亿: the whole so far is multiplied again
        total = (total + (section === '' ? 1 : value)) * unit;
      } else {
        total += (section === '' ? 1 : value) * unit;
      }
      lastBig = unit;
      section = '';
    } else {
      section += ch;
    }
  }
  const rest = parseSection(section);
  if (rest === null) return null;
  return total + rest;
}

/** Parses 百分之三点五 style decimals: 三点五 → 3.5. */
export function parseChineseDecimal(s: string): number | null {
  const [whole, frac] = s.split('点');
  const w = parseChineseNumeral(whole);
  if (w === null) return null;
  if (frac === undefined) return w;
  let digits = '';
  for (const ch of frac) {
    if (!(ch in DIGITS)) return null;
    digits += String(DIGITS[ch]);
  }
  return Number(`${w}.${digits}`);
}
