// A document's text → what a run keeps of it: its claims and its identity (region, level,
// years). Done where the text is (a --jobs worker, or the main thread), so that only these
// travel, never the text.
import type { Claim } from '../core/types.js';
import { identifyDocument, type DocumentIdentity, type IdentityOverrides } from '../identity/identify.js';
import { extract } from '../index.js';

export interface Analysed {
  claims: Claim[];
  identity: DocumentIdentity;
}

export function analyseText(text: string, overrides: IdentityOverrides = {}): Analysed {
  // --year says which year the report is, for its claims' periods as for its identity
  return { claims: extract(text, overrides.year === undefined ? {} : { year: overrides.year }).claims, identity: identifyDocument(text, overrides) };
}
