#!/usr/bin/env node
// Build step: a trimmed nodejieba dictionary for cutting indicator phrases.
// The full dictionary (349k words) costs ~0.6 s to load; the 45k most frequent words load
// in ~65 ms and give the same gold scores as 60k or all of them (30k loses 0.2 points of
// indicator accuracy on ganzi-2024): see README, Speed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const KEEP = 45000;
const require = createRequire(import.meta.url);
const dictDir = dirname(require('nodejieba').DEFAULT_DICT);
const out = new URL('../dist/dict/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const rows = readFileSync(join(dictDir, 'jieba.dict.utf8'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => ({ line, freq: Number(line.split(' ')[1]) || 0 }));
rows.sort((a, b) => b.freq - a.freq);
writeFileSync(join(out, 'jieba.small.utf8'), `${rows.slice(0, KEEP).map((r) => r.line).join('\n')}\n`);
// keyword extraction is not used with this dictionary: one-line idf and stop-word files
// (nodejieba asserts that neither is empty)
writeFileSync(join(out, 'idf.tiny.utf8'), '的 1.0\n');
writeFileSync(join(out, 'stop.tiny.utf8'), '的\n');
console.log(`dist/dict: ${KEEP} of ${rows.length} words`);
