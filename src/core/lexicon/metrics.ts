// The metric table: the figures reports state again and again, each under one id across
// reports and years (../../../shared/claims-spec.md § Metric). Typed data, one source of truth
// for extraction, compare, query and panel.
//
// How an entry is matched (../resolve/metric.ts): the claim's indicator, lightly normalised
// (scope words such as 全省/全市/全州 dropped, 规上 read as 规模以上, a trailing 增速/增长/增幅
// dropped), must end with one of the entry's aliases, normalised the same way; the longest
// alias found wins, so 人均地区生产总值 is gdp_per_capita and not gdp. Then the claim's kind
// and unit must be ones the entry takes: cpi is a change in %, new_urban_jobs an amount in 人,
// a 失业率 a ratio in %. A share (占…比重) is never the metric of the whole it is a share of.
import type { MetricDefinition } from '../types.js';

/** Units of money: a value in 元, or in 美元 for trade and foreign investment. */
const MONEY = ['元', '美元'] as const;
/** A money figure: its level (amount), its growth in % or in money (比上年增加1800亿元). */
const MONEY_FIGURE = { kinds: ['amount', 'change'], units: [...MONEY, '%'] } as const;
/** A rate: its level (ratio) and its move in percentage points. */
const RATE = { kinds: ['ratio', 'change'], units: ['%', '百分点'] } as const;

export const METRICS = [
  // 地区生产总值达513.35亿元，增长6.2% · 经济增长5%左右 · 国内生产总值增长5.2% · GDP增长6%
  {
    id: 'gdp', name: '地区生产总值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'macro',
    aliases: ['地区生产总值', '国内生产总值', '生产总值', 'GDP', '经济总量', '经济增长', '经济增速', '全年经济增长', '经济规模', '经济增长速度', 'GDP增速', '经济总体'],
  },
  // 国民生产总值增长7.5%: the headline of the national reports of the 1980s and early 1990s
  {
    id: 'gnp', name: '国民生产总值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'macro',
    aliases: ['国民生产总值', 'GNP', '国民总收入'],
  },
  // 人均地区生产总值达到8.2万元
  {
    id: 'gdp_per_capita', name: '人均地区生产总值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'macro',
    aliases: ['人均地区生产总值', '人均国内生产总值', '人均生产总值', '人均GDP'],
  },
  // 第一产业增加值增长3.5%
  {
    id: 'value_added_primary', name: '第一产业增加值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'agriculture',
    aliases: ['第一产业增加值', '一产增加值', '农林牧渔业增加值'],
  },
  // 第二产业增加值增长7.1%
  {
    id: 'value_added_secondary', name: '第二产业增加值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'industry',
    aliases: ['第二产业增加值', '二产增加值'],
  },
  // 服务业增加值增长6.5% · 第三产业增加值
  {
    id: 'value_added_tertiary', name: '第三产业增加值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'macro',
    aliases: ['第三产业增加值', '三产增加值', '服务业增加值'],
  },
  // 规上工业增加值增长12% · 规模以上工业增加值 (not 规上工业企业: a count of firms)
  {
    id: 'industrial_value_added', name: '规模以上工业增加值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'industry',
    aliases: ['规模以上工业增加值', '规上工业增加值', '规模以上工业企业增加值', '规上工业企业增加值', '规模工业增加值'],
  },
  // 全部工业增加值增长6.8% · 工业增加值
  {
    id: 'industry_value_added', name: '工业增加值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'industry',
    aliases: ['工业增加值', '全部工业增加值'],
  },
  // 固定资产投资增长7% · 全社会固定资产投资
  {
    id: 'fixed_investment', name: '固定资产投资', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'investment',
    aliases: ['固定资产投资', '全社会固定资产投资', '固定资产投资额', '固投', '全社会投资', '规模以上固定资产投资', '500万元以上固定资产投资'],
  },
  // 社会消费品零售总额增长7.5% · 社零
  {
    id: 'retail_sales', name: '社会消费品零售总额', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'consumption',
    aliases: ['社会消费品零售总额', '社会消费品零售额', '社零', '社零额', '社零总额'],
  },
  // 进出口总额增长5% · 外贸进出口 · 货物进出口总额
  {
    id: 'foreign_trade', name: '进出口总额', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'consumption',
    aliases: ['进出口总额', '外贸进出口总额', '货物进出口总额', '外贸进出口', '货物进出口', '货物贸易进出口', '进出口', '对外贸易', '外贸'],
  },
  // 出口增长8% · 外贸出口
  {
    id: 'exports', name: '出口', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'consumption',
    aliases: ['出口', '出口总额', '外贸出口', '货物出口', '出口额'],
  },
  // 实际使用外资88.3亿美元
  {
    id: 'fdi', name: '实际使用外资', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'investment',
    aliases: ['实际使用外资', '实际利用外资', '实际使用外资金额', '外商直接投资', '实际到位外资', '利用外资'],
  },
  // 一般公共预算收入增长8.5% · 地方一般公共预算收入 · 地方公共财政收入 (not 财政收入 alone: a
  // local report's 财政收入 is the total, 一般公共预算收入 with the fund and other revenues)
  {
    id: 'fiscal_revenue', name: '一般公共预算收入', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    aliases: [
      '一般公共预算收入', '地方一般公共预算收入', '一般预算收入', '地方一般预算收入', '地方公共财政收入', '公共财政预算收入',
      '公共财政收入', '地方财政一般公共预算收入', '一般公共预算收入总量', '全口径一般公共预算收入', '地方级一般公共预算收入', '地方公共财政预算收入'],
  },
  // 税收收入增长6% · 税收占一般公共预算收入比重 is a share, not this
  {
    id: 'tax_revenue', name: '税收收入', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    aliases: ['税收收入', '地方税收收入', '税收'],
  },
  // 一般公共预算支出增长4%
  {
    id: 'fiscal_expenditure', name: '一般公共预算支出', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    aliases: ['一般公共预算支出', '地方一般公共预算支出', '公共财政预算支出', '公共财政支出', '一般预算支出', '财政支出'],
  },
  // 赤字率拟按3%左右安排
  {
    id: 'deficit_ratio', name: '赤字率', kinds: ['ratio', 'change'], units: ['%', '百分点'], lowerIsBetter: false, sector: 'fiscal',
    aliases: ['赤字率', '财政赤字率'],
  },
  // 拟安排地方政府专项债券4.4万亿元
  {
    id: 'special_bonds', name: '地方政府专项债券', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    aliases: ['地方政府专项债券', '专项债券', '专项债', '新增专项债券', '地方专项债券', '政府专项债券', '地方政府专项债券额度', '专项债券额度', '新增专项债券额度', '新增地方政府专项债券'],
  },
  // 居民人均可支配收入增长5.3% · 全体居民人均可支配收入
  {
    id: 'income', name: '居民人均可支配收入', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'income',
    aliases: ['居民人均可支配收入', '全体居民人均可支配收入', '全体居民收入', '居民收入', '人均可支配收入', '常住居民人均可支配收入', '全体常住居民人均可支配收入'],
  },
  // 城镇居民人均可支配收入增长4.6% · 城镇常住居民人均可支配收入
  {
    id: 'income_urban', name: '城镇居民人均可支配收入', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'income',
    aliases: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城镇居民收入', '城镇常住居民收入', '城市居民人均可支配收入'],
  },
  // 农村居民人均可支配收入增长7.7% · 农民人均可支配收入
  {
    id: 'income_rural', name: '农村居民人均可支配收入', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'income',
    aliases: [
      '农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入', '农村居民收入', '农民收入', '农村常住居民收入',
      '农牧民人均可支配收入', '农村牧区常住居民人均可支配收入', '农牧区居民人均可支配收入', '农村牧区居民人均可支配收入',
    ],
  },
  // 居民消费价格涨幅3%左右 · 居民消费价格指数控制在2%以内 · CPI
  {
    id: 'cpi', name: '居民消费价格指数', kinds: ['change'], units: ['%'], lowerIsBetter: true, sector: 'income',
    aliases: ['居民消费价格', '居民消费价格指数', '居民消费价格总水平', '消费价格', '物价', '物价总水平', 'CPI', '居民消费品价格', '价格总水平', 'CPI涨幅', '居民消费价格总指数'],
  },
  // 城镇新增就业106万人 · 新增城镇就业
  {
    id: 'new_urban_jobs', name: '城镇新增就业', kinds: ['amount'], units: ['人'], lowerIsBetter: false, sector: 'income',
    aliases: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数', '新增城镇就业人数', '城镇就业', '城镇新增就业人员', '新增就业'],
  },
  // 城镇调查失业率5.5%左右
  {
    id: 'unemployment_surveyed', name: '城镇调查失业率', ...RATE, lowerIsBetter: true, sector: 'income',
    aliases: ['城镇调查失业率', '调查失业率', '城镇调查失业率平均值', '全国城镇调查失业率'],
  },
  // 城镇登记失业率控制在4.2%以内
  {
    id: 'unemployment_registered', name: '城镇登记失业率', ...RATE, lowerIsBetter: true, sector: 'income',
    aliases: ['城镇登记失业率', '登记失业率'],
  },
  // 粮食产量1.3万亿斤以上 · 粮食总产量
  {
    id: 'grain_output', name: '粮食产量', kinds: ['amount', 'change'], units: ['斤', '吨', '公斤', '%'], lowerIsBetter: false, sector: 'agriculture',
    aliases: ['粮食产量', '粮食总产量', '粮食总产', '粮食生产', '粮食'],
  },
  // 单位国内生产总值能耗降低2.5%左右
  {
    id: 'energy_intensity', name: '单位地区生产总值能耗', kinds: ['change', 'amount'], units: ['%', '吨标准煤'], lowerIsBetter: true, sector: 'ecology',
    aliases: [
      '单位地区生产总值能耗', '单位国内生产总值能耗', '单位生产总值能耗', '单位GDP能耗', '万元GDP能耗', '万元地区生产总值能耗',
      '万元生产总值能耗', '单位地区生产总值能源消耗', '单位国内生产总值能源消耗', '能耗强度', '万元GDP综合能耗'],
  },
  // 单位国内生产总值二氧化碳排放降低
  {
    id: 'carbon_intensity', name: '单位地区生产总值二氧化碳排放', kinds: ['change'], units: ['%'], lowerIsBetter: true, sector: 'ecology',
    aliases: [
      '单位地区生产总值二氧化碳排放', '单位国内生产总值二氧化碳排放', '单位生产总值二氧化碳排放', '单位GDP二氧化碳排放',
      '碳排放强度', '二氧化碳排放强度', '单位地区生产总值二氧化碳排放量', '单位国内生产总值二氧化碳排放量',
    ],
  },
  // 森林覆盖率达35.26%
  {
    id: 'forest_coverage', name: '森林覆盖率', ...RATE, lowerIsBetter: false, sector: 'ecology',
    aliases: ['森林覆盖率'],
  },
  // 空气质量优良天数比率达95%
  {
    id: 'air_quality_days', name: '空气质量优良天数比率', ...RATE, lowerIsBetter: false, sector: 'ecology',
    aliases: [
      '空气质量优良天数比率', '空气质量优良天数比例', '空气优良天数比率', '空气优良天数比例', '优良天数比率', '优良天数比例',
      '环境空气质量优良天数比率', '空气质量优良率', '空气质量优良天数占比', '优良天数占比', '空气优良率', '环境空气优良天数比例', '环境空气质量优良天数比例', '城市空气质量优良天数比例'],
  },
  // 细颗粒物(PM2.5)平均浓度降至30微克/立方米
  {
    id: 'pm25', name: '细颗粒物(PM2.5)浓度', kinds: ['amount', 'change'], units: ['微克/立方米', '%'], lowerIsBetter: true, sector: 'ecology',
    aliases: ['细颗粒物浓度', '细颗粒物平均浓度', 'PM2.5浓度', 'PM2.5平均浓度', '细颗粒物(PM2.5)浓度', '细颗粒物(PM2.5)平均浓度', 'PM2.5', '细颗粒物'],
  },
  // 研发经费投入强度达2.6%
  {
    id: 'rd_intensity', name: '研发经费投入强度', ...RATE, lowerIsBetter: false, sector: 'technology',
    aliases: [
      '研发经费投入强度', 'R&D经费投入强度', '全社会研发经费投入强度', '研究与试验发展经费投入强度', '研发投入强度',
      '全社会研发投入强度', 'R&D投入强度', '研发经费支出占地区生产总值比重', '研发经费投入占地区生产总值比重',
    ],
  },
  // 高新技术企业达到1200家
  {
    id: 'high_tech_enterprises', name: '高新技术企业', kinds: ['amount', 'change'], units: ['家', '个', '户', '%'], lowerIsBetter: false, sector: 'technology',
    aliases: ['高新技术企业', '国家高新技术企业', '高新技术企业数', '高新技术企业数量', '国家级高新技术企业', '有效期内高新技术企业', '有效高新技术企业'],
  },
  // 常住人口城镇化率达到66%
  {
    id: 'urbanization_rate', name: '常住人口城镇化率', ...RATE, lowerIsBetter: false, sector: 'urban',
    aliases: ['常住人口城镇化率', '城镇化率'],
  },
  // 户籍人口城镇化率达到50%: counted over registered residents, a different figure from the above
  {
    id: 'registered_urbanization_rate', name: '户籍人口城镇化率', ...RATE, lowerIsBetter: false, sector: 'urban',
    aliases: ['户籍人口城镇化率'],
  },
  // 常住人口达1200万人
  {
    id: 'population', name: '常住人口', kinds: ['amount', 'change'], units: ['人', '%'], lowerIsBetter: false, sector: 'governance',
    aliases: ['常住人口', '总人口', '常住人口总量'],
  },
  // 户籍人口达到980万人: registered residents, not those who live there
  {
    id: 'registered_population', name: '户籍人口', kinds: ['amount', 'change'], units: ['人', '%'], lowerIsBetter: false, sector: 'governance',
    aliases: ['户籍人口', '户籍人口总量'],
  },
  // 接待游客4133.28万人次 · 游客接待量
  {
    id: 'tourists', name: '接待游客', kinds: ['amount', 'change'], units: ['人次', '人', '%'], lowerIsBetter: false, sector: 'tourism',
    aliases: ['接待游客', '游客接待量', '接待游客人次', '游客', '接待国内外游客', '游客人次', '接待旅游人数', '旅游人次', '接待国内游客', '旅游接待人次', '游客接待人次'],
  },
  // 旅游综合收入452.63亿元
  {
    id: 'tourism_revenue', name: '旅游综合收入', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'tourism',
    aliases: ['旅游综合收入', '旅游收入', '旅游总收入', '旅游总花费', '实现旅游收入', '旅游业总收入', '旅游花费'],
  },
  // 广义货币(M2)增速同名义经济增速基本匹配 · M2增长8.6%
  {
    id: 'm2', name: '广义货币(M2)', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    aliases: ['广义货币', 'M2', '广义货币M', '广义货币M2', '广义货币(M2)', '广义货币供应量'],
  },
  // 社会融资规模存量增长9.5%
  {
    id: 'social_financing', name: '社会融资规模', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    aliases: ['社会融资规模', '社会融资规模存量', '社融规模', '社会融资总量'],
  },
  // 金融机构本外币存款余额 · 各项存款余额
  {
    id: 'deposits', name: '金融机构存款余额', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    aliases: ['金融机构本外币存款余额', '金融机构存款余额', '本外币存款余额', '各项存款余额', '存款余额', '人民币存款余额', '金融机构人民币存款余额'],
  },
  // 金融机构本外币贷款余额 · 各项贷款余额
  {
    id: 'loans', name: '金融机构贷款余额', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    aliases: ['金融机构本外币贷款余额', '金融机构贷款余额', '本外币贷款余额', '各项贷款余额', '贷款余额', '人民币贷款余额', '金融机构人民币贷款余额'],
  },
  // 制造业投资增长9.3%
  {
    id: 'manufacturing_investment', name: '制造业投资', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'investment',
    aliases: ['制造业投资', '制造业固定资产投资'],
  },
  // 工业投资增长12%
  {
    id: 'industrial_investment', name: '工业投资', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'investment',
    aliases: ['工业投资', '工业固定资产投资'],
  },
  // 民间投资增长5%
  {
    id: 'private_investment', name: '民间投资', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'investment',
    aliases: ['民间投资', '民间固定资产投资'],
  },
  // 基础设施投资增长8%
  {
    id: 'infrastructure_investment', name: '基础设施投资', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'investment',
    aliases: ['基础设施投资', '基础设施建设投资', '基建投资'],
  },
  // 房地产开发投资下降9.6%
  {
    id: 'real_estate_investment', name: '房地产开发投资', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'investment',
    aliases: ['房地产开发投资', '房地产投资', '房地产开发投资额'],
  },
  // 全社会用电量增长6.5%
  {
    id: 'electricity_consumption', name: '全社会用电量', kinds: ['amount', 'change'], units: ['千瓦时', '%'], lowerIsBetter: false, sector: 'energy',
    aliases: ['全社会用电量', '用电量', '工业用电量'],
  },
  // 数字经济核心产业增加值增长10%
  {
    id: 'digital_economy', name: '数字经济核心产业增加值', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'technology',
    aliases: ['数字经济核心产业增加值', '数字经济增加值', '数字经济规模', '数字经济核心产业营业收入'],
  },
  // 市场主体达到920万户 · 经营主体
  {
    id: 'market_entities', name: '经营主体', kinds: ['amount', 'change'], units: ['户', '家', '个', '%'], lowerIsBetter: false, sector: 'consumption',
    aliases: ['市场主体', '经营主体', '各类经营主体', '各类市场主体', '市场主体总量', '经营主体总量', '实有经营主体', '实有市场主体', '实有各类经营主体'],
  },
  // 新登记经营主体12万户 · 新增市场主体7588户 · 经营主体新增105万户: the year's new entities, not the stock
  {
    id: 'new_market_entities', name: '新增经营主体', kinds: ['amount', 'change'], units: ['户', '家', '个', '%'], lowerIsBetter: false, sector: 'consumption',
    aliases: [
      '新增经营主体', '新增市场主体', '新登记经营主体', '新登记市场主体', '新设立经营主体', '新设立市场主体', '新登记各类经营主体',
      '新增各类经营主体', '新发展经营主体', '新发展市场主体', '净增经营主体', '净增市场主体', '新设经营主体', '新设市场主体',
    ],
  },
  // 拟安排财政赤字4.06万亿元
  {
    id: 'deficit', name: '财政赤字', kinds: ['amount', 'change'], units: ['元'], lowerIsBetter: false, sector: 'fiscal',
    aliases: ['财政赤字', '全国财政赤字', '赤字规模', '赤字', '中央财政赤字'],
  },
  // 拟发行超长期特别国债1万亿元
  {
    id: 'special_treasury_bonds', name: '超长期特别国债', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'fiscal',
    // 特别国债 alone is another issue (抗疫特别国债 2020, bank capital 2025), not this one
    aliases: ['超长期特别国债'],
  },
  // 中央预算内投资拟安排7000亿元
  {
    id: 'central_budget_investment', name: '中央预算内投资', kinds: ['amount', 'change'], units: ['元', '%'], lowerIsBetter: false, sector: 'investment',
    aliases: ['中央预算内投资', '中央预算内投资规模'],
  },
  // 粮食播种面积稳定在1.7亿亩以上
  {
    id: 'grain_area', name: '粮食播种面积', kinds: ['amount', 'change'], units: ['亩', '公顷', '%'], lowerIsBetter: false, sector: 'agriculture',
    aliases: ['粮食播种面积', '粮食种植面积', '粮食面积'],
  },
  // 新建高标准农田50万亩
  {
    id: 'high_standard_farmland', name: '高标准农田', kinds: ['amount'], units: ['亩', '公顷'], lowerIsBetter: false, sector: 'agriculture',
    aliases: ['高标准农田', '高标准农田建设'],
  },
  // 地表水国控断面水质优良比例达到90%
  {
    id: 'water_quality', name: '地表水水质优良比例', ...RATE, lowerIsBetter: false, sector: 'ecology',
    aliases: [
      '地表水国控断面水质优良比例', '地表水水质优良比例', '国控断面水质优良比例', '地表水国考断面水质优良比例', '国考断面水质优良率',
      '地表水达到或好于Ⅲ类水体比例', '地表水优良水体比例', '水质优良比例', '水质优良率', '国控断面水质优良率', '国考断面水质优良比例', '国考河流断面水质优良比例', '国省控断面水质优良率', '地表水水质优良率', '国控断面优良水体比例', '地表水国控断面优良水体比例', '国家考核断面水质优良比例'],
  },
  // 人均预期寿命达到79岁
  {
    id: 'life_expectancy', name: '人均预期寿命', kinds: ['amount', 'change'], units: ['岁', '年'], lowerIsBetter: false, sector: 'health',
    aliases: ['人均预期寿命', '居民人均预期寿命', '人均期望寿命', '平均预期寿命'],
  },
  // 农村劳动力转移就业110万人次
  {
    id: 'rural_labor_transfer', name: '农村劳动力转移就业', kinds: ['amount', 'change'], units: ['人', '人次', '%'], lowerIsBetter: false, sector: 'income',
    aliases: ['农村劳动力转移就业', '转移农村劳动力', '农村劳动力转移', '农牧区劳动力转移就业', '转移就业农村劳动力', '农村富余劳动力转移就业'],
  },
  // 技术合同成交额增长20%
  {
    id: 'technology_contracts', name: '技术合同成交额', ...MONEY_FIGURE, lowerIsBetter: false, sector: 'technology',
    aliases: ['技术合同成交额', '技术合同交易额', '技术交易额', '技术合同登记额'],
  },
  // 改造城镇老旧小区600个
  {
    id: 'old_housing_renovation', name: '城镇老旧小区改造', kinds: ['amount'], units: ['个', '户', '套', '栋'], lowerIsBetter: false, sector: 'urban',
    aliases: ['城镇老旧小区改造', '老旧小区改造', '城镇老旧小区', '老旧小区'],
  },
  // 筹集保障性租赁住房2万套
  {
    id: 'affordable_rental_housing', name: '保障性租赁住房', kinds: ['amount'], units: ['套', '间'], lowerIsBetter: false, sector: 'urban',
    aliases: ['保障性租赁住房', '保租房'],
  },
  // 完成营造林120万亩
  {
    id: 'afforestation', name: '营造林', kinds: ['amount'], units: ['亩', '公顷'], lowerIsBetter: false, sector: 'ecology',
    aliases: ['营造林', '造林', '植树造林', '人工造林', '造林绿化', '国土绿化'],
  },
  // 空气质量优良天数达到340天
  {
    id: 'good_air_days', name: '空气质量优良天数', kinds: ['amount', 'change'], units: ['天'], lowerIsBetter: false, sector: 'ecology',
    aliases: ['空气质量优良天数', '空气优良天数', '环境空气质量优良天数', '优良天数', '空气质量平均优良天数'],
  },
  // 新建5G基站1.2万个
  {
    id: 'base_stations_5g', name: '5G基站', kinds: ['amount'], units: ['个', '座'], lowerIsBetter: false, sector: 'technology',
    aliases: ['5G基站', '5G通信基站', '5G宏基站'],
  },
  // 生猪出栏6000万头
  {
    id: 'hog_output', name: '生猪出栏', kinds: ['amount', 'change'], units: ['头', '%'], lowerIsBetter: false, sector: 'agriculture',
    aliases: ['生猪出栏', '生猪出栏量', '出栏生猪'],
  },
  // 服务业增加值占地区生产总值比重达55%
  {
    id: 'tertiary_share', name: '服务业增加值占比', ...RATE, lowerIsBetter: false, sector: 'macro',
    aliases: ['服务业增加值占地区生产总值比重', '服务业增加值占生产总值比重', '服务业增加值占比', '第三产业增加值占地区生产总值比重', '第三产业占比', '服务业占比', '服务业增加值比重'],
  },
] as const satisfies readonly MetricDefinition[];

/** The ids of the built-in table. */
export type MetricId = (typeof METRICS)[number]['id'];
