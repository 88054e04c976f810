// The text around a mention that the resolvers read: its clause, the words just before it
// (the lead) and just after it. All offsets are into the scan text (full-width folded).
import type { Mention, Sentence } from '../types.js';

/** Clause breaks inside a sentence. The enumeration comma 、 is not one. */
export const CLAUSE_BREAK = /[，,：:；;。！？!?\n]/;

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
  /** Up to 8 characters after the mention. */
  after: string;
  /** The previous mention in the same sentence, if any. */
  previous?: MentionContext;
}

export function buildContexts(scan: string, sentence: Sentence, mentions: Mention[]): MentionContext[] {
  const contexts: MentionContext[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let clauseStart = m.span.start;
    while (clauseStart > sentence.span.start && !CLAUSE_BREAK.test(scan[clauseStart - 1])) clauseStart--;
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
      after: scan.slice(m.span.end, Math.min(sentence.span.end, m.span.end + 8)),
      previous,
    });
  }
  return contexts;
}

/** True when only list glue stands between two mentions: 66.67%、85.71% or 5%和7.5%. */
export function isListContinuation(lead: string): boolean {
  return /^(?:[、和及与]|以及)?$/.test(lead.trim());
}
