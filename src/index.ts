// zhibiao's library API: `import { extract } from 'zhibiao'`.
import { extractClaims } from './core/extract.js';
import type { ExtractOptions, ExtractResult } from './core/types.js';
import { jiebaSegmenter } from './segment/jieba.js';

export * from './core/types.js';
export { extractClaims } from './core/extract.js';

/** Extracts every numeric claim from a report's text, with nodejieba cutting indicator phrases. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return extractClaims(clean, { segmenter: jiebaSegmenter, ...options });
}
