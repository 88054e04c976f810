// Writing a full expected file from an extraction (`zhibiao check --update`).
import type { Claim } from '../core/types.js';
import { figuresOf } from './compare.js';
import { EXPECTED_SCHEMA, type ExpectedClaim, type ExpectedFile } from './expected-file.js';
import { occurrencesOnLine, TextLines } from './locate.js';

export const SNAPSHOT_NOTE = 'Written by `zhibiao check --update`: a regression snapshot of the extraction, not checked by hand.';

/**
 * A full expected file recording every claim: where it is (line, text, span, and the
 * occurrence on its line when the text occurs there more than once) and all its fields.
 * Why the occurrence: if the report is edited and spans shift, line + text still find the claim.
 */
export function snapshotClaims(text: string, claims: readonly Claim[], document?: string): ExpectedFile {
  const lines = new TextLines(text);
  const file: ExpectedFile = { schema: EXPECTED_SCHEMA, mode: 'full', claims: [] };
  if (document !== undefined) file.document = document;
  file.note = SNAPSHOT_NOTE;
  file.claims = claims.map((claim) => {
    const located: ExpectedClaim = { line: claim.line, text: claim.text, span: { ...claim.span } };
    const occurrences = occurrencesOnLine(claim.text, claim.line, lines);
    const index = occurrences.findIndex((s) => s.start === claim.span.start && s.end === claim.span.end);
    if (index > 0) located.occurrence = index + 1;
    return { ...located, ...figuresOf(claim) };
  });
  return file;
}

/**
 * The file's text: the header pretty, one claim per line.
 * Why: a refreshed snapshot then diffs in git one claim per changed line.
 */
export function serializeExpectedFile(file: ExpectedFile): string {
  const { claims, ...header } = file;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const body = claims.map((claim) => `    ${JSON.stringify(claim)}`).join(',\n');
  return `${head},\n  "claims": [${claims.length ? `\n${body}\n  ` : ''}]\n}\n`;
}
