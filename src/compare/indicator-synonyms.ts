// The names one indicator goes by across reports and years, so that a target set as
// 规模以上工业增加值 finds the outcome reported as 规上工业增加值 a year later. One source of
// truth: the metric table of the core (../core/lexicon/metrics.ts); this is its view by name.
// `key` is the metric's Chinese name; `lowerIsBetter` marks ceilings (失业率, 物价, 能耗).
import { METRICS } from '../core/lexicon/metrics.js';

export interface IndicatorSynonyms {
  key: string;
  aliases: readonly string[];
  lowerIsBetter?: boolean;
}

export const INDICATOR_SYNONYMS: readonly IndicatorSynonyms[] = METRICS.map((m) => ({ key: m.name, aliases: m.aliases, lowerIsBetter: m.lowerIsBetter }));
