// nodejieba behind the core's Segmenter interface. Nothing is loaded until the first call.
// The word list is a trimmed one (built by scripts/build-dict.mjs, ~65 ms to load, against
// ~0.6 s for the full 349k words); nodejieba holds one per process.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Segmenter, TaggedWord } from '../core/types.js';

interface NodeJieba {
  load(dict?: Record<string, string>): void;
  tag(text: string): TaggedWord[];
  cut(text: string): string[];
  cutForSearch(text: string): string[];
  extract(text: string, topN: number): { word: string; weight: number }[];
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
}

/** What is loaded: nothing yet, the dictionary alone, or the dictionary with idf weights. */
type Loaded = 'none' | 'words' | 'words+idf';
let jieba: NodeJieba | null = null;
let loaded: Loaded = 'none';

/** dist/dict beside the built module, or from the sources (tests run them directly). */
const smallDictDir = ['../dict/', '../../dist/dict/']
  .map((rel) => new URL(rel, import.meta.url).pathname)
  .find((dir) => existsSync(`${dir}jieba.small.utf8`));

function module(): NodeJieba {
  if (!jieba) jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  return jieba;
}

/**
 * One word list for extraction and keyword matching, so that a claim's indicator never
 * depends on which flag ran first: the trimmed list when it was built, else the full one.
 * TF-IDF keyword extraction loads the full list with its idf weights; only `summary` calls
 * it, once every document is extracted.
 */
function ready(needIdf: boolean): NodeJieba {
  const j = module();
  const want: Loaded = needIdf ? 'words+idf' : 'words';
  if (loaded === 'none' || (want === 'words+idf' && loaded !== want)) {
    const dictDir = j.DEFAULT_DICT.slice(0, j.DEFAULT_DICT.lastIndexOf('/') + 1);
    const light = !needIdf && smallDictDir;
    j.load({
      // TF-IDF keywords want every word (甘孜, not 甘/孜): the full list, loaded only by
      // `summary`, after it has extracted every document
      dict: smallDictDir && !needIdf ? `${smallDictDir}jieba.small.utf8` : j.DEFAULT_DICT,
      hmmDict: j.DEFAULT_HMM_DICT,
      userDict: j.DEFAULT_USER_DICT,
      idfDict: light ? `${smallDictDir}idf.tiny.utf8` : `${dictDir}idf.utf8`,
      stopWordDict: light ? `${smallDictDir}stop.tiny.utf8` : `${dictDir}stop_words.utf8`,
    });
    loaded = want;
  }
  return j;
}

/** The word list alone: tagging, cutting, keyword matching. */
const words = () => ready(false);

export const jiebaSegmenter: Segmenter = {
  tag: (text) => (text ? words().tag(text) : []),
};

export function cutWords(text: string): string[] {
  return text ? words().cut(text) : [];
}

/** The dictionary words inside a text, overlapping (新能源 → 能源, 新能源): whole-word `--keyword` matching. */
export function cutForSearch(text: string): string[] {
  return text ? words().cutForSearch(text) : [];
}

export function topKeywords(text: string, n: number): { word: string; weight: number }[] {
  return text ? ready(true).extract(text, n) : [];
}
