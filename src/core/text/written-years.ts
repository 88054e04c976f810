// Years as reports write them, in digits or in words (2025, 二〇二五), read by the sentence splitter's
// headings and by the resolvers of years, periods and modality.

/** A year in words, each digit a character: 二〇二五, 一九八二. */
export const YEAR_IN_WORDS = '[一二][〇零○Ｏ一二三四五六七八九]{3}';
/** A year as written in a title, a date or a sentence: 2025 or 二〇二五 (captured). */
export const WRITTEN_YEAR = `((?:19|20)\\d\\d|${YEAR_IN_WORDS})`;
const DIGITS = '〇一二三四五六七八九';

/** 2025 → 2025; 二〇二五 → 2025 (digit by digit, 零/○ as 〇). */
export function yearOf(written: string): number | null {
  if (/^\d{4}$/.test(written)) return Number(written);
  const digits = [...written.replace(/[零○Ｏ]/g, '〇')].map((ch) => DIGITS.indexOf(ch));
  if (digits.length !== 4 || digits.some((d) => d < 0)) return null;
  const n = Number(digits.join(''));
  return n >= 1900 && n < 2100 ? n : null;
}
