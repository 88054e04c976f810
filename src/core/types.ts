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
  /** What is measured, as an id of the metric table (gdp, cpi…), or null (see lexicon/metrics.ts). */
  metric: string | null;
  /** The years the figure covers (../shared/claims-spec.md § Period), or null when unknown. */
  period: Period | null;
  /** The number and its unit as written. */
  text: string;
  span: Span;
  /** 1-based physical line of span.start. */
  line: number;
  sentence: string;
}

/**
 * The time a figure covers: one year ({from: 2024, to: 2024}), several (a five-year review,
 * 十四五期间), a yearly average over them (年均增长7.1%: `average`), or a change since a base
 * year (比2020年增长: `base` 2020, from 2021).
 */
export interface Period {
  from: number;
  to: number;
  average?: true;
  base?: number;
}

/**
 * One entry of the metric table: the same figure under one id across reports and years.
 * A claim takes the metric when its indicator names it (an alias, after the light
 * normalisation of resolve/metric.ts) and its kind and unit are ones the metric takes.
 */
export interface MetricDefinition {
  /** Lowercase ASCII id: gdp, cpi, new_urban_jobs. */
  id: string;
  /** The Chinese name printed for people: 地区生产总值. */
  name: string;
  /** Names and phrasings reports use, matched as the indicator's end: 国内生产总值, 经济增长, GDP. */
  aliases: readonly string[];
  /** The kinds it takes: gdp is an amount or a change, cpi a change, a rate a ratio. */
  kinds: readonly ClaimKind[];
  /** The canonical units it takes (元, %, 人…). */
  units: readonly string[];
  /** A ceiling rather than a floor: 失业率, 物价, 能耗 (a target is met at or below it). */
  lowerIsBetter: boolean;
  sector: SectorId;
}

/** A part of the report (review of the past year, plan for the next, glossary…). */
export type SectionRole = 'preamble' | 'review' | 'plan' | 'glossary';

/**
 * The time a part of the report speaks of: the year reviewed, the five years reviewed at the
 * end of a government's term (过去五年工作回顾), the year planned, or the five years planned.
 */
export type ReportPart = 'year-review' | 'five-year-review' | 'year-plan' | 'five-year-plan';

export interface Sentence {
  span: Span;
  text: string;
  line: number;
  role: SectionRole;
  /** The part of the report it sits in, when a heading or an opening cue said (null in a preamble or glossary). */
  part: ReportPart | null;
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
  /** A part of a whole written with colons (11.8∶48.3∶39.9): its place, the parts, where the chain starts. */
  share?: { index: number; of: number; chainStart: number };
}

/** Word segmentation with part-of-speech tags (nodejieba outside the core). */
export interface TaggedWord {
  word: string;
  tag: string;
}
export interface Segmenter {
  /** The words of `text`, tagged; the array may be shared with other calls (a cache): read only. */
  tag(text: string): readonly TaggedWord[];
}

export interface ExtractOptions {
  /** Segmenter used to cut indicator phrases; without one, rules alone cut them. */
  segmenter?: Segmenter;
  /** The metric table (default: lexicon/metrics.ts; `--metrics FILE` extends it). */
  metrics?: readonly MetricDefinition[];
  /**
   * The year of the report: the year it is delivered in and plans (2025 for a report that
   * reviews 2024). Default: read from the text (its title, date, session or part headings).
   */
  year?: number;
}

export interface ExtractResult {
  claims: Claim[];
  sentences: number;
}
