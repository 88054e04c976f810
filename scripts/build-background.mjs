#!/usr/bin/env node
// Builds data/background-df.json, the background of `zhibiao summary`'s keywords: for each word
// (as zhibiao cuts it: the trimmed dictionary plus jieba's HMM), in how many reports it occurs.
// Source: every .txt of ../shared/corpus and ../shared/corpus-dev (41 government work reports,
// 2020–2025, provinces, cities and prefectures). Words of one report only are left out: a word
// absent from the table counts as in none, which weighs almost the same and keeps the file small.
// Run after `npm run build`, when the word list or the corpus changes: node scripts/build-background.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cutNewWords } from '../dist/segment/jieba.js';

const root = new URL('..', import.meta.url).pathname;
const dirs = ['corpus', 'corpus-dev'].map((d) => join(root, '..', 'shared', d));
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
const candidate = /^\p{Script=Han}{2,}$/u;
const df = new Map();
for (const file of files) {
  const words = new Set(cutNewWords(readFileSync(file, 'utf8')).filter((w) => candidate.test(w)));
  for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
}
const byName = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);
// Words that say how, when or how much, not what: no keyword whatever their weight (针对, 如今,
// 一半, 其中). Their part of speech is the dictionary's: prepositions, conjunctions, particles,
// pronouns, numerals, time and direction words, measure words.
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'uv', 'ud', 'ug', 'r', 'rr', 'rz', 'm', 'mq', 't', 'tg', 'f', 'q', 'y', 'e', 'o', 'ad']);
const tags = new Map(readFileSync(join(root, 'dist', 'dict', 'jieba.small.utf8'), 'utf8').split('\n').map((line) => line.split(' ')).map(([word, , tag]) => [word, tag]));
const functionWords = [...df.keys()].filter((word) => FUNCTION_TAGS.has(tags.get(word))).sort();
const kept = [...df].filter(([word, n]) => n >= 2 && !FUNCTION_TAGS.has(tags.get(word))).sort(byName);
const out = { documents: files.length, df: Object.fromEntries(kept), functionWords };
writeFileSync(join(root, 'data', 'background-df.json'), `${JSON.stringify(out)}\n`);
console.log(`data/background-df.json: ${kept.length} of ${df.size} words, ${functionWords.length} function words, from ${files.length} reports`);
