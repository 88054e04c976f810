// Ranks and gaps: phraseBefore, the indicator named in the clause before a number, lives here
// because, past cleanLead, nearly all of it reads rank and gap cues (居全省第一, 高于全省) and the
// pools a rank is held in (RANK_POOL, regions, peer groups, top lists). With it are the other
// readers of what a rank ranks: a move in rank (rankMoved), a ranking named before or in the
// clause (rankNamedBefore, listNamedBefore, rankingNamedIn), a place ranked as a great power
// (rankedAsPower), and the reference a comparison names (referenceGrowth).
import { COUNTED_PEERS, GAP_CUES, PEER_GROUPS, RANK_POOL_JUST_BEFORE, RANK_MOVE_DOWN, RANK_MOVE_UP, PROVINCE_NAMES, RANK_REGIONS, RANK_VERBS, REFERENCE_RATE, SCOPE_LEVELS } from '../../lexicon/cues.js';
import { measureHeads } from '../../lexicon/measure-heads.js';
import { clauseBefore, type MentionContext } from '../context.js';
import { cleanLead } from './cues.js';

/** A region a rank or gap is held in: 保持东北地区第一, 居长江中上游港口首位, 居中国西部第1. */
const REGION = `(?:(?:中国|我国|全国)?(?:${RANK_REGIONS.join('|')})(?:地区|省区|省份)?|(?:${PROVINCE_NAMES.join('|')})(?:省|自治区|市)?)`;
/** A region alone after a rank, a pool too: 出口通关效率居全国第5、中部地区第1. */
const REGION_ALONE = new RegExp(`^${REGION}$`);
/** A peer group alone, the pool of a rank with no subject of its own: (在)省会城市(中). */
const PEER_GROUP_ALONE = new RegExp(`^(?:全[国省区])?(?:${PEER_GROUPS.join('|')})$`);
/** A rank or gap cue: the indicator ends before it (增长12%、居全省第一; 高于全省0.2个百分点). */
const RANK_CUE = new RegExp(`^(.*)(?:${RANK_VERBS}|(?:晋升|跃升|上升|提升|(?<![晋跃上提])升)(?:至|到)(?=[全第]|国家级|省级|${REGION})|保持(?=[全第在]|国家级|省级|${REGION})|进入(?=全[国省市区球]$|$)|排名|排(?=[全第各]|$)|名列|分列|(?<![位名分并])列(?=[全第]|副省级城市|省会城市|同类城市|${REGION}|$))(?:全[${SCOPE_LEVELS}](?:城市|地市|县市区|同类城市|各市州)?|全球|全?世界|全?亚洲|省会城市|副省级城市|各[市县区](?:（[州市区县]）|州|区)?|${REGION})?(.*)$`);
// (好于全国1.3个百分点, 优于: the lexicon's words of a gap, one list with the kind's)
const GAP_CUE = new RegExp(`(?:${GAP_CUES.join('|')}|比(?![重例率]))(?:全[${SCOPE_LEVELS}]|全球|省会城市|副省级城市|${REGION})?.*$`);

/**
 * A peer group after a rank verb is the pool ranked in, not what is ranked:
 * 规上工业增加值增长10%、居万亿城市第3位 (the previous number's 规上工业增加值), 新站高新区位居全省高新区前3 (新站高新区);
 * places counted or classed are a pool too: 居皖北六市第1位, 居一类县（市）第1名, 居同类市（州）第2名;
 * so are bodies of a kind: (成交量居)国内期货交易所(首位), 全国高校, (成交额均居全国)区域碳市场(首位).
 * 位居全国百强县投资潜力第3 ends in what is measured (投资潜力), so it stays the indicator.
 */
export const RANK_POOL = /(?:城市|地级市|县级市|县级行政区|省份|省区市|省区|地市|市州|县市区?|城区|经开区|高新区|新区|开发区|园区|地区|片区|港口|机场|口岸|国家|经济体|行业|制造业企业|交易所|市场|高校|院校|主产省|主产区|(?:前[一二三四五六七八九十\d]+大)?产粮(?:大)?省|(?:工业|经济|人口|农业|制造业)?大省|(?:经济|综合)?[十百千\d]+强(?:省份?|市|县|区|城市)|[两三四五六七八九十\d]个?(?:省区|[省市州])|[一二三]类[县市区州]（[县市区州]）|同类[县市区州](?:（[县市区州]）)?)中?$/;
/** Provinces alone as a rank's pool, its verb before: 列各省市, 居各省区市, (前十)省市中 (no count, unlike 31个省份). */
export const PROVINCES_AS_POOL = /^(?:列|居|位居|位列|排|排名|在)?(?:全国)?(?:各省(?:区)?市|各省份?|省(?:区)?市|省份)中?$/;
/** A named list ranks by its theme, so it stays the indicator: 跃居全国数字经济百强城市第56位. */
const NAMED_LIST = /[百千]强|[0-9一二三四五六七八九十]+强|[十百千]佳/;

/** A top list without a theme: 百强县, 百强区, 500强, 经济十强省 (the economy is every list's theme). */
const BARE_TOP_LIST = /^(?:经济|综合)?(?:[十百千]强|\d+强)(?:省份?|县|区|市|城市|县市)?$/;

/** The scope of a rank at the end of its lead: 区域创新综合能力(连续8年)全国第一. */
const RANK_SCOPE_AT_END = new RegExp(`(?:全[${SCOPE_LEVELS}]|全球)$`);

/** A ranking held in a setting: 制度创新指数在全国同批片区(排第四位), 经济总量在省会城市中(排名上升1位). */
const RANKED_IN_SETTING = /^(.{2,}?)在(?:全[国省区市]|省会城市|副省级城市|同类城市|国家级|省级|中国|全球|世界)/;
/** Names that are measures, which a setting ranks: 指数, 总量, 增速, 覆盖率, 水平. */
const MEASURE_NAME = new RegExp(`(?:${measureHeads('ranked')})$`);

/** A setting and a ranking word alone, where a move in rank starts: 在全国排位由, 全省排名从. */
const RANKING_ALONE = /^在?全[国省市区州](?:的)?(?:排位|排名|位次)(?:由|从)?$/;

export function phraseBefore(ctx: MentionContext, kind: string): string {
  let lead = ctx.lead;
  // 制度创新指数在全国同批片区排第四位: a measure ranked in a setting is what is ranked (武汉在全国
  // “万家民企评营商环境”中 names a place, so the ranking stays)
  const setting = kind === 'rank' || ctx.mention.unit === '位' ? RANKED_IN_SETTING.exec(lead) : null;
  const measure = setting ? cleanLead(setting[1]) : '';
  if (MEASURE_NAME.test(measure)) return measure;
  // 增长12%、居全省第一; 高于全省0.2个百分点: what follows the cue is the reference, not the indicator
  if (kind === 'rank') {
    // (地区生产总值达2.57万亿元，在全国排位由第18位前移至第15位: a setting and a ranking alone name nothing, the
    // rank is of what the clause before measured)
    if (RANKING_ALONE.test(lead.trim())) return '';
    // 在省运会上取得金牌总数、奖牌总数、团体总分三个(第一), 囊括金牌总数等六项(第一): places won, counted, are
    // the measures listed before the count, the verb that won them and the count no part of the name
    const won = /(?:取得|夺得|囊括|包揽)([^，。；]{2,30}?)等?[一二两三四五六七八九十\d]+[个项]$/.exec(lead.trim());
    if (won) return cleanLead(won[1]);
    // 位居全国百强县投资潜力第3: what the rank verb and its scope are followed by is ranked
    const ranked = RANK_CUE.exec(lead);
    // 群众安全感满意度从多年排全省末位上升到第7位: a rank it rose from names the subject before 从
    const risenFrom = ranked && /^(.{2,}?)(?:从|由)(?:多年|长期|过去|以往|原来|上年|去年|\d{4}年)?的?$/.exec(ranked[1]);
    if (risenFrom) return cleanLead(risenFrom[1]);
    // (排名从上年85位升至81位: where a move starts from names nothing)
    const after = ranked && !/^(?:从|由)/.test(ranked[2].trim()) ? cleanLead(ranked[2]).replace(RANK_SCOPE_AT_END, '') : '';
    // 蜀山稳居全国百强区14位, 经济综合竞争力提升至全国百强县第11位: a list without a theme ranks
    // what stands before the verb, named with its list as annotators name it (蜀山全国百强区排名;
    // places listed keep their names alone, to be paired); a named list has a theme before 百强
    const subject = BARE_TOP_LIST.test(after) && ranked ? cleanLead(ranked[1]) : '';
    const scope = subject ? /(全[^，。；]{1,2}?)(?:[百千]强|\d+强)/.exec(lead)?.[1] ?? '' : '';
    if (subject.length >= 2) return subject.includes('、') ? subject : `${subject}${scope}${after}排名`;
    // (城发集团营收位列全国城投百强第7: a measure before the verb is what the list ranks, the list its pool)
    const measured = ranked ? cleanLead(ranked[1]) : '';
    if (after.length >= 2 && NAMED_LIST.test(after) && measured.length >= 3 && MEASURE_NAME.test(measured)) return measured;
    if (after.length >= 2 && (!RANK_POOL.test(after) || (NAMED_LIST.test(after) && !BARE_TOP_LIST.test(after)))) return after;
    if (ranked) lead = ranked[1];
    // 5家企业获评“…”、数量居中部第一: a bare aggregate after the thing counted is its own (aggregateOfPrevious)
    if (/[、，]\s*(?:数量|总数|总量|增量)$/.test(lead)) return '';
    // 工业投资…，总量在投资中跃居第二位: the setting ranked in is no part of what is ranked
    // (标准为西北第一, 增幅沿黄省区第一: a region named right before the place is no part of what
    // is ranked; 全国, 全省 come off below)
    const unpooled = lead.replace(/在[^，。；在]{1,12}中$/, '').replace(COUNTED_PEERS, '').replace(RANK_POOL_JUST_BEFORE, (pool) => (pool.startsWith('全') ? pool : ''));
    lead = cleanLead(unpooled).replace(RANK_SCOPE_AT_END, '');
    // 在全国168个重点城市排第16位, 在大中城市中排第15位: a peer group alone is the pool, and the
    // number measures what the sentence measured before
    // (合肥经开区稳居国家级经开区第6位 names what is ranked: the pool rule needs 在…中 or a count)
    const pooled = /^在|中$/.test(lead) || (ctx.previous !== undefined && /^(?:个|家)$/.test(ctx.previous.mention.unit) && ctx.lead.startsWith(lead));
    if (pooled && RANK_POOL.test(lead.replace(/^在/, '').replace(/中$/, '')) && lead.length <= 8) return '';
    // 在全国168个重点城市排第16位、省会城市排第6位: a peer group alone names no subject either
    if (PEER_GROUP_ALONE.test(lead.replace(/^在/, '').replace(/中$/, '')) || REGION_ALONE.test(lead)) return '';
    // 跃居中部非省会城市第2位、全国百强城市第49位: a list without a theme, alone, ranks what was ranked before
    if (BARE_TOP_LIST.test(lead.replace(/^全[国省市区州]/, ''))) return '';
  }
  if (kind === 'gap') lead = lead.replace(GAP_CUE, '');
  return cleanLead(lead);
}

/** A move in rank ending a lead: (排名)再进(5位), 成功前移, 下降. */
const RANK_MOVE_ENDING = new RegExp(`(?:排名|位次)?(?:再|又|大幅|分别|成功)?(?:${[...RANK_MOVE_UP, ...RANK_MOVE_DOWN].join('|')})了?$`);

/**
 * 汉川在全国县域经济百强中再进5位 → 汉川在全国县域经济百强排名, 经济总量在全国排名中成功前移一位 →
 * 经济总量在全国排名: a move in rank is a change of the ranking its lead names (the setting's 中
 * off, 排名 on). '' when the lead names no ranking, or opens with the setting (its subject is in
 * the clause before: subjectOfClauseBefore).
 */
export function rankMoved(lead: string): string {
  const trimmed = lead.trim();
  if (!RANK_MOVE_ENDING.test(trimmed) || /^(?:在|于)/.test(trimmed)) return '';
  const name = cleanLead(trimmed.replace(RANK_MOVE_ENDING, '').replace(/(在[^，。；在]{2,16})中$/, '$1'));
  return name.length >= 2 ? (/(?:排名|位次)$/.test(name) ? name : `${name}排名`) : '';
}

/** The ranking a clause without figures speaks of: “万家民企评营商环境”湖北排名连续三年进位 → …湖北排名. */
export function rankNamedBefore(clause: string): string {
  if (!clause || /[0-9]/.test(clause)) return '';
  const ranking = /^(.{2,30}?(?:排名|位次))/.exec(clause)?.[1] ?? '';
  // (全国工商联“万家民企评营商环境”…: who runs a quoted ranking is no part of its name)
  return ranking ? cleanLead(ranking.replace(/^[^“”]{0,8}?(?=“)/, '')) : '';
}

/**
 * 世界知识产权组织发布的全球“科技集群”，合肥居第40位: a ranking named in quotes by the clause
 * before is what a place is ranked in; '' unless the rank's own lead is short (the place) and
 * opens its clause.
 */
export function listNamedBefore(ctx: MentionContext, scan: string, kind: string, own: string): string {
  // (出口规模跃居全国第2位 names a measure, not a place: the quotes before are no ranking)
  if (kind !== 'rank' || own.length > 4 || MEASURE_NAME.test(own) || (ctx.previous && ctx.previous.mention.span.end > ctx.clauseStart)) return '';
  const list = /(?:^|的)([^，。；的]{0,8}“[^“”]{2,16}”[^，。；“”]{0,4})$/.exec(clauseBefore(ctx, scan, 60));
  return list ? cleanLead(list[1]) : '';
}

/** A reference after a word of comparison: 高于(全球), 快于(全国). */
const REFERENCE_SCOPE = new RegExp(`(?:高于|低于|快于|慢于|好于|优于|超过)(全球|世界|全[${SCOPE_LEVELS}])$`);

/** 高于全球3%左右的增速 → 全球增速: the reference named before the number grew by it. '' otherwise. */
export function referenceGrowth(lead: string, after: string): string {
  const reference = REFERENCE_SCOPE.exec(lead.trim());
  return reference && REFERENCE_RATE.test(after) ? `${reference[1]}增速` : '';
}

/** A clause that opens with its verb of rank, with no subject of its own: (…考核中，)位列优秀等级、居中部第1位. */
const OPENS_WITH_RANK = new RegExp(`^[、，,\\s]*(?:${RANK_VERBS}|列)`);
/**
 * 在第十届全国县域经济基本竞争力排名中位居…第一名: a ranking, contest or review named by 在…中 (我省在国家污染防治
 * 攻坚战成效考核中，位列优秀等级…: it may close the clause before).
 */
const RANKING_NAMED = /在(?:第[一二三四五六七八九十\d]{1,4}届)?([^，。；在]{2,30}?(?:排名|排行榜?|榜单?|评价|评选|评比|考核|测评|指数|竞赛|大赛|比赛))中[，,]?[^，。；]*$/;

/**
 * 在第十届全国县域经济基本竞争力排名中位居“…组团”并列第一名 → 全国县域经济基本竞争力排名: a rank
 * whose clause names the ranking it is a place in measures that ranking. '' for any other mention.
 */
export function rankingNamedIn(ctx: MentionContext, scan: string, kind: string): string {
  if (kind !== 'rank') return '';
  const own = scan.slice(ctx.clauseStart, ctx.mention.span.start);
  const named = RANKING_NAMED.exec(own) ?? (OPENS_WITH_RANK.test(own) ? RANKING_NAMED.exec(`${clauseBefore(ctx, scan)}，${own}`) : null);
  // (在全国考核中: a review named by its scope alone names nothing)
  // (在全国80个大城市…考核中: the pool's count is no part of the name)
  const name = named ? cleanLead(named[1].replace(/^[^，。；]{0,4}?[\d一二三四五六七八九十百]+个/, '')) : '';
  return name.length >= 4 ? name : '';
}

/**
 * 成为全球第一货物贸易大国 → 货物贸易, 成为全省第三大用电负荷中心 → 用电负荷: a place ranked as a
 * great power or the largest centre of something is ranked in that thing. '' for any other mention.
 */
export function rankedAsPower(ctx: MentionContext, scan: string, kind: string): string {
  if (kind !== 'rank') return '';
  const m = /^(?:大([\u4e00-\u9fff]{2,8}?)(?:中心|基地|枢纽|集散地)|([\u4e00-\u9fff]{2,8}?)大国)/.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 14));
  if (m) return m[1] ?? m[2];
  // 新能源成为第二大电源: the largest of a kind names what became it (a scope, 我国, names nothing;
  // with no subject in the clause the rank measures what the sentence measured before)
  // (我国成为世界第二大经济体: a scope that became it is ranked by the kind, 经济体)
  const kindOf = /^大([\u4e00-\u9fff]{1,8})(?=[，。；、]|$)/.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 10));
  const subject = kindOf && /^(.{2,}?)(?:成为|是|为|稳居|位居|跃居|居)/.exec(ctx.clauseBefore.trim());
  if (!kindOf || !subject) return '';
  const scope = /^(?:我|全|本)[国省市州区县]$/.test(subject[1].trim());
  const named = cleanLead(subject[1]);
  return scope ? kindOf[1] : named.length >= 2 ? named : '';
}
