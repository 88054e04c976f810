// Word lists in a table cell (zhibiao sectors, zhibiao metrics): 、-joined lines that fit a width.
import stringWidth from 'string-width';

/** Keywords joined by 、 into lines of at most `width` columns, never splitting a keyword. */
export function wrapWords(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line}、${word}` : word;
    if (line && stringWidth(next) > width - 8) { // room for ` (+NN)`
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
