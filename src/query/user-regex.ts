// A regular expression given by the user (`--indicator '收入$'`), run by RE2 (re2js, pure
// JavaScript): its time is linear in the text, so no pattern can hang a run. JavaScript's own
// engine backtracks: `((.+)+)+x` took minutes on one indicator, and no Ctrl-C could stop it,
// because a signal waits for the running JavaScript to return. RE2 has no lookaround and no
// backreferences; a pattern using them is refused with a message saying so.
import { RE2JS } from 're2js';

/** What a filter needs of a pattern: RegExp has it too, so a library caller may pass either. */
export interface TextPattern {
  /** Ignored; kept so that a RegExp and a TextPattern are used alike. */
  lastIndex: number;
  test(text: string): boolean;
}

/** `收入$` → a case-insensitive pattern; throws Error with RE2's message (and a hint) when it does not compile. */
export function compileUserRegex(source: string): TextPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const message = (error as Error).message.replace(/^error parsing regexp: /, '').replace('`(?i)', '`'); // the flag as RE2 spells it
    const hint = /unsupported|invalid escape|invalid named/i.test(message) ? ' (patterns run in linear time, so lookaround and backreferences are not supported)' : '';
    throw new Error(`${message}${hint}`);
  }
  return { lastIndex: 0, test: (text) => re.matcher(text).find() };
}
