// The words of a text for `--keyword`, from a segmenter's cut (pure: the cutter is passed in).
// A plain cut keeps compounds whole (新能源), so the dictionary words inside each word (the
// search-engine cut: 新能源 → 能源) count as words too — but only as whole words: their edges
// are not mixed with the cut's, or the overlapping 水源|源地 of 水源地 would make 源 a word.
// e.g. 清洁能源装机 → |清洁|能源|装机|, words 清洁 能源 装机; 新能源 → words 新能源 能源.
import { foldAscii, type TextWords, type WordIndex } from './filter.js';

export interface WordCutter {
  /** The words of a text in order; together they spell the text. */
  cut(text: string): string[];
  /** The dictionary words inside one word (nodejieba's cutForSearch: 新能源 → 能源, 新能源). */
  subwords(word: string): string[];
}

export function makeWordIndex(cutter: WordCutter): WordIndex {
  const cache = new Map<string, TextWords>(); // the claims of one sentence share its cut
  return (text) => {
    let words = cache.get(text);
    if (!words) {
      words = wordsOf(text, cutter);
      cache.set(text, words);
    }
    return words;
  };
}

function wordsOf(text: string, cutter: WordCutter): TextWords {
  const boundaries = new Set<number>([0, text.length]);
  const words = new Set<string>();
  let at = 0;
  for (const word of cutter.cut(text)) {
    const start = text.indexOf(word, at); // robust if the cutter dropped whitespace
    if (start < 0) continue;
    boundaries.add(start).add(start + word.length);
    words.add(foldAscii(word));
    if (word.length > 2) for (const sub of cutter.subwords(word)) words.add(foldAscii(sub));
    at = start + word.length;
  }
  return { boundaries, words };
}
