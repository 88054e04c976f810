// The data model of zhibiao's core. See ../shared/claims-spec.md for the contract.
// Every span in the project is half-open [start, end) in UTF-16 code units.

export interface Span {
  start: number;
  end: number;
}

export const CLAIM_KINDS = ['amount', 'change', 'ratio', 'gap', 'rank'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const QUALIFIERS = ['ge', 'le', 'gt', 'approx'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const MODALITIES = ['actual', 'target'] as const;
export type Modality = (typeof MODALITIES)[number];

export const SECTOR_IDS = [
  'macro', 'industry', 'investment', 'fiscal', 'consumption', 'income', 'tourism', 'energy',
  'agriculture', 'rural', 'ecology', 'transport', 'urban', 'education', 'technology', 'health',
  'social', 'safety', 'governance',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

/** One numeric claim: a number the report asserts, resolved to its meaning. */
export interface Claim {
  kind: ClaimKind;
  value: number;
  /** High end of a range (`增长6%－6.5%` → value 6, high 6.5). */
  high?: number;
  unit: string;
  qualifier: Qualifier | null;
  modality: Modality;
  indicator: string;
  sector: SectorId;
  /** The number and its unit as written. */
  text: string;
  span: Span;
  /** 1-based physical line of span.start. */
  line: number;
  sentence: string;
}

/** A part of the report (review of the past year, plan for the next, glossary…). */
export type SectionRole = 'preamble' | 'review' | 'plan' | 'glossary';

export interface Sentence {
  span: Span;
  text: string;
  line: number;
  role: SectionRole;
  /** Start of the paragraph (physical line) that holds the sentence. */
  paragraphStart: number;
}

/**
 * A number found in the text, before its meaning is resolved.
 * `value` is already normalised for the multiplier (亿, 万…).
 */
export interface Mention {
  span: Span;
  value: number;
  high?: number;
  /** Canonical unit, or '' when the text gives none (`30.2万农村居民`). */
  unit: string;
  /** The rule that found it; shown in debugging output and tests. */
  rule: string;
  /** A kind fixed by the form itself (`第一` is a rank, `百分之百` a ratio…). */
  kind?: ClaimKind;
  /** A qualifier fixed by the form itself (`500多亿` → gt). */
  qualifier?: Qualifier;
  /** Sign fixed by the form (rank moves). */
  sign?: 1 | -1;
}

/** Word segmentation with part-of-speech tags (nodejieba outside the core). */
export interface TaggedWord {
  word: string;
  tag: string;
}
export interface Segmenter {
  tag(text: string): TaggedWord[];
}

export interface ExtractOptions {
  /** Segmenter used to cut indicator phrases; without one, rules alone cut them. */
  segmenter?: Segmenter;
}

export interface ExtractResult {
  claims: Claim[];
  sentences: number;
}
