// Modality: a result reported as achieved (actual) or a goal, plan or forecast (target).
// The report's own structure decides first (its review part against its plan part);
// cue words near the number decide inside a part.
import { GOAL_AFTER, REACHING_VERBS, SCOPE_LEVELS } from '../lexicon/cues.js';
import { isMoneyUnit } from '../lexicon/units.js';
import { WRITTEN_YEAR, YEAR_IN_WORDS, yearOf } from '../text/report-years.js';
import type { Modality } from '../types.js';
import { sentenceAfter, type MentionContext } from './context.js';

/** A total investment said right before its sum (计划总投资52亿元), not a share a sum is of one (已完成投资…，占规划总投资的65.5%). */
// (总投资过百亿元项目(97个): a threshold in words after 总投资 sizes the things counted, no sum follows it)
const PLAN_TOTAL_BEFORE = /(?<!占[^\d，。；、]{0,8})总投资(?![^\d，。；、]{0,4}?[十百千万亿]+元)[^\d，。；、]{0,6}$/;

/** Funds a review says were won (争取): 资金, 债券, 借款 (争取保交楼专项借款36亿元), 转移支付, 中央投资. */
const FUNDS = '资金|基金|债券|借款|转移支付|补助|债|预算内投资|基建投资|(?:中央|国家|上级|省级?)投资';

/**
 * In the review part, a plan figure: 计划总投资52亿元, 投资总额计划为3600亿元, “两重”建设项目总投资2800亿元 (the sum right
 * after 总投资; 总投资1929.8亿元的582个项目 were signed, an actual count), 力争. Funds 争取 in a
 * review were won (争取上级转移支付资金430.55亿元, 争取中央投资超2000亿元, 谋划争取项目3278个), and so was what 成功, 历史性, 累计 or 已 争取, or a place
 * in a ranking (争取高考国家专项计划全省第一); 虚拟 holds no 拟.
 */
const TARGET_IN_REVIEW = new RegExp(`计划(?=[总投完新建实开用到在于为]|达到)|计划目标(?:为|是)?$|${PLAN_TOTAL_BEFORE.source}|力争(?!取)|预期目标|目标是|(?<!成功|历史性|累计|已)争取(?!到)(?![^，。；]{0,14}?(?:${FUNDS}|全[国省市州区县](?:第|$)|首位))(?!(?:上级|国家|中央|省级|省)?项目)(?![^，。；建完实开推新]{0,30}?项目$)|(?<![模虚]|在建[、和])拟(?!定)`);

/**
 * A sentence that announces a plan: 预期目标是：…, 今年将…, 确保…, 到2027年…, 要实施… (goals reported
 * as met are blanked first: see GOAL_MET; 由2000年的2003亿元增加到2005年的4070亿元 reaches a year and
 * plans nothing). 将 before a quantity is 把: 将75%以上财力用于民生, 将财力的80%以上投向民生; 将军大桥, 将乐县 are names. 将/要 before a verb of reaching plan
 * inside a sentence too (…协议正式签署，将在西中岛新建1000万吨炼油; 今年还要增加3300万平方米), and so
 * does what a project will do once built (达产后将新增).
 */
const TARGET_IN_SENTENCE = new RegExp(`预期目标|主要目标|奋斗目标|目标(?:确定|设定|定)为|力争(?!取)|(?:今年|明年|下一步|未来|今后)(?:将|要|计划)|^(?:我们)?(?:将(?![\\d一二三四五六七八九十百千万]|$|军|乐|士|领|[^，。；\\d]{1,6}的(?:[\\d一二三四五六七八九十]|$))|要|确保)|[，,、](?:今年|明年)?还?(?:将|要)(?=在|新增|建成|达到|实现|形成|带动|超过|突破|增加)|(?:建成|达产|投产|投用|运营)后(?:将|可|预计)|(?<!${REACHING_VERBS}|发展|年)到20\\d\\d年|(?<![模虚]|在建[、和])拟(?!定|人)`);

/** A paragraph that opens a list of goals: 今年发展主要预期目标是：…；…；…, “十五五”时期…的奋斗目标是：… */
const TARGET_LIST = /(?:预期目标|主要目标|奋斗目标)(?:是|为)?[：:]/;

/**
 * In a glossary, plans described: 力争用5年时间, 要实施, 计划, 将, 到2027年 (预计 alone estimates the year reviewed:
 * 指标不及预期：预计地区生产总值增长0.2%; 预计到2027年 forecasts by its year).
 */
// (到“十二五”末或“十三五”初，完成固定资产投资10万亿元; 2012年至“十二五”末，年新增…100户以上: the end of a
// five-year plan's period reached is a plan's horizon, as 到2027年 is)
const TARGET_IN_GLOSSARY = /力争(?!取)|计划(?:到|用|在|投资|新增|建设|实施)|目标是|(?<![即])将(?![其该军乐士领])|(?<![主重需必纲概摘])要(?![求素点])|(?<![模虚])拟(?!定)|争取(?!到)|到20\d\d年|[到至][“"]?十[一二三四五六七八九]?五[”"]?(?:末|期末|初)/;

/** A plan document setting out goals: 《…行动方案》提出, 《…规划》明确. */
const PLAN_SET_OUT = /[》”](?:中)?(?:提出|明确|要求|确定)(?:了)?[，：,:]?/;
/** Results reported after it: 截至2021年底, 已, 实现了. */
const DONE_SINCE = /截至|截止|已(?!经提出)|取得了|实现了/;

/**
 * In a glossary, what a programme is set up to do, in the number's own clause: 遴选支持350名左右本土
 * 高层次人才, 投入约1000辆氢燃料物流车, 重点培养300个小城镇, 策划包装100个重点产业招商项目, 建设…等5个世界级地标商圈,
 * 每个县级中医医院建成两个…专科, 做强做大…等12条产业链条; or right
 * before it: 滚动推进100个左右…项目, 实施1000个…项目 (现有5个, 提出…等6个方面 describe); a pace it keeps
 * each year: 营业收入年均增长9%左右, 每年完成投资1万亿元以上 (补助标准达到每人每年200元 is a rate, no pace).
 */
const PROGRAMME_ACTION = /(?:遴选|选择|投入|建成|建设|打造|培育|培养|策划|新建|做强做大)[^，。；]*$|(?:推进|实施)$|(?:年均|(?<![人户亩])每年)[^，。；]*$/;

/** In the plan part, a look back: 去年…增长5.2%. */
const ACTUAL_IN_PLAN = new RegExp(`^(?:去年|过去一年|上年|2\\d{3}年(?:全[${SCOPE_LEVELS}])?(?:实现|完成))`);
/**
 * A scope or a verb of having that opens a clause: 我市(4个国家级开发区), 广州有(66万名在园幼儿); the scope, what
 * it has, then the verb (我省劳动年龄人口有(6700多万)); or the verb first, then what is had (拥有规上工业企业(2.8万家)).
 */
const STOCK_OPENING = new RegExp(`^(?:我[${SCOPE_LEVELS}]|全[${SCOPE_LEVELS}])?(?:有|拥有|现有|共有)?$|^我[${SCOPE_LEVELS}][^，。；]{1,10}?(?:有|拥有|现有|共有)$|^(?:拥有|现有|共有)[^，。；\\d]{1,12}$`);
/** A clause that has what it counts: …有, 拥有…, 现有… (not 有望). */
const HAVING = /有$|^(?:拥有|现有|共有)/;
/** What a copula or a past verb says of things counted: …是经济发展的主战场, …分布在实体经济. */
const STATE_AFTER = /^[^，。；]{0,16}?(?:是|分布在|贡献了|集聚了|占全)/;

/**
 * In the plan part, a sentence that says what is (我市4个国家级、13个省级开发区是经济高质量发展的主战场;
 * 300余户驻哈央企90%以上分布在实体经济; 广州有66万名在园幼儿) counts the present, not a goal.
 */
function statesWhatIs(ctx: MentionContext): boolean {
  // the clause opens with its first number: 我市4个国家级、13个省级开发区 opens at 4个
  let first = ctx;
  while (first.previous && first.previous.clauseStart === ctx.clauseStart) first = first.previous;
  if (!STOCK_OPENING.test(first.clauseBefore.trim()) || TARGET_IN_SENTENCE.test(ctx.sentenceBefore)) return false;
  const after = sentenceAfter(ctx);
  // 有6.5%—7%的增速就能够实现比较充分的就业: 有…就 states a condition, not what is
  if (/^[^，。；]{0,12}?就(?:能|可以|可)/.test(after)) return false;
  return STATE_AFTER.test(after) || HAVING.test(first.clauseBefore.trim());
}

/**
 * A place's people named as what it holds, after the count: (我国有)十亿多人口，…, (13亿人口)的发展中国家,
 * (凝聚13亿人民)的智慧, (8500万江苏人民)的奋进力量, (9亿多劳动力)、… — the standing population, a fact in a
 * plan or a sentence of plans too (golds 16 : 1); 14亿中国人的饭碗 (to be kept full) and 6000万农村人口饮水安全 (to be solved) are goals.
 * A place's people (人民, 各族人民) are its population whatever follows: 全区2400多万各族人民一定会焕发出…;
 * (惠及…人民群众 counts who gains, and 人民币 is money).
 */
const POPULATION_STANDING = /^多?(?:(?:[\u4e00-\u9fff]{0,2}人民|人口|劳动力)(?:的?(?:大国|大省|国家|发展中国家|中国)|的(?:智慧|力量|奋进力量)|[、，])|(?:各族)?人民(?!币|群众))/;

/** True for a standing population (see POPULATION_STANDING): actual whatever years the sentence plans for. */
export function isStandingPopulation(ctx: MentionContext): boolean {
  // (a bare count, 13亿, takes its unit from the people named after it, later)
  return (ctx.mention.unit === '人' || ctx.mention.unit === '') && POPULATION_STANDING.test(ctx.after);
}

/** What follows a level a change starts from: (从75%)提高到100%, (由每人每年380元)提高到420元. */
const FROM_TO_AFTER = /^[^，。；]{0,10}?(?:提高|增加|提升|上调|降低|下降|减少|下调|扩大|缩小|调整|压减|降|增|提)(?:到|至)/;

/** The levels before a list's member that a change starts from: 分别从每月554元、(251元). */
const FROM_LIST_BEFORE = /(?:从|由)[^，。；从由提降增到至]*[、和及]$/;

/** Words that turn a clause about last year to the year ahead: 去年…，今年力争…. */
const AHEAD = /今年|明年|计划|力争(?!取)|目标/;

/**
 * A level in force now or already reached, right before the number: 现行, 已达, 已经超过, (国家)已设立(400亿元…基金), 已经组织了(57户企业集团试点), 已基本完成(814个…治理);
 * a change already made: (两年国营工业的劳动生产率)已提高(百分之二十九).
 */
const IN_FORCE = /(?:现行|已(?:经)?(?:基本)?(?:达到?|超过|突破|设立|建成|完成|实现|提高|降低|增长|增加|下降|减少|上升)|已(?:经)?[\u4e00-\u9fff]{1,4}了)$/;

/** In the plan part, how the plan was drawn up: 形成了12项民生实事, 从收到的432条建议中 (筛选出 splits the blind annotators). */
const DONE_IN_PLAN = /(?:形成了|收到的?|征集到)$/;

/**
 * In the plan part, the months of the year planned already past, since the sentence's last pause: 我省一季度地区生产总值下降(3%),
 * 今年1—4月…增长 (reports are read in spring; what these months did is a result). Not with a goal or a forecast after.
 */
const MONTHS_PAST = /(?:一季度|第一季度|前两个月|前[二三四]个月|1[—\-－至~]\d月|今年以来)/;
/** Words of a goal or a forecast, which plan whatever months they name: 力争, 预计, 目标, 要, 将. */
const GOAL_WORDS = /力争|预计|确保|目标|要|将|计划|争取/;
/** Later parts of the year, which make quarters a schedule: 开工率一季度达到30%、二季度达到60%. */
const LATER_IN_YEAR = /[二三四]季度|上半年|年底|年末/;

/** True when a plan part's figure reports what the months already past did, up to the sentence's last pause. */
function monthsPastReported(ctx: MentionContext): boolean {
  // (…下降3%，是…首次负增长，全社会固定资产投资下降(4.3%): the months named hold to the semicolon)
  const sincePause = ctx.sentenceBefore.split(/[；;]/).at(-1) ?? '';
  if (!MONTHS_PAST.test(sincePause) || GOAL_WORDS.test(sincePause) || LATER_IN_YEAR.test(sincePause)) return false;
  // (the rest of the sentence is read only when the months are named: most plan figures name none)
  return !LATER_IN_YEAR.test(sentenceAfter(ctx).split(/[；;。]/)[0]);
}

/**
 * A goal reported as met is a result: 实现了年初确定的预期目标，地区生产总值增长7.8%;
 * 主要目标任务圆满完成; 城镇调查失业率明显低于年初预期目标 (a result judged against its goal); 超年度计划目标
 * 13.9% (by how much it was beaten; 分别比预期目标高5、2.9个百分点). Such
 * phrases are blanked before the target cues are read.
 */
const GOAL_MET = /(?:实现|完成|达成|达到|兑现|低于|高于|好于|优于|超过|超出|超(?!长期))(?:了)?[^，。；：]{0,12}?(?:预期目标|主要目标|目标任务|目标)|(?:预期目标|主要目标|目标任务)[^，。；：]{0,10}?(?:完成|实现|达成|兑现)|(?:比|较)(?:年初)?(?:预期目标|目标)(?:分别)?(?:高|多|快|低|少)(?:出)?/g;
const withoutGoalsMet = (text: string) => (text.includes('目标') ? text.replace(GOAL_MET, (w) => '＿'.repeat(w.length)) : text);

/**
 * A forecast right before the number (有望超过, 即将达到, 将达到; 比1956年将增长(百分之四点五)) or right after
 * the things counted (…有望摘帽, 即将喜迁新居); and the level it then reaches (将增长百分之四点五，达到(六百零三亿元)).
 */
const FORECAST_BEFORE = /(?:有望|即将|(?<![即必])将)(?:达到?|超过?|突破|实现|新增|增加|增长|提高|上升|下降|减少|降低|带动|形成|惠及)(?:约|超过?|近)?$|(?:有望|即将|(?<![即必])将)(?:增长|增加|提高|上升|下降|减少|降低)[^，。；]{1,12}[，,]达到?$/;
const FORECAST_AFTER = /^[^，。；\d]{0,8}?(?:有望|即将)/;

/** Funds named after the sum won: (争取)161.4亿元超长期特别国债资金(支持). */
const FUNDS_AFTER = new RegExp(`^[^，。；]{0,14}?(?:${FUNDS})`);

/**
 * In a review, funds 争取 right before their sum were won (争取161.4亿元超长期特别国债资金支持): the funds
 * stand after the number, where TARGET_IN_REVIEW, read on the clause before it, cannot see them.
 */
function withoutFundsWon(ctx: MentionContext, clause: string): string {
  return isMoneyUnit(ctx.mention.unit) && FUNDS_AFTER.test(sentenceAfter(ctx)) ? clause.replace(/争取(?:到)?\s*$/, '') : clause;
}

/**
 * A plan's figure inside a review, whatever years the review covers: a project's total investment
 * (总投资600多亿元的…工程, 项目853个、投资总额2.5万亿元, 新引进项目512个、投资额703.61亿元), what it will do once built (建成后将惠及…
 * 1800万人), a task set (国家下达的110万人就业任务). A five-year review's results are actual; these are not.
 */
export function isPlanFigureInReview(ctx: MentionContext): boolean {
  if (PLAN_TOTAL_BEFORE.test(ctx.clauseBefore)) return true;
  // 广义货币M2增长11.3%，低于13%左右的预期目标: the goal a result is judged against
  // (提前一年实现…500元和300元的目标: a goal reported reached is the result; 超额完成70%的目标 is the goal)
  const reach = [...ctx.clauseBefore.matchAll(/(超额)?(?:实现|完成|达到|达成)了?(?=[^，。；]{0,24}$)/g)].at(-1);
  if (GOAL_AFTER.test(ctx.after) && (!reach || reach[1])) return true;
  if (/(?:^|、)\s*投资(?:总额|额)[^\d，。；、]{0,4}$/.test(ctx.clauseBefore) && /项目/.test(ctx.sentenceBefore)) return true;
  // (新签约招商引资项目投资总额8676亿元: the projects' own investment total, as 总投资 is; golds 5 : 2)
  if (isMoneyUnit(ctx.mention.unit) && /项目投资(?:总额|额)[^\d，。；、]{0,4}$/.test(ctx.clauseBefore)) return true;
  // 其中投资15亿欧元的德国负碳材料项目: the size of a project named after its investment is its plan
  if (/(?:^|[，、]|其中)\s*投资(?:约|超过?|近)?$/.test(ctx.clauseBefore) && /^的[^，。；]{0,16}项目/.test(sentenceAfter(ctx))) return true;
  // (全面完成省政府下达的10件民生实事任务: tasks counted and reported done are a result; 超额完成…下达的
  // 110万人就业任务 is the quota itself)
  const tasksDone = /^[件项]$/.test(ctx.mention.unit) && /完成[^，。；]{0,10}下达的?$/.test(ctx.clauseBefore);
  if (/^(?:的)?[\u4e00-\u9fff]{0,4}?任务/.test(ctx.after) && /下达的?$/.test(ctx.lead.trimEnd()) && !tasksDone) return true;
  return /(?:建成|达产|投产|投用|运营)后(?:将|可|预计)[^。；]*$/.test(ctx.sentenceBefore);
}

/**
 * In a review, an aim heading the sentence, then what was done for it: 确保饮水安全，城市饮用水水源地
 * 水质达标率保持100% reports results (确保全年新签约项目180个 in the number's own clause plans).
 */
const AIM_HEADING = /^确保[^，。；：\d]{1,12}(?=，)/;

/** A turn of a paragraph, opening a sentence, to the past year; any mention of the year planned (years only when the planned one is known). */
// (五年来，我国经济实力显著增强, 两年来，中央坚持实施积极的财政政策, 这几年，国家先后在58个城市进行了…试点: a plan
// part's review of the years past looks back too, until 今后五年 or 今年)
// (刚刚过去的2015年，面对…: the past year named as just gone by)
// (同时也必须看到，我区发展还面临诸多…困境。一是经济总量不大，地区生产总值刚刚超过2万亿元: the problems a plan
// part weighs are the present)
const TURN_BACK = /(?<=^[\s*]*|[。；！？][\s*]*)(?:过去的?一年|一年来|去年|过去五年|(?:近)?[两三四五六七八九十几]年来|这几年|这些年|近几年|(?:(?:刚刚|刚)?过去的)?(\d{4})年|(?:同时)?[也还]?(?:必须|要|应当|更要)?(?:清醒(?:地)?)?看到)[，,]/g;
// (通过五年努力, 用三年时间: the years of effort ahead turn ahead too)
const TURN_AHEAD = /今年|明年|今后五年|未来五年|(?:通过|经过|再用|用)[一二两三四五\d]年(?:左右)?的?(?:努力|时间)|(\d{4})年/g;

/** True when the last turn of `paragraph` is to the past year: 过去一年，我们…; 2010年，… in a 2011 report; 五年来，…. */
function lookingBack(paragraph: string, planYear: number | null): boolean {
  const before = (year: string | undefined) => year === undefined || (planYear !== null && Number(year) < planYear);
  const back = [...paragraph.matchAll(TURN_BACK)].filter((m) => before(m[1])).at(-1);
  const ahead = [...paragraph.matchAll(TURN_AHEAD)].filter((m) => m[1] === undefined || (planYear !== null && Number(m[1]) >= planYear)).at(-1);
  return back !== undefined && (ahead === undefined || ahead.index! < back.index!);
}

/** A year in digits or in words: 1982年, 一九八二年. */
const YEAR_WRITTEN = new RegExp(`${WRITTEN_YEAR}年`, 'g');
/** A turn ahead after the year: 今年, 到2027年, 计划, 力争… (not a plan beaten, 超过原定的年度计划: a year's plan is its reference) */
const AHEAD_OF_YEAR = new RegExp(`今年|明年|今后|未来|到\\d{4}|到${YEAR_IN_WORDS}|(?<!原定的?|年度)计划|力争|目标|要|将`);

/**
 * In a plan part, a figure of a year before the one planned: 从一九七九年到一九八二年的四年间…增长百分之三十三点六,
 * 由一九七八年的百分之三十七点二下降到一九八二年的百分之二十五点五, 招生人数由一九八二年的(三十一万五千人) — the
 * last year the sentence names before the number is past, with no turn ahead after it. A year compared
 * with (比2020年下降13.5%, 在2020年基础上) dates a base, not the figure.
 */
function pastYearStated(sentenceBefore: string, planYear: number | null): boolean {
  if (planYear === null) return false;
  // (the year that dates a figure stands near it: the sentence's last 80 characters are read, so a long
  // sentence costs no more per figure)
  const near = sentenceBefore.slice(-80);
  const last = [...near.matchAll(YEAR_WRITTEN)].at(-1);
  const year = last ? yearOf(last[1]) : null;
  if (!last || year === null || year >= planYear) return false;
  const head = near.slice(Math.max(0, last.index! - 3), last.index);
  const tail = near.slice(last.index! + last[0].length);
  // (一九五八年比一九五七年增长(百分之一百零七): a past year compared with an earlier one dates the figure, the
  // earlier one only its base)
  if (/(?:比|较)$/.test(head)) return pastYearComparedFrom(near.slice(0, last.index! - 1), planYear) && !AHEAD_OF_YEAR.test(tail);
  if (/(?:与|同|相对|对比|以)$/.test(head) || /^(?:的?基础上|水平|基数|为基|以来|起|开始)/.test(tail)) return false;
  return !AHEAD_OF_YEAR.test(tail);
}

/**
 * The year last named before a 比 dates what is compared: 一九五八年比一九五七年, 一九五四年社会零售总额，比一九五二年,
 * 一九五八年工业总产值比一九五七年 — true when it is before the year planned and no turn ahead follows it.
 */
function pastYearComparedFrom(beforeComparison: string, planYear: number): boolean {
  // (a base compared with, 较2015年下降17%，…较2015年, and a price base in brackets, （按一九五七年不变价格计算）, date nothing)
  const unbracketed = beforeComparison.replace(/（[^（）]*）/g, (w) => '＿'.repeat(w.length));
  const dated = [...unbracketed.matchAll(YEAR_WRITTEN)].filter((m) => !/(?:比|较|与|同|按|以)$/.test(unbracketed.slice(0, m.index))).at(-1);
  const value = dated ? yearOf(dated[1]) : null;
  return value !== null && value < planYear && !AHEAD_OF_YEAR.test(beforeComparison.slice(dated!.index! + dated![0].length));
}

/**
 * 国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地，…，三十个大电站: the parts a 其中 lists are of the
 * whole the clause before it plans, so they are planned too, clause after clause.
 */
function breaksDownPlan(sentenceBefore: string): boolean {
  const at = sentenceBefore.lastIndexOf('其中');
  if (at < 0) return false;
  const whole = sentenceBefore.slice(0, at).split(/[，,；;]/).filter((clause) => clause.trim()).at(-1) ?? '';
  return TARGET_IN_REVIEW.test(whole);
}

/** An expected figure named right before the number: 预期增速, 预期目标, 预期. */
const EXPECTED_BEFORE = /(?<![于过出超低高])预期(?:目标|增速|增长)?(?:为|是)?$/;

/** `planYear`: the year the report plans, when known (a paragraph turning to an earlier year looks back). */
export function resolveModality(ctx: MentionContext, planYear: number | null = null): Modality {
  const { sentence } = ctx;
  // (生产总值预期增速(6.5%)左右，完成3.5%: a target stated against its result is the target, in any part;
  // 好于预期, 超出预期 compare with one)
  if (EXPECTED_BEFORE.test(ctx.lead.trim())) return 'target';
  switch (sentence.role) {
    case 'plan': {
      const before = ctx.sentenceBefore;
      if (DONE_IN_PLAN.test(ctx.clauseBefore)) return 'actual';
      if (monthsPastReported(ctx)) return 'actual';
      // 将制造业等行业现行16%的税率降至13%, 我国60岁以上人口已达2.5亿: the level in force, or one
      // already reached, is what is
      if (IN_FORCE.test(ctx.lead.trimEnd())) return 'actual';
      // 全面加强政府自身建设 / 过去一年，我们…办理建议394件: after a turn of the paragraph to the past
      // year (过去一年，, 2010年，) and before any turn back to the year planned, the plan part reports results
      if (lookingBack(ctx.paragraphSoFar, planYear) && !AHEAD.test(ctx.sentenceBefore)) return 'actual';
      // 去年我区旅游人次达到2.3亿，今年力争突破2.5亿: a clause about last year states a result
      if (/^(?:去年|上年|过去一年)/.test(ctx.clauseBefore.trim()) && !AHEAD.test(ctx.clauseBefore)) return 'actual';
      // 将科技型中小企业加计扣除比例从75%提高到100%: the level a change starts from is today's
      // (将…起征点从月销售额10万元提高到15万元: the measure may be named between 从 and the level)
      // (分别从每月554元、251元提高到609元、276元: so is every level of a list the change starts from)
      if ((/(?:从|由)[\u4e00-\u9fff]{0,6}$/.test(ctx.lead.trimEnd()) || FROM_LIST_BEFORE.test(ctx.clauseBefore)) && FROM_TO_AFTER.test(ctx.after)) return 'actual';
      // (工农业总产值将比一九五八年的二千零五十亿元增长百分之四十: the level of a year a plan is compared with is
      // that year's result)
      if (/(?:比|较)[^，。；比较]{0,10}年的$/.test(ctx.lead.trimEnd()) && /^(?:增长|增加|提高|下降|减少|降低|上升)/.test(ctx.after)) return 'actual';
      if (statesWhatIs(ctx)) return 'actual';
      if (pastYearStated(before, planYear)) return 'actual';
      // 在连续两年增长百分之十三的基础上，安排这样的速度: the ground a plan builds on is what was reached (but
      // 在确保完成…的基础上 plans)
      if (/^(?:左右|以上)?的?基础上/.test(ctx.after) && !/(?:确保|力争|完成|实现)[^，。；]{0,12}$/.test(ctx.clauseBefore)) return 'actual';
      return ACTUAL_IN_PLAN.test(before) && !AHEAD.test(before) ? 'actual' : 'target';
    }
    case 'glossary':
      // (到2011年底，我省已基本完成814个“难点村”治理: what is done already is no plan, whatever year it names)
      if (IN_FORCE.test(ctx.lead.trimEnd())) return 'actual';
      // (…明确，到2020年…翻一番以上。2010年，全省地区生产总值为(17185亿元): a year before the one planned, named in
      // the figure's own sentence, dates a result, whatever the entry plans; not a decision taken that year, which
      // plans: 于2003年6月作出了实施“千万工程”的重大决策，从全省选择(1万个左右)的行政村)
      if (pastYearStated(ctx.sentenceBefore, planYear) && !/决策|决定|部署/.test(ctx.sentenceBefore)) return 'actual';
      // (《…三年行动方案（2021-2023年）》提出，到2023年实现…。“六翻番”包括：…达到2000家: what a plan document
      // sets out, earlier in the entry, governs the sentences that spell it out)
      if (PLAN_SET_OUT.test(ctx.paragraphBefore) && !DONE_SINCE.test(ctx.paragraphBefore.split(PLAN_SET_OUT).at(-1) ?? '')) return 'target';
      return TARGET_IN_GLOSSARY.test(ctx.sentenceAround) || PROGRAMME_ACTION.test(ctx.clauseBefore) ? 'target' : 'actual';
    default: {
      // the cue must govern this number: 总投资 its clause; a plan verb the sentence before it
      if (TARGET_IN_REVIEW.test(withoutFundsWon(ctx, withoutGoalsMet(ctx.clauseBefore)))) return 'target';
      if (isPlanFigureInReview(ctx)) return 'target';
      if (breaksDownPlan(ctx.sentenceBefore)) return 'target';
      // 郑州市生产总值有望超过1万亿元, 33个贫困县有望摘帽, 3.8万人即将喜迁新居, 算力规模将达到7.8万P: what is
      // expected or about to happen, in a review, is a forecast
      // (the sentence, not only the clause: 将增长百分之四点五，达到(六百零三亿元) reaches back past the comma)
      if (FORECAST_BEFORE.test(ctx.sentenceBefore.trimEnd()) || FORECAST_AFTER.test(sentenceAfter(ctx))) return 'target';
      // …，确保全年新签约亿元以上项目180个以上: 确保 inside a sentence plans its own clause (the clauses
      // after it may report results: …，确保有劳动力的家庭至少有1人稳定就业，脱贫群众人均纯收入达13220元)
      if (/^确保(?!了)/.test(ctx.clauseBefore.trim())) return 'target';
      if (TARGET_IN_SENTENCE.test(withoutGoalsMet(ctx.sentenceBefore).replace(AIM_HEADING, (w) => '＿'.repeat(w.length)))) return 'target';
      return TARGET_LIST.test(withoutGoalsMet(ctx.paragraphBefore)) ? 'target' : 'actual';
    }
  }
}
