// What the Word readers share: the text of a document's parts as lines, one paragraph a line.

/** Blank lines out, and the blanks and tabs at either end of each line. */
export function tidyLines(part: string): string {
  return part
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter(Boolean)
    .join('\n');
}

/** The body, then its footnotes and endnotes: what a reader of the printed report sees, in that order. */
export function joinParts(parts: readonly string[]): string {
  return parts.map(tidyLines).filter(Boolean).join('\n');
}

export function firstLine(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  return message.split('\n')[0].slice(0, 120);
}
