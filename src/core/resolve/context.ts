// The text around a mention that the resolvers read: its clause, the words just before it
// (the lead) and just after it. All offsets are into the scan text (full-width folded).
import type { Mention, Sentence } from '../types.js';

/** Clause breaks inside a sentence. The enumeration comma 、 is not one. */
export const CLAUSE_BREAK = /[，,：:；;。！？!?\n]/;

/** How far back a clause is read, at most. */
const MAX_CLAUSE = 120;
/** How much of a sentence around a mention the resolvers read, at most, each way. */
export const SENTENCE_WINDOW = 300;

export interface MentionContext {
  mention: Mention;
  sentence: Sentence;
  /** Index of the mention among the mentions of its sentence. */
  index: number;
  /** Start of the clause that holds the mention. */
  clauseStart: number;
  /** Text from the clause start, or the previous mention's end if later, to the mention. */
  lead: string;
  /** Text from the clause start to the mention (earlier mentions included). */
  clauseBefore: string;
  /** Up to 300 characters of the paragraph before the mention. */
  paragraphBefore: string;
  /** The first words of the mention's paragraph (过去一年，我们…). */
  paragraphOpening: string;
  /** The whole paragraph before the mention: where it last turned to the past year or ahead. */
  paragraphSoFar: string;
  /** The sentence before the mention, up to SENTENCE_WINDOW characters. */
  sentenceBefore: string;
  /** The sentence around the mention, up to SENTENCE_WINDOW characters each way. */
  sentenceAround: string;
  /** Up to 8 characters after the mention. */
  after: string;
  /** The previous mention in the same sentence, if any. */
  previous?: MentionContext;
  /** The next mention in the same sentence, if any. */
  next?: Mention;
}

export function buildContexts(scan: string, sentence: Sentence, mentions: Mention[]): MentionContext[] {
  const contexts: MentionContext[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // a clause longer than MAX_CLAUSE is cut: report prose never needs more, and the walk stays bounded
    const floor = Math.max(sentence.span.start, m.span.start - MAX_CLAUSE);
    let clauseStart = m.span.start;
    while (clauseStart > floor && !CLAUSE_BREAK.test(scan[clauseStart - 1])) clauseStart--;
    // 广义货币M2（注：M2为M右下角加2）预期增长12%: a break inside a note in brackets closed before
    // the number breaks no clause
    const open = clauseStart > floor ? scan.lastIndexOf('（', clauseStart - 1) : -1;
    if (open >= floor && open > scan.lastIndexOf('）', clauseStart - 1) && scan.indexOf('）', clauseStart) < m.span.start && scan.indexOf('）', clauseStart) >= 0) {
      clauseStart = open;
      while (clauseStart > floor && !CLAUSE_BREAK.test(scan[clauseStart - 1])) clauseStart--;
    }
    // 事故起数在上年大幅下降基础上，又分别下降35%: the ground a change builds on, and the comma after it,
    // open the same clause
    while (clauseStart > floor && /[，,]/.test(scan[clauseStart - 1]) && scan.startsWith('基础上', clauseStart - 4)) {
      clauseStart--;
      while (clauseStart > floor && !CLAUSE_BREAK.test(scan[clauseStart - 1])) clauseStart--;
    }
    const previous = contexts[i - 1];
    const leadStart = previous && previous.mention.span.end > clauseStart ? previous.mention.span.end : clauseStart;
    contexts.push({
      mention: m,
      sentence,
      index: i,
      clauseStart,
      lead: scan.slice(leadStart, m.span.start),
      clauseBefore: scan.slice(clauseStart, m.span.start),
      paragraphBefore: scan.slice(Math.max(sentence.paragraphStart, m.span.start - 300), m.span.start),
      paragraphOpening: scan.slice(sentence.paragraphStart, Math.min(sentence.paragraphStart + 12, m.span.start)),
      paragraphSoFar: scan.slice(sentence.paragraphStart, m.span.start),
      sentenceBefore: scan.slice(Math.max(sentence.span.start, m.span.start - SENTENCE_WINDOW), m.span.start),
      sentenceAround: scan.slice(Math.max(sentence.span.start, m.span.start - SENTENCE_WINDOW), Math.min(sentence.span.end, m.span.end + SENTENCE_WINDOW)),
      after: scan.slice(m.span.end, Math.min(sentence.span.end, m.span.end + 8)),
      previous,
      next: mentions[i + 1],
    });
  }
  return contexts;
}

/**
 * True when only list glue stands between two mentions: 66.67%、85.71% or 5%和7.5%; the
 * previous member's own qualifier may come first: 4%以上、6%左右和5.5%以上.
 */
export function isListContinuation(lead: string): boolean {
  // (四成和近三成: a bound of nearness may open the next item; 净增3193户、超2.4万户 is a new figure)
  // (分别达到每月615元、每年4103元: a period each value is per may open the next item too)
  // (城镇、农村低保标准分别达到月人均403元、年人均2719元: or a per-head base by month or year)
  return /^(?:以上|以下|以内|左右|上下|多|余)?(?:(?:[、和及与]|以及)(?:近|约|接近)?(?:每人)?(?:每[月年天日])?(?:[月年]人均)?)?$/.test(lead.trim());
}

/**
 * True when a mention goes on the list its previous mention opened: list glue between them in one
 * clause (5%、7%). A number opening the next clause (减少一半，95%以上实行备案管理) starts afresh.
 */
export function continuesList(ctx: MentionContext): boolean {
  return ctx.previous !== undefined && ctx.previous.mention.span.end > ctx.clauseStart && isListContinuation(ctx.lead);
}

/**
 * The clause before the mention's clause in its sentence (at most `reach` characters back):
 * where a subject or object lost by the mention's own clause stands. '' in a first clause.
 */
export function clauseBefore(ctx: MentionContext, scan: string, reach = 40): string {
  if (ctx.clauseStart <= ctx.sentence.span.start) return '';
  const text = scan.slice(Math.max(ctx.sentence.span.start, ctx.clauseStart - reach), ctx.clauseStart - 1);
  return text.split(/[，,：:；;]/).pop() ?? '';
}

/** The context with the mention read as ending at `end`: to look for a noun past glue (的, 内). */
export function endingAt(ctx: MentionContext, end: number): MentionContext {
  return { ...ctx, mention: { ...ctx.mention, span: { start: ctx.mention.span.start, end } } };
}

/**
 * The rest of the sentence after the number (ctx.after is a short window): the sentence around
 * starts where the sentence before does.
 */
export function sentenceAfter(ctx: MentionContext): string {
  return ctx.sentenceAround.slice(ctx.sentenceBefore.length + ctx.mention.span.end - ctx.mention.span.start);
}
