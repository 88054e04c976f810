// The keywords that tell one report from others (pure): TF-IDF of the report's words against a
// background of how many other reports use each word (./background.ts). Words every report
// uses (建设 · 发展 · 推进) weigh nothing; the report's own places, industries and projects
// (甘孜 · 稻城亚丁 · 锂矿 for 甘孜州) weigh most.

/** How many background reports hold each word at least once. */
export interface Background {
  documents: number;
  df: Readonly<Record<string, number>>;
  /** Words that say how, when or how much (针对, 如今, 一半): never keywords. */
  functionWords?: readonly string[];
}

export interface Keyword {
  word: string;
  weight: number;
}

// A keyword candidate: two or more Chinese characters (no numbers, no punctuation, no single
// characters such as 年, 亿, 个). e.g. 光伏, 甘孜州; not 2024, not 、
const CANDIDATE = /^\p{Script=Han}{2,}$/u;

/**
 * The `n` words of highest weight, tf × idf with idf = ln((N + 1) / (df + 1)): a word in every
 * background report scores 0, one in none the most. Ties by first appearance.
 * Example: a report saying 锂矿 9 times (df 2 of 41) outweighs 发展 90 times (df 41).
 */
export function distinctiveKeywords(words: readonly string[], background: Background, n: number): Keyword[] {
  const counts = new Map<string, number>();
  const functionWords = new Set(background.functionWords);
  for (const word of words) if (CANDIDATE.test(word) && !functionWords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const idf = (word: string) => Math.log((background.documents + 1) / ((background.df[word] ?? 0) + 1));
  return [...counts]
    .map(([word, count]) => ({ word, weight: round((count / total) * idf(word)) }))
    .filter((k) => k.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, n);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
