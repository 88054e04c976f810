// What things won, became or passed: things counted by the title given them or an honour they
// received (titleGiven, honourOfWorks, placesTitled), by what they did or the pilot they run
// (thingThatDid, pilotPlaces), the medals of a tally named by their event (medalName), and
// milestones (a milestone passed names no measure, one counted is its subject's, a mark passed
// measures what passed it: isMilestone, withoutMilestone, milestoneCounted, markPassed). Each reads
// a turn of report prose about achievements rather than a measure.
import { CROSSING_VERBS, MEDAL_VERBS, MILESTONES, MILESTONES_AFTER_SUM } from '../../lexicon/cues.js';
import type { Segmenter } from '../../types.js';
import { sentenceAfter, type MentionContext } from '../context.js';
import { cleanLead } from './cues.js';

/** Things that are given titles or recognised as a kind: 企业, 园区, 景区… */
const TITLED_THINGS = '企业|合作社|作品|单位|社区|村|学校|医院|家庭|项目|园区|景区|基地|县市区|县（市、区）|县（市）|县市|区县|乡镇|市|县|区|镇|乡';
const ONE_OF_A_KIND = new RegExp(`^(?:${TITLED_THINGS})$`);
const TITLED_KINDS = `(?:${TITLED_THINGS}|院校|高校)`;
/** Verbs that give a title or a place on a list: 获评, 入选, 上榜 (中国民营企业500强). */
// (6个区被授牌命名为“平安中国建设示范县”: a plaque given with the name is the same title)
const TITLE_VERBS = '获评|入选|入围|上榜|被评为|被认定为|被命名为|被授牌命名为|被授予|获批|荣获|创成';
// (技工院校获评…: a short kind of the thing may come first)
const TITLE_GIVEN = new RegExp(`^([\u4e00-\u9fff]{0,4}?${TITLED_KINDS})(?:${TITLE_VERBS})(.{3,})$`);
const TITLE_ALONE = new RegExp(`^((?:${TITLE_VERBS})为?)(.{3,})$`);
/** A bracketed note on the places counted, before the verb of a title: (3县)（市）入选. */
const NOTE_BEFORE_TITLE = new RegExp(`^[（(][^）)]{1,6}[）)](?=${TITLE_VERBS})`);

/**
 * 5家企业获评“国家级电子商务示范企业”, 6个社区获评全国示范性老年友好型社区, 5个县市区获评国家乡村
 * 振兴示范县: things counted by the title they were given are named by the title, read whole from the
 * text after the number when the phrase was cut inside it (光伏项目获批 and 企业获评A级 keep their words).
 */
export function titleGiven(phrase: string, textAfter = ''): string {
  // (102个专项债项目获批资金需求80.9亿元: what holds a figure is no title)
  // (4家企业入选2023年中国民营企业500强: the year of a list names when, the list is the title)
  const title = (m: RegExpExecArray | null): string[] | null =>
    !m || /\d(?:\.\d+)?[万亿]?(?:元|吨|亩|平方米|公里|千瓦)/.test(m[2]) ? null : [m[0], m[1], m[2].replace(/^(?:19|20)\d\d年度?(?=[\u4e00-\u9fff“])/, '')];
  // (古浪八步沙林场等4地被命名为全国“两山”实践创新基地: things counted by their unit alone, the verb right
  // after it, are named by the title whole)
  // (3县（市）入选全国首批…示范区: a bracketed note on the places counted comes before the verb)
  const clauseAfter = clauseOutsideBrackets(textAfter.replace(NOTE_BEFORE_TITLE, ''));
  const alone = title(TITLE_ALONE.exec(clauseAfter));
  if (alone && textAfter.startsWith(phrase) && phrase.length <= alone[1].length && alone[2].length <= 30) return alone[2];
  const rated = title(TITLE_GIVEN.exec(phrase));
  const whole = title(TITLE_GIVEN.exec(clauseAfter));
  // 4家企业入选国家级绿色工厂: a bare kind cut at its verb is named by the title after it too
  // (3个市获批国家…示范项目城市: or a phrase cut inside the title)
  if (!rated) return whole && textAfter.startsWith(phrase) && whole[2].length <= 30 ? withKind(whole[2], whole[1]) : phrase;
  return withKind(whole && whole[2].startsWith(rated[2]) && whole[2].length <= 30 ? whole[2] : rated[2], rated[1]);
}

/**
 * The words up to the clause's end or a list comma, a comma inside brackets not counted: 入选我省独角兽（潜在、种子）、瞪羚…
 * → 入选我省独角兽（潜在、种子）.
 */
function clauseOutsideBrackets(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (/[，。；：]/.test(c) || (c === '、' && depth === 0)) return text.slice(0, i);
  }
  return text;
}

/** A one-character thing named by what it did, to its clause's end: 建成三级医院的县, 通高速公路的县 (了 off). */
export function thingThatDid(thing: string, scan: string, start: number): string {
  // (50%的县（市、区）基本普及…: a bracketed note on the thing stays with it)
  const note = /^[（(][^）)]{1,8}[）)]/.exec(scan.slice(start, start + 10))?.[0] ?? '';
  const clause = /^[^，。；：,;:]{1,20}/.exec(scan.slice(start + note.length, start + note.length + 20))?.[0] ?? '';
  // (推广…照片“一窗通拍、全域应用”: a clause cut inside a quote ends before the quote opens)
  const open = clause.lastIndexOf('“');
  const did = (open > clause.lastIndexOf('”') ? clause.slice(0, open) : clause).replace(/了/g, '');
  return did ? `${did}的${thing}${note}` : thing + note;
}

/** Places that run a pilot, and the pilot after them: (58个)城市进行了企业优化资本结构的试点. */
const PILOT_PLACES = /^(?:城市|县|县市|县（市、区）|地区|省市|乡镇)$/;
const PILOT_RUN = /^(?:城市|县|县市|县（市、区）|地区|省市|乡镇)(?:开展|进行|实施|推进)了?([^，。；、]{2,20}?)的?试点/;

/**
 * 国家先后在58个城市进行了企业优化资本结构的试点 → 企业优化资本结构试点城市: places counted by
 * the pilot they run are named by it (as the golds name them); other phrases come back as given.
 */
export function pilotPlaces(phrase: string, textAfter: string): string {
  const run = PILOT_PLACES.test(phrase) ? PILOT_RUN.exec(textAfter) : null;
  return run ? `${run[1]}试点${phrase}` : phrase;
}

/**
 * 全国“五个一工程”奖 → 全国“五个一工程”奖文艺作品: an award names the works that won it with their kind
 * (firms keep the award alone: 中国轻工业…一等奖, as the golds name them).
 */
function withKind(title: string, kind: string): string {
  return /奖[”"]?$/.test(title) && kind.endsWith('作品') ? title + kind : title;
}

/** Verbs of crossing a milestone, alone: 跨过, 连跨, 迈上 (jieba may not know them as verbs). */
export const CROSSING_VERB = new RegExp(`^(?:连续?)?(?:${CROSSING_VERBS.join('|')}|突破|跨)了?$`);

/** Milestones a measure passes: 千亿台阶, 5万关口, 新台阶, 大关, 万亿元新起点. */
const MILESTONE = new RegExp(`(?:[十百千万亿]+元?级?)?新?(?:${MILESTONES.join('|')})$`);

/** A milestone right after a number, its size or stage too: (突破万亿)规模, (进入万亿)阶段. */
const MILESTONE_AFTER_NUMBER = new RegExp(`(?:[十百千万亿]+元?级?)?新?(?:${MILESTONES_AFTER_SUM.join('|')})$`);

/** A milestone or record opening the words after a number and ending its clause: (3.2亿吨)历史新高。 */
const RECORD_AFTER_NUMBER = new RegExp(`^新?(?:${MILESTONES.join('|')})(?=[，。；、！]|$)`);

/** True when a name is a milestone alone: 十亿级台阶, 千亿元大关. */
export function isMilestone(name: string): boolean {
  return name.replace(MILESTONE, '') === '';
}

/** 地区生产总值千亿台阶 → 地区生产总值: what a later number measures is the subject, not its milestones. */
export function withoutMilestone(name: string): string {
  return name.replace(MILESTONE, '') || name;
}

/**
 * The phrase after a number when it is a milestone: 突破5万关口 → '' (a milestone names no measure);
 * 全省地区生产总值连跨4个千亿台阶 → 地区生产总值千亿台阶 (milestones counted are the subject's). Any
 * other phrase comes back as it is.
 */
export function milestoneCounted(ctx: MentionContext, phrase: string, segmenter?: Segmenter): string {
  // (港口吞吐量创3.2亿吨历史新高。: a record right after the number, to the clause's end, names no thing, even
  // when the segmenter cuts it into a noun and a verb, 历史|新高)
  if (RECORD_AFTER_NUMBER.test(ctx.after)) return '';
  if (!MILESTONE_AFTER_NUMBER.test(phrase) || /[\u4e00-\u9fff]/.test(phrase.replace(MILESTONE_AFTER_NUMBER, ''))) return phrase;
  if (ctx.mention.unit !== '个') return '';
  const subject = withoutTrailingVerb(cleanLead(ctx.lead), segmenter);
  // (五年跨过3个万亿元级台阶: a verb alone names no subject; the sentence's measure goes on)
  const verbOnly = CROSSING_VERB.test(subject) || (segmenter !== undefined && segmenter.tag(subject).every((w) => /^[vud]/.test(w.tag)));
  return subject && !verbOnly ? subject + phrase : '';
}

/** 全省地区生产总值连跨 → 地区生产总值: the subject without the verb that ends it. */
function withoutTrailingVerb(phrase: string, segmenter?: Segmenter): string {
  const words = segmenter?.tag(phrase) ?? [];
  let n = words.length;
  while (n > 1 && /^(?:v|vd|vi|d)$/.test(words[n - 1].tag)) n--;
  // 连|跨: a character before the verb goes with it (jieba may take 连 for a name)
  if (n < words.length && n > 1 && words[n - 1].word.length === 1) n--;
  return words.length ? words.slice(0, n).map((w) => w.word).join('') : phrase;
}

/**
 * 成为…第四个突破(2000亿元大关的地区), 是全国首个突破(13万亿元的省份), 是全国唯一突破(万亿元的省份), 成为全国首个超(万亿元
 * 的省份): a place that passed a mark, counted among the first to, or the only one.
 */
const PASSED_AS_ONE = /(?:成为|是)[^，。；]*?(?:唯一|[首第]?[一二三四五六七八九十\d]*个)([^，。；个]*?)(?:突破|超过|超|跨越|迈上|站上|跃上)$/;

/**
 * 工业经济总量成为全区第四个突破2000亿元大关的地区 → 工业经济总量; 成为…新一个经济总量突破2万亿的城市 →
 * 经济总量; 研发经费支出占GDP比重达3.1%，成为东北首个突破3%的城市 → the previous measure: the mark a
 * place passed measures what passed it, not the place. '' for any other mention.
 */
export function markPassed(ctx: MentionContext, scan: string, previous: string): string {
  if (!/^(?:大关)?的(?:城市|地区|省份|省区|县|区|市|州)/.test(ctx.after)) return '';
  const clause = scan.slice(ctx.clauseStart, ctx.mention.span.start);
  const passed = PASSED_AS_ONE.exec(clause);
  if (!passed) return '';
  const own = cleanLead(passed[1]);
  if (own.length >= 2) return own;
  const subject = cleanLead(clause.slice(0, passed.index));
  return subject.length >= 2 ? subject : previous;
}


/** Words for works done, too general to name what was counted by themselves. */
const GENERAL_WORKS = /^(?:工作|做法|经验|单位)$/;

/**
 * 政府督查、碳汇试点等4项工作获省政府督查激励 → 获省政府督查激励: works counted by the honour
 * they received are named by it (the gold files' reading). '' for any other phrase.
 */
export function honourOfWorks(ctx: MentionContext, scan: string, phrase: string): string {
  const at = scan.indexOf(phrase, ctx.mention.span.end);
  if (at < 0) return '';
  const rest = scan.slice(at + phrase.length);
  // (2家单位入选国家级生态农场: units of any kind are named by what they entered; 30个单位获国家、
  // 自治区…示范单位命名: levels listed before the honour)
  if (GENERAL_WORKS.test(phrase)) return /^(?:获得?|荣获|受到|获评|入选|被评为|获批)(?:[^，。；、]{2,6}、[^，。；、]{2,24}|[^，。；、]{2,24})/.exec(rest)?.[0] ?? '';
  // 5个园区成功认定自治区级化工园区: places recognised as a kind are named by it, as titles are
  const recognised = /^(?:成功)?(?:被认定为|认定为|认定)([^，。；、]{4,20})/.exec(rest);
  return ONE_OF_A_KIND.test(phrase) && recognised ? recognised[1] : '';
}

const MEDALS: Record<string, string> = { 金: '金牌', 银: '银牌', 铜: '铜牌' };
/** Medals named after their count: (3枚)金牌, (12块)奖牌. */
const MEDALS_COUNTED = new RegExp(`^(?:${[...Object.values(MEDALS), '奖牌'].join('|')})`);
/** What stands before the verb that won the medals: the event, with who won them. */
const MEDAL_EVENT = new RegExp(`^(.*?)(?:${MEDAL_VERBS})`);
/** The event of the last tally in a list of tallies: 、亚残运会夺得(1金2银). */
const LAST_MEDAL_EVENT = new RegExp(`[、；]([^、，；]{2,20}?)(?:${MEDAL_VERBS})[^、，；]*$`);
/**
 * Events listed before one verb of winning, then the tallies before this one's: 在(巴黎奥运会、残奥会)上勇夺(4金、)(13金
 * starts here); the winners may stand between, after a comma: (巴黎奥运会和残奥会)上，我省体育健儿分别摘得(2金2银1铜、)(2金1银);
 * tallies may be joined by 和 (在第十四次全国运动会和第八届特殊奥林匹克运动会上分别取得7金7银7铜和(23金…)).
 */
const EVENTS_THEN_TALLIES = new RegExp(`([^，；、\\d]{2,20}?[会赛杯](?:[、和][^，；、\\d]{2,20}?[会赛杯])+)[上中]?(?:[，,][^，；、\\d会赛杯]{0,12}?)?(?:分别)?(?:共|累计|一举)?(?:${MEDAL_VERBS})((?:[^，；、和]*?[金银铜][、和])*)[^，；、和]*$`);
/** The event right before a tally, after its verb or opening a list item: 获亚运会(10金2银), 、亚残运会(9金1铜). */
const EVENT_BEFORE_TALLY = new RegExp(`(?:${MEDAL_VERBS}|、)([^、，；\\d]{1,18}?[会赛杯])(?:${MEDAL_VERBS})?(?:\\d[^、，；]*)?$`);

/**
 * A medal of a tally names the event it was won at: 运动员在杭州亚运会上斩获两金一银 →
 * 杭州亚运会金牌, 杭州亚运会银牌; so do medals counted (在世界技能大赛斩获3枚金牌 → 世界技能大赛金牌).
 * '' for any other mention.
 */
export function medalName(ctx: MentionContext, scan: string): string {
  // (苏州选手在世界技能大赛斩获3枚金牌: medals counted with their classifier name the event too)
  const medal = ctx.mention.rule === 'medal' ? MEDALS[scan[ctx.mention.span.end - 1]] : MEDALS_COUNTED.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 4))?.[0];
  if (!medal) return '';
  const clause = scan.slice(ctx.clauseStart, ctx.mention.span.start);
  const sentence = scan.slice(ctx.sentence.span.start, ctx.mention.span.start);
  // (…在亚运会夺得2金2银1铜、亚残运会夺得1金2银: the tally's own event is the last one named)
  // (绍兴健儿获亚运会10金2银2铜、亚残运会9金1铜: or the event stands right before the tally)
  // (在巴黎奥运会、残奥会上勇夺4金、13金: events listed before one verb pair in order with the tallies after it)
  const listed = EVENTS_THEN_TALLIES.exec(sentence);
  if (listed) {
    // (the winners or 在 before the first event are no part of it)
    const listedEvents = listed[1].replace(/^.*在/, '');
    const events = listedEvents.split(/[、和]/);
    const index = (listed[2].match(/[、和]/g) ?? []).length;
    // (the tallies after this one, up to the end of its clause)
    const later = (scan.slice(ctx.mention.span.end, ctx.sentence.span.end).split(/[，；]/)[0].match(/[、和]/g) ?? []).length;
    if (index + 1 + later === events.length) return cleanLead(events[index]) + medal;
    // (在巴黎奥运会、残奥会上勇夺8金9银6铜: one tally for both events is theirs together)
    if (index + later === 0) return cleanLead(listedEvents) + medal;
  }
  // (在杭州亚运会上，我市健儿夺得3金2银: the event may open the sentence, the winners' clause after it)
  const own = MEDAL_EVENT.exec(clause)?.[1] ?? '';
  const opening = /在([^，；]{2,20}?[会赛杯])[上中]?[，,]/.exec(sentence)?.[1];
  const event = EVENT_BEFORE_TALLY.exec(clause)?.[1] || LAST_MEDAL_EVENT.exec(clause)?.[1] || (opening && !/[会赛杯][上中]?$/.test(own.trim()) ? opening : own);
  const at = cleanLead(event.replace(/^.*在/, '').replace(/[上中]$/, ''));
  return at + medal;
}

/**
 * The titles after places counted in a list: (124个)镇获评全国百强区、百强县、千强镇. Only the verbs that name the
 * title next, not all of TITLE_VERBS: after 荣获 a list often names the givers (14个集体、15名个人荣获党中央、国务院表彰).
 */
const TITLES_AFTER_LIST = /^[\u4e00-\u9fff]{1,2}(?:（[^）]{1,6}）)?(?:获评|入选|被评为)(全国|全省|国家级|省级)?([^，。；]+)$/;
/** A place counted, then the list comma, as the lead of the next count: 区、, 县（市）、. */
const PLACE_THEN_COMMA = /^[\u4e00-\u9fff]{1,2}(?:（[^）]{1,6}）)?、$/;

/**
 * 17个区、2个县（市）、124个镇获评全国百强区、百强县、千强镇 → 全国百强区, 全国百强县, 全国千强镇: places of
 * several kinds counted in a list, then as many titles, pair in order, each with the scope said once
 * (rewrites `indicators` in place).
 */
export function titlesAfterList(contexts: MentionContext[], indicators: string[]): void {
  for (let last = 1; last < contexts.length; last++) {
    const titled = TITLES_AFTER_LIST.exec(sentenceAfter(contexts[last]).split(/[，。；]/)[0]);
    const titles = titled ? titled[2].split('、') : [];
    if (titles.length < 2) continue;
    let first = last;
    while (first > 0 && last - first + 1 < titles.length && PLACE_THEN_COMMA.test(contexts[first].lead.trim())) first--;
    if (last - first + 1 !== titles.length) continue;
    titles.forEach((title, k) => (indicators[first + k] = (titled![1] ?? '') + title));
  }
}

/** What places counted after examples became: 房县、安陆等14地成为国家首批…示范县市 → 国家首批…示范县市. */
export function placesTitled(ctx: MentionContext, scan: string): string {
  if (ctx.mention.rule !== 'places-after-examples') return '';
  const rest = scan.slice(ctx.mention.span.end, Math.min(ctx.sentence.span.end, ctx.mention.span.end + 40)).split(/[，。；、]/)[0];
  const title = rest.replace(/^(?:获批建设|获批|成为|获评为?|入选|入围|被评为|被列为|列入|纳入)/, '');
  return title.length >= 2 && title !== rest ? cleanLead(title, 40) : '';
}
