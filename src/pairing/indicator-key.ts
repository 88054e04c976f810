// Indicator names → one key per indicator, so that the same figure is found across reports.
// Light normalisation first (quotes, spaces, scope words, a leading 新增), then the names of the
// metric table: 全社会固定资产投资 → 固定资产投资; “规上”工业增加值 → 规模以上工业增加值.
import { METRICS } from '../core/lexicon/metrics.js';

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

// The metric table is the one list of names (its aliases); an indicator it names is keyed by
// the metric's Chinese name, even on a claim whose kind or unit the metric does not take.
const BY_NAME = new Map<string, string>();
for (const metric of METRICS) {
  for (const name of [metric.name, ...metric.aliases]) BY_NAME.set(lightNormalize(name), metric.name);
}

/** The key an indicator is matched on: 规上工业增加值 → 规模以上工业增加值; an unknown name, normalised. */
export function indicatorKey(indicator: string): string {
  const light = lightNormalize(indicator);
  return BY_NAME.get(light) ?? light;
}
