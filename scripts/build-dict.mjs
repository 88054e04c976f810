#!/usr/bin/env node
// Build step: a trimmed nodejieba dictionary for cutting indicator phrases.
// Loading costs about 1.2 ms per thousand words (the full 349k: ~0.6 s). Kept: the 10k most
// frequent words, and those of the next 35k that occur in the 41 reports of ../shared
// (data/report-words.txt): ~16k words in all, ~35 ms to load (the 45k most frequent: ~70 ms). Government
// reports use a narrow vocabulary; a dictionary built from half of the reports in this way
// changed 14 of 3,992 claims of the other half against the 45k most frequent words, and no
// score of theirs went down (README, Speed).
//
//   node scripts/build-dict.mjs            writes dist/dict/ (run by `npm run build`)
//   node scripts/build-dict.mjs --words    rewrites data/report-words.txt from ../shared's reports
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const KEEP_TOP = 10000;
/** Report words are taken from the most frequent words only: rarer ones segment reports worse. */
const WORDS_FROM_TOP = 45000;
const require = createRequire(import.meta.url);
const dictDir = dirname(require('nodejieba').DEFAULT_DICT);
const root = new URL('..', import.meta.url).pathname;
const wordsFile = join(root, 'data', 'report-words.txt');

const rows = readFileSync(join(dictDir, 'jieba.dict.utf8'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => ({ line, word: line.split(' ')[0], freq: Number(line.split(' ')[1]) || 0 }));
rows.sort((a, b) => b.freq - a.freq);

if (process.argv.includes('--words')) {
  const dirs = ['corpus', 'corpus-dev'].map((d) => join(root, '..', 'shared', d)).filter(existsSync);
  if (!dirs.length) throw new Error('no ../shared/corpus or ../shared/corpus-dev to read words from');
  const text = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8'))).join('\n');
  const words = rows.slice(KEEP_TOP, WORDS_FROM_TOP).filter((r) => text.includes(r.word)).map((r) => r.word);
  writeFileSync(wordsFile, `${words.join('\n')}\n`);
  console.log(`data/report-words.txt: ${words.length} words of the dictionary occur in the reports`);
} else {
  const reportWords = new Set(readFileSync(wordsFile, 'utf8').split('\n').filter(Boolean));
  const kept = rows.filter((r, i) => i < KEEP_TOP || reportWords.has(r.word));
  const out = join(root, 'dist', 'dict');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'jieba.small.utf8'), `${kept.map((r) => r.line).join('\n')}\n`);
  // keyword extraction is not used with this dictionary: one-line idf and stop-word files
  // (nodejieba asserts that neither is empty)
  writeFileSync(join(out, 'idf.tiny.utf8'), '的 1.0\n');
  writeFileSync(join(out, 'stop.tiny.utf8'), '的\n');
  console.log(`dist/dict: ${kept.length} of ${rows.length} words`);
}
