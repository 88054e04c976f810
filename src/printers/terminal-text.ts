// Text from a report or a file name, made safe for a terminal. A report can hold escape
// sequences (clear the screen, hide text, set the window title) and a file name can hold a
// newline that forges a line of stderr; neither may reach the terminal as it is.

// ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC: titles, links), other ESC sequences,
// then any lone C0/C1 control, DEL, and the bidirectional overrides that reorder what is shown.
// eslint-disable-next-line no-control-regex
const SEQUENCES = /\u001b\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?|\u009b[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a table or Markdown cell: escape sequences removed whole, other control characters
 * removed, tabs and line breaks (which would break the row) become spaces.
 * `\x1b[2J增长6.2%` → `增长6.2%`.
 */
export function forTerminal(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, '').replace(/[\t\n]/g, ' ');
}

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A message line for stderr: every control character shown as an escape, so that a file named
 * `a\nzhibiao: all good.txt` prints as one line, `a\nzhibiao: all good.txt`, visibly.
 */
export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Every string inside a value passed through forTerminal: the data of a page printed for people. */
export function deepForTerminal<T>(value: T): T {
  if (typeof value === 'string') return forTerminal(value) as T;
  if (Array.isArray(value)) return value.map(deepForTerminal) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepForTerminal(v)])) as T;
  }
  return value;
}
