// A document's text → what a run keeps of it: its claims and its identity (region, level,
// years). Done where the text is (a --jobs worker, or the main thread), so that only these
// travel, never the text.
import type { Claim, MetricDefinition } from '../core/types.js';
import { parseIdentityPattern, type IdentityPattern } from '../identity/file-names.js';
import { identifyDocument, type DocumentIdentity, type IdentityOverrides } from '../identity/identify.js';
import { extract } from '../index.js';

export interface Analysed {
  claims: Claim[];
  identity: DocumentIdentity;
  /** Notes for stderr: a name that does not fit --identity-from. */
  notes?: string[];
}

/** How every document of a run is analysed; plain data, so that it travels to the workers. */
export interface AnalyseSettings {
  /** --region, --level, --year: win over the text and the file name. */
  overrides?: IdentityOverrides;
  /** --identity-from PATTERN: the identity the file's name gives ('{region}-{year}.txt'). */
  identityFrom?: string;
  /** --metrics FILE: the run's metric table. */
  metrics?: readonly MetricDefinition[];
}

const patterns = new Map<string, IdentityPattern>();

export function analyseText(text: string, name: string, settings: AnalyseSettings = {}): Analysed {
  const notes: string[] = [];
  let fromName: IdentityOverrides | null = null;
  if (settings.identityFrom && name !== '-') {
    let pattern = patterns.get(settings.identityFrom);
    if (!pattern) patterns.set(settings.identityFrom, (pattern = parseIdentityPattern(settings.identityFrom)));
    fromName = pattern.match(name);
    if (!fromName) notes.push(`${name}: the name does not fit --identity-from '${settings.identityFrom}'; its identity is read from the text`);
  }
  const overrides: IdentityOverrides = { ...fromName, ...settings.overrides };
  const claims = extract(text, { year: overrides.year, metrics: settings.metrics }).claims;
  return { claims, identity: identifyDocument(text, overrides), ...(notes.length ? { notes } : {}) };
}
