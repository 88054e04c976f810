// A document's text → what a run keeps of it: its claims and its identity (region, level,
// years). Done where the text is (a --jobs worker, or the main thread), so that only these
// travel, never the text.
import type { Claim } from '../core/types.js';
import { identifyDocument, type DocumentIdentity, type IdentityOverrides } from '../identity/identify.js';
import { extract } from '../index.js';
import { InputError } from './decode.js';

export interface Analysed {
  claims: Claim[];
  identity: DocumentIdentity;
}

export function analyseText(text: string, overrides: IdentityOverrides = {}): Analysed {
  return { claims: extract(text).claims, identity: identifyDocument(text, overrides) };
}

/**
 * analyseText for one named document: a failure inside the extraction (a stack overflow on a
 * pathological line) is that document's error, naming it, and the run goes on with the others.
 */
export function analyseDocument(name: string, text: string, overrides: IdentityOverrides = {}): Analysed {
  try {
    return analyseText(text, overrides);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const why = error instanceof RangeError ? 'the text is too deeply nested or too long in one line' : error.message;
    throw new InputError(`${name === '-' ? 'standard input' : name}: cannot extract: ${why}`, 'unreadable');
  }
}
