// The background of ./keywords.ts: in how many of a set of government work reports each word
// occurs, shipped as data (data/background-df.json, built by scripts/build-background.mjs from
// the 41 reports of ../shared/corpus and ../shared/corpus-dev; words in a single report left out).
import { readFileSync } from 'node:fs';
import type { Background } from './keywords.js';

// data/ at the package root: two levels up from src/segment and from dist/segment alike
const FILE = new URL('../../data/background-df.json', import.meta.url);

let background: Background | null = null;

export function reportBackground(): Background {
  background ??= JSON.parse(readFileSync(FILE, 'utf8')) as Background;
  return background;
}
