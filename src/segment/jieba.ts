// nodejieba behind the core's Segmenter interface. The dictionary is loaded on the first
// call only, so commands that never segment never pay for it.
import { createRequire } from 'node:module';
import type { Segmenter, TaggedWord } from '../core/types.js';

interface NodeJieba {
  tag(text: string): TaggedWord[];
  cut(text: string): string[];
  extract(text: string, topN: number): { word: string; weight: number }[];
}

let jieba: NodeJieba | null = null;

function load(): NodeJieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    jieba = require('nodejieba') as NodeJieba;
  }
  return jieba;
}

export const jiebaSegmenter: Segmenter = {
  tag: (text) => (text ? load().tag(text) : []),
};

export function cutWords(text: string): string[] {
  return text ? load().cut(text) : [];
}

export function topKeywords(text: string, n: number): { word: string; weight: number }[] {
  return text ? load().extract(text, n) : [];
}
