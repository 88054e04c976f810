// Indicator names → one key per indicator, so that the same figure is found across reports.
// Light normalisation first (quotes, spaces, scope words, a leading 新增), then the synonym
// lexicon: 全社会固定资产投资 → 固定资产投资; “规上”工业增加值 → 规模以上工业增加值.
import { INDICATOR_SYNONYMS, type IndicatorSynonyms } from '../compare/indicator-synonyms.js';

// 全州地区生产总值 → 地区生产总值: the report's own scope adds nothing to the indicator.
const SCOPE_PREFIX = /^(?:全(?:国|省|区|市|州|县|盟|旗)|我(?:国|省|区|市|州|县)|本(?:省|市|州|县)|全年|今年|上年|去年)/;
// 新增城镇就业 → 城镇就业 (the synonym lexicon knows it as 城镇新增就业).
const NEW_PREFIX = /^新增/;
// Quotes, brackets around a whole name, and spaces: “社零” → 社零.
const DECORATION = /[“”"‘’'《》「」\s]/g;

/** The light normalisation alone: 全州“规上”工业增加值 → 规上工业增加值. ASCII upper-cased (gdp → GDP). */
export function lightNormalize(indicator: string): string {
  let s = indicator.normalize('NFKC').replace(DECORATION, '').replace(/[a-z]/g, (ch) => ch.toUpperCase());
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(SCOPE_PREFIX, '').replace(NEW_PREFIX, '');
  }
  return s;
}

const BY_NAME = new Map<string, IndicatorSynonyms>();
for (const entry of INDICATOR_SYNONYMS as readonly IndicatorSynonyms[]) {
  for (const name of [entry.key, ...entry.aliases]) BY_NAME.set(lightNormalize(name), entry);
}

/** The key an indicator is matched on: 规上工业增加值 → 规模以上工业增加值; an unknown name, normalised. */
export function indicatorKey(indicator: string): string {
  const light = lightNormalize(indicator);
  return BY_NAME.get(light)?.key ?? light;
}

/** Whether less is better for this indicator (失业率, 居民消费价格指数, 能耗), by the lexicon or its name. */
export function isLowerBetter(key: string): boolean {
  const entry = BY_NAME.get(lightNormalize(key));
  if (entry) return entry.lowerIsBetter === true;
  return /失业率|价格|能耗|排放|事故|死亡率|发生率|负债率/.test(key);
}
