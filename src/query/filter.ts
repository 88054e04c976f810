// Pure claim queries: `(claims, query) → claims`. No I/O, no process, no segmenter of its own:
// keyword matching gets its word boundaries injected, so `zhibiao extract` and a later
// `zhibiao query --db` share one definition of what `--sector energy --min 1e9` means.
import type { Claim, ClaimKind, Modality, SectorId } from '../core/types.js';
import type { TextPattern } from './user-regex.js';
import { regionKey, type DocumentIdentity } from '../identity/identify.js';
import type { Level } from '../identity/places.js';

/** A claim with the document it came from (the NDJSON row, and what every printer shows). */
export interface DocumentClaim extends Claim {
  document: string;
}

/**
 * Where `--keyword` looks: the claim's indicator (what the number measures: 研发投入 finds the
 * R&D figures only), or also its whole sentence (`--keyword-in sentence`: every figure said
 * in the same breath, e.g. the GDP and CPI targets of a long goals sentence).
 */
export const KEYWORD_SCOPES = ['indicator', 'sentence'] as const;
export type KeywordScope = (typeof KEYWORD_SCOPES)[number];

/** Every condition is optional; the conditions that are set must all hold (AND); lists match any (OR). */
export interface ClaimQuery {
  sectors?: readonly SectorId[];
  /** Metric ids (gdp, cpi…): claims that measure one of them. */
  metrics?: readonly string[];
  kinds?: readonly ClaimKind[];
  modalities?: readonly Modality[];
  /** Canonical units (元, %, 百分点, 人次…), as in the claim's `unit`. */
  units?: readonly string[];
  /** Whole words of the indicator (`能源` finds 清洁能源装机, `源` does not). */
  keywords?: readonly string[];
  /** `sentence`: keywords match the indicator or the sentence. Default `indicator`. */
  keywordIn?: KeywordScope;
  /** Bounds on the normalised `value`, inclusive. */
  min?: number;
  max?: number;
  /** Tested against the indicator. */
  indicator?: TextPattern;
}

/** Which documents: by the government and year their identity gives (query --db, panel). */
export interface DocumentQuery {
  /** 甘孜州, 甘孜藏族自治州 (same key) or a prefix such as 甘孜. */
  regions?: readonly string[];
  levels?: readonly Level[];
  years?: readonly number[];
}

/** Whether a document's identity passes the query (as the index's SQL conditions mean it). */
export function documentMatches(id: DocumentIdentity, query: DocumentQuery): boolean {
  if (query.levels?.length && !(id.level && query.levels.includes(id.level))) return false;
  if (query.years?.length && !(id.year !== null && query.years.includes(id.year))) return false;
  if (query.regions?.length) {
    const region = id.region;
    if (!region) return false;
    const key = regionKey(region);
    return query.regions.some((r) => key === regionKey(r) || region === r || key.startsWith(r));
  }
  return true;
}

/** The words of a text: where the words of one segmentation start and end, and every word met. */
export interface TextWords {
  /** UTF-16 offsets where a word of the text's cut starts or ends (0 and text.length included). */
  boundaries: ReadonlySet<number>;
  /** The cut's words and the dictionary words inside them (清洁能源 → 能源), ASCII lower-cased. */
  words: ReadonlySet<string>;
}
export type WordIndex = (text: string) => TextWords;

export interface QueryDeps {
  /** Needed only when the query has keywords; the CLI passes nodejieba's (see ./words.ts). */
  wordIndex?: WordIndex;
}

export function filterClaims<C extends Claim>(claims: readonly C[], query: ClaimQuery, deps: QueryDeps = {}): C[] {
  const tests = claimTests(query, deps);
  return claims.filter((c) => tests.every((test) => test(c)));
}

/** True when the query restricts nothing (every claim passes). */
export function isEmptyQuery(query: ClaimQuery): boolean {
  return claimTests(query, {}).length === 0;
}

type ClaimTest = (c: Claim) => boolean;

// One small test per condition that is set, so an empty query costs nothing.
function claimTests(query: ClaimQuery, deps: QueryDeps): ClaimTest[] {
  const tests: ClaimTest[] = [];
  const oneOf = <T>(list: readonly T[] | undefined, get: (c: Claim) => T) => {
    if (list?.length) tests.push((c) => list.includes(get(c)));
  };
  oneOf(query.sectors, (c) => c.sector);
  oneOf<string | null>(query.metrics, (c) => c.metric);
  oneOf(query.kinds, (c) => c.kind);
  oneOf(query.modalities, (c) => c.modality);
  oneOf(query.units, (c) => c.unit);
  if (query.min !== undefined) tests.push((c) => c.value >= query.min!);
  if (query.max !== undefined) tests.push((c) => c.value <= query.max!);
  if (query.indicator) {
    const pattern = query.indicator;
    tests.push((c) => {
      pattern.lastIndex = 0; // a /g or /y pattern keeps state between calls; start afresh
      return pattern.test(c.indicator);
    });
  }
  if (query.keywords?.length) {
    const index = deps.wordIndex;
    if (!index) throw new Error('a keyword query needs a wordIndex');
    const keywords = query.keywords;
    const wide = query.keywordIn === 'sentence';
    tests.push((c) => keywords.some((k) => hasWholeWord(c.indicator, k, index) || (wide && hasWholeWord(c.sentence, k, index))));
  }
  return tests;
}

/**
 * Whether `word` is a whole word of `text`: one of its words (能源 in 新能源, from the
 * dictionary words inside it), or a run of whole words of its cut (清洁能源装机 in
 * 清洁|能源|装机|达到). 源 is neither in 水源地 nor in 能源.
 */
export function hasWholeWord(text: string, word: string, index: WordIndex): boolean {
  const haystack = foldAscii(text);
  const needle = foldAscii(word);
  let at = needle ? haystack.indexOf(needle) : -1;
  if (at < 0) return false;
  const { boundaries, words } = index(text);
  if (words.has(needle)) return true;
  for (; at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (boundaries.has(at) && boundaries.has(at + needle.length)) return true;
  }
  return false;
}

// ASCII case only, so offsets stay the same (`5g` finds 5G基站).
export function foldAscii(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}
