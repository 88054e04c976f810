// nodejieba behind the core's Segmenter interface. Nothing is loaded until the first call.
// Two dictionaries: a trimmed one (built by scripts/build-dict.mjs, ~85 ms to load) for
// cutting indicator phrases, and the full one (~0.6 s) for keyword queries and TF-IDF.
// nodejieba holds one dictionary per process: once the full one is loaded, it serves both.
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

type Loaded = 'none' | 'small' | 'full';
let jieba: NodeJieba | null = null;
let loaded: Loaded = 'none';

const smallDictDir = new URL('../dict/', import.meta.url).pathname;

function module(): NodeJieba {
  if (!jieba) jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  return jieba;
}

/** The trimmed dictionary when it was built, else the full one. */
function forTagging(): NodeJieba {
  const j = module();
  if (loaded === 'none') {
    const dict = `${smallDictDir}jieba.small.utf8`;
    if (existsSync(dict)) {
      j.load({
        dict,
        hmmDict: j.DEFAULT_HMM_DICT,
        userDict: j.DEFAULT_USER_DICT,
        idfDict: `${smallDictDir}idf.tiny.utf8`,
        stopWordDict: `${smallDictDir}stop.tiny.utf8`,
      });
      loaded = 'small';
    } else {
      j.load();
      loaded = 'full';
    }
  }
  return j;
}

/** The full dictionary, with idf and stop words, for keyword matching and extraction. */
function forKeywords(): NodeJieba {
  const j = module();
  if (loaded !== 'full') {
    j.load();
    loaded = 'full';
  }
  return j;
}

export const jiebaSegmenter: Segmenter = {
  tag: (text) => (text ? forTagging().tag(text) : []),
};

export function cutWords(text: string): string[] {
  return text ? forKeywords().cut(text) : [];
}

/** The dictionary words inside a text, overlapping (新能源 → 能源, 新能源): whole-word `--keyword` matching. */
export function cutForSearch(text: string): string[] {
  return text ? forKeywords().cutForSearch(text) : [];
}

export function topKeywords(text: string, n: number): { word: string; weight: number }[] {
  return text ? forKeywords().extract(text, n) : [];
}
