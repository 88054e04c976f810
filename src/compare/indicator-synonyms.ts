// Typed data: the names one indicator goes by across reports and years, so that a target set
// as 规模以上工业增加值 finds the outcome reported as 规上工业增加值 a year later.
// Each entry's `key` is the name printed; `aliases` are matched after the light normalisation
// of ./normalize.ts (scope words such as 全州/全省 and a leading 新增 are dropped first).
// `lowerIsBetter` marks ceilings (失业率, 物价): an ≈ target is met below it, not above.

export interface IndicatorSynonyms {
  key: string;
  aliases: readonly string[];
  lowerIsBetter?: boolean;
}

export const INDICATOR_SYNONYMS = [
  // 地区生产总值增长7% · 国内生产总值增长5%左右 · 经济总量达到64697亿元 · GDP
  { key: '地区生产总值', aliases: ['GDP', '生产总值', '国内生产总值', '经济总量', '地区生产总值（GDP）', '地区生产总值(GDP)', '经济增长', '经济增速'] },
  // 规模以上工业增加值增长8.5% · 规上工业增加值增长12%
  { key: '规模以上工业增加值', aliases: ['规上工业增加值', '规模以上工业企业增加值', '规上工业企业增加值'] },
  // 固定资产投资增长7% · 全社会固定资产投资增长10.4%
  { key: '固定资产投资', aliases: ['全社会固定资产投资', '固投', '固定资产投资额'] },
  // 社会消费品零售总额增长7.5% · 社零
  { key: '社会消费品零售总额', aliases: ['社零', '社零额', '社会消费品零售额', '社会消费品零售总额增速'] },
  // 地方一般公共预算收入增长8.5% · 一般公共预算收入 · 地方公共财政收入
  { key: '一般公共预算收入', aliases: ['地方一般公共预算收入', '一般预算收入', '地方一般预算收入', '地方公共财政收入', '公共财政预算收入', '地方财政一般公共预算收入'] },
  { key: '一般公共预算支出', aliases: ['地方一般公共预算支出', '公共财政预算支出'] },
  // 城镇居民人均可支配收入增长5% · 城镇常住居民人均可支配收入
  { key: '城镇居民人均可支配收入', aliases: ['城镇常住居民人均可支配收入', '城镇居民收入'] },
  { key: '农村居民人均可支配收入', aliases: ['农村常住居民人均可支配收入', '农民人均可支配收入', '农村居民收入', '农民收入'] },
  { key: '居民人均可支配收入', aliases: ['全体居民人均可支配收入', '城乡居民人均可支配收入', '常住居民人均可支配收入'] },
  // 城镇登记失业率控制在4.2%以内
  { key: '城镇登记失业率', aliases: ['登记失业率'], lowerIsBetter: true },
  { key: '城镇调查失业率', aliases: ['调查失业率'], lowerIsBetter: true },
  // 居民消费价格指数涨幅控制在3.8%以内 · 居民消费价格涨幅3%左右 · CPI
  { key: '居民消费价格指数', aliases: ['居民消费价格', '居民消费价格涨幅', '居民消费价格指数涨幅', 'CPI', '物价涨幅', '物价'], lowerIsBetter: true },
  { key: '进出口总额', aliases: ['外贸进出口总额', '货物进出口总额', '外贸进出口', '进出口', '货物贸易进出口'] },
  { key: '城镇新增就业', aliases: ['新增城镇就业', '城镇新增就业人数', '城镇就业'] },
  { key: '粮食产量', aliases: ['粮食总产量'] },
  { key: '单位地区生产总值能耗', aliases: ['单位GDP能耗', '万元GDP能耗', '万元地区生产总值能耗', '单位国内生产总值能耗', '单位生产总值能耗'], lowerIsBetter: true },
  { key: '研发经费投入强度', aliases: ['R&D经费投入强度', '全社会研发经费投入强度', '研究与试验发展经费投入强度'] },
  { key: '服务业增加值', aliases: ['第三产业增加值'] },
  { key: '旅游综合收入', aliases: ['旅游收入', '旅游总收入'] },
  { key: '接待游客', aliases: ['游客接待量', '接待游客人次', '游客'] },
] as const satisfies readonly IndicatorSynonyms[];
