// A unit for numbers written without one: 突破“五百亿”、达513.35亿元 → 元; 30.2万农村居民 → 人.
import { PEOPLE_WORDS } from '../lexicon/units.js';
import { sentenceAfter, type MentionContext } from './context.js';

/**
 * People words around a bare number: 城区人口突破千万, 30.2万农村居民 (“湘易办”注册用户突破3000万: an
 * app's users are people, a line's users are written 户; 减少100万以上扶贫对象: people in a programme;
 * 600多万香港人的: people of a place; 为80万重点群体提供就业帮扶, 30万以上参保孕产妇: groups in need
 * and mothers-to-be; 9.65万随迁子女: children of migrant workers).
 */
const PEOPLE = new RegExp([...PEOPLE_WORDS, '(?<=重点|困难|弱势|特殊)群体', '(?:扶贫|贫困|低保|救助|帮扶|特困|监测)对象', '(?<=[\\u4e00-\\u9fff]{2})人(?=的)'].join('|'));
/** A people noun right after a bare number names what it counts: 1.5亿群众, 300万农民工, 14亿多人口, 1700多万困难和重度残疾人. */
// (一亿二千万农户和五百多万个手工业者: never past another count, which counts the people after it; an age,
// 161.1万70周岁以上户籍老人, describes them)
export const PEOPLE_AFTER = new RegExp(`^(?:(?![0-9.]+[万亿个名位户家人]|[一二两三四五六七八九十百千万亿]{2})[^，。；、]){0,10}?(?:${PEOPLE.source})`);
/** …or past a longer description closed by 的: 111.1万农村完全或部分丧失劳动能力的低保对象. */
const PEOPLE_DESCRIBED_AFTER = new RegExp(`^(?:(?![0-9.]+[万亿个名位户家人]|[一二两三四五六七八九十百千万亿]{2})[^，。；、的]){2,24}的(?:${PEOPLE.source})`);

/** A people noun opening the words: (贫困家庭)学生. */
const PEOPLE_OPENING = new RegExp(`^(?:${PEOPLE.source})`);

/** Floor space: what a 方 after it measures in square metres. */
const BUILDING = /厂房|房屋|住房|用房|楼宇|面积|空间|载体|场馆|仓储|商业体/;
/**
 * Nouns before a bare count of businesses or households: 经营主体突破11万 is 户 (as 千万家庭 after one);
 * so are a line's users (新增第四代移动通信用户3.4亿), not an app's (注册用户 are people).
 */
const HOUSEHOLDS = /(?:经营主体|市场主体|农户|个体工商户|(?<!注册|APP|App|app|平台|”|[办钉])用户)[^，。；]{0,6}$/;
/**
 * An app's or a platform's users before a bare number are people: “湘易办”用户突破(3500万), 数字文博平台用户超(1亿);
 * so are those of a government app named without quotes, whose names end in 办 or 钉 (浙里办用户超过3000万,
 * 浙政钉用户数达到123万).
 */
const APP_USERS = /(?:注册|APP|App|app|平台|客户端|”|[办钉])用户(?:数)?[^，。；]{0,6}$/;

/**
 * A capacity per day named before its number: 日新增污水处理能力, 每日供水能力达到, 日处理规模, 污水处理能力每日,
 * 生化处理能力日均, and 日 inside the name before its verb (新增城镇污水日处理能力, 垃圾日处理能力, 污水日集中处理能力),
 * the capacity's bound after it (日处理能力超过100万吨) or its rise (垃圾日处理能力分别新增(3000吨)); a daily supply (向金门日均供水超(万吨)).
 */
const DAILY_CAPACITY = /(?:(?:^|[，、；\s])(?:每日|日)[^，。；、]{0,10}|日(?:集中|综合)?(?:处理|供水|供气|供应|产|生产|吞吐)[^，。；、]{0,4})(?:能力|规模)(?:分别)?(?:达到?|为|提升至|提高到|超过|突破|近|约|新增|增加)?$|(?:能力|规模)(?:达到?|为)?(?:每日|每天|日均)(?:达到?|为)?$|日均(?:供水|供气|处理)量?(?:达到?|为|超过?|近|约)?$/;

/** What a household is or lacks, before 户 or 家庭: 低保户, 无房户, 单亲家庭, 低保农户. */
const HOUSEHOLD_STATUS = '低保|贫困|困难|脱贫|特困|五保|留守|单亲|零就业|无房|搬迁|移民';

/** Households right after a bare number: 近千万家庭, 310万农户 (30万低保农户), 125万市场主体, 900多万个体工商户, 增加500万沼气用户 (a line's users, not an app's). */
// (为13.75万无房户提取住房公积金: households named by what they lack or are, 无房户, 贫困户, 低保户; or where they
// live, 12.12万边远牧户)
export const HOUSEHOLDS_AFTER = new RegExp(`^(?:(?:${HOUSEHOLD_STATUS}|边远|偏远|山区|农村|城乡)?(?:家庭|农户|牧户|农牧户)|(?:${HOUSEHOLD_STATUS})户|市场主体|经营主体|个体(?:工商)?户|[\\u4e00-\\u9fff]{0,4}(?<!注册)用户)`);

/** Money named right after a bare sum: (2600万)价格调节资金, (5000万)专项经费. */
const MONEY_AFTER = /^[^，。；、\d]{0,6}?(?:资金|基金|经费|补贴|补助|奖补|贷款)(?=[，。；、]|$)/;

/** A count of people named before a bare number: 参保人数增加(7359万). */
const PEOPLE_COUNTED = /人数[^，。；]{0,6}$/;
/** A population named before a bare number: 我国人口到2000年要控制在(13亿)以内. */
const POPULATION_BEFORE = /人口[^，。；]{0,12}$/;

/** Visits counted before a bare number: 接待游客, 旅游人次达到, 旅客吞吐量突破. */
const VISITS_BEFORE = /(?:人次|游客|旅客|客流量?|客运量)[^，。；]{0,6}$/;

/** A name that ends in people: 贫困人口, 建档立卡农村低收入人口, 困难群众, 人口 (a bare count of them is in 人). */
const PEOPLE_NAMED = new RegExp(`(?:${PEOPLE.source})$`);

/** `name`: the claim's indicator, when known (a bare count of people it names is counted in 人). */
/** Energy used per 万元 of output named before the figure: 万元GDP能耗, 万元工业增加值综合能耗(由…). */
const ENERGY_PER_OUTPUT = /万元(?:GDP|国内生产总值|地区生产总值|生产总值|工业增加值|增加值)(?:综合)?能耗[^，。；]*$/;

export function inferUnit(ctx: MentionContext, siblings: MentionContext[], name = ''): string {
  const m = ctx.mention;
  // 标准厂房14.2万方 is floor space; 土石方, 库容, 用水 are volumes
  if (m.unit === '方') return BUILDING.test(ctx.clauseBefore.slice(-12)) ? '平方米' : '立方米';
  // 折合标准煤1.6亿吨: tonnes of standard coal named before the figure
  if (m.unit === '吨' && /标准煤(?:约|近|达)?$/.test(ctx.clauseBefore)) return '吨标准煤';
  // 每万元GDP能耗将由1.04吨标准煤下降到0.88吨标准煤: energy used per 万元 of output keeps its denominator
  if ((m.unit === '吨标准煤' || m.unit === '吨') && ENERGY_PER_OUTPUT.test(ctx.clauseBefore)) return '吨标准煤/万元';
  // 全员劳动生产率提高到每人8.7万元: output per worker keeps its worker (golds 元/人 11 of 11)
  if (m.unit === '元' && /劳动生产率[^，。；]{0,10}$/.test(ctx.clauseBefore)) return '元/人';
  // 时速350公里: a speed, in kilometres an hour
  if (m.unit === '公里' && /时速(?:达到?|为)?$/.test(ctx.clauseBefore)) return '公里/小时';
  // 日新增污水处理能力40.5万吨, 每日供水能力达到182万吨: a daily capacity keeps its day
  if ((m.unit === '吨' || m.unit === '立方米') && DAILY_CAPACITY.test(ctx.clauseBefore)) return `${m.unit}/日`;
  if (m.unit) return m.unit;
  // (差异系数由0.680调整为0.660, 空气质量综合指数为3.52: a coefficient or an index stated bare has no unit, none is lent)
  if (m.rule === 'bare-coefficient' || m.rule === 'bare-index') return '';
  // (1000多万中外游客流连忘返: visitors after a bare number are counted in visits, as the golds count them)
  if (/^[^，。；、\d]{0,4}(?:游客|旅客)/.test(ctx.after)) return '人次';
  // the noun after the number gives the unit before any neighbour does: 惠及1.5亿群众 is people, not 元
  // (妥善安置1.6万山洪泥石流灾害受灾群众: past a description longer than the short window after it)
  // (一亿二千万农户和五百多万个手工业者: households right after the number are counted before people further on,
  // unless people of those households follow them: 2400多万贫困家庭学生)
  const households = HOUSEHOLDS_AFTER.exec(ctx.after)?.[0];
  if (households && !PEOPLE_OPENING.test(ctx.after.slice(households.length))) return '户';
  // (启用2600万价格调节资金: money named right after a bare sum, as people are, is in 元)
  if (MONEY_AFTER.test(ctx.after) && m.value >= 1e4) return '元';
  const rest = sentenceAfter(ctx);
  if (PEOPLE_AFTER.test(rest) || (!ctx.mention.unit && PEOPLE_DESCRIBED_AFTER.test(rest))) return '人';
  if (APP_USERS.test(ctx.clauseBefore)) return '人';
  if (HOUSEHOLDS.test(ctx.clauseBefore) || HOUSEHOLDS_AFTER.test(ctx.after)) return '户';
  // (贫困人口由8500万减少到6500万, 人口…2010年要控制在14亿以内: the claim's own name counts people, before
  // a neighbour lends a unit or a size makes money of it)
  if (PEOPLE_NAMED.test(name)) return '人';
  // a neighbour of the same size in the same sentence lends its unit: “五百亿”、达513.35亿元
  for (const other of [...siblings.slice(ctx.index + 1), ...siblings.slice(0, ctx.index).reverse()]) {
    // 旅游人次达到2.3亿，今年力争突破2.5亿: a bare neighbour of the same size counts the same visits
    if (!other.mention.unit && VISITS_BEFORE.test(other.clauseBefore) && other.mention.value / m.value >= 0.5 && other.mention.value / m.value <= 2) return '人次';
    // (参保人数增加7359万，总计达到1.17亿: a bare neighbour before, counted in people, lends 人)
    const u = other.mention.unit || (other.index < ctx.index && PEOPLE_COUNTED.test(other.clauseBefore) ? '人' : '');
    if (!u || u === '%' || u === '百分点' || u === '位' || u === '倍') continue;
    const ratio = other.mention.value / m.value;
    if (ratio >= 0.5 && ratio <= 2) return u;
  }
  // (地方一般公共预算收入过千亿、常住人口过千万: the next list item's people are not this figure's)
  const around = ctx.clauseBefore.slice(-10) + ctx.after.split(/[、；]/)[0];
  // 参保人数增加1.4亿, 接待游客人次突破5000万: a count of people or visits names its unit;
  // travellers and visitors are counted in visits (接待游客突破“四千万”, 旅客吞吐量突破200万大关)
  if (VISITS_BEFORE.test(ctx.clauseBefore)) return '人次';
  if (PEOPLE.test(around) || PEOPLE_COUNTED.test(ctx.clauseBefore) || POPULATION_BEFORE.test(ctx.clauseBefore)) return '人';
  // 突破2万亿, 首破千亿: large bare amounts in a report are money
  return m.value >= 1e8 ? '元' : '个';
}
