// The expected-file format: what a fixture asserts about a report's claims.
//
//   {"schema": "zhibiao/expected@1", "mode": "subset", "claims": [
//     {"line": 9, "text": "6.2%", "kind": "change", "value": 6.2, "note": "GDP growth 2023"}]}
//
// `mode: "full"` lists every claim (written by `zhibiao check --update`; a claim not listed is
// "new"); `mode: "subset"` lists only the claims that matter (extra claims are fine). A claim
// is located by `span` or by `line` + `text` (+ `occurrence`, 1-based, on that line), and
// asserts only the fields it lists.
import {
  CLAIM_KINDS, MODALITIES, QUALIFIERS, SECTOR_IDS,
  type ClaimKind, type Modality, type Qualifier, type SectorId, type Span,
} from '../core/types.js';
import { isCheckField, type CheckField } from './fields.js';

export const EXPECTED_SCHEMA = 'zhibiao/expected@1';
export const EXPECTED_MODES = ['full', 'subset'] as const;
export type ExpectedMode = (typeof EXPECTED_MODES)[number];

/** One expected claim: where it is (`text` plus `span` or `line`) and the fields it asserts. */
export interface ExpectedClaim {
  text: string;
  line?: number;
  span?: Span;
  /** Which occurrence of `text` on `line` (1-based; occurrences inside a longer number are not counted). */
  occurrence?: number;
  kind?: ClaimKind;
  value?: number;
  /** High end of a range; checked together with `value` (absent = not a range). */
  high?: number;
  unit?: string;
  qualifier?: Qualifier | null;
  modality?: Modality;
  indicator?: string;
  sector?: SectorId;
  /** Free text for people (where the figure was checked, what it means); never compared. */
  note?: string;
}

export interface ExpectedFile {
  schema: typeof EXPECTED_SCHEMA;
  mode: ExpectedMode;
  /** The report the file was written for (informational). */
  document?: string;
  /** Fields compared when `--fields` is not given. */
  fields?: CheckField[];
  note?: string;
  claims: ExpectedClaim[];
}

/** The file is not JSON, or not of the expected shape; the message names the problem. */
export class ExpectedFileError extends Error {}

const FILE_KEYS = ['schema', 'mode', 'document', 'fields', 'note', 'claims'] as const;
const CLAIM_KEYS = [
  'text', 'line', 'span', 'occurrence', 'kind', 'value', 'high', 'unit', 'qualifier', 'modality', 'indicator', 'sector', 'note',
] as const satisfies readonly (keyof ExpectedClaim)[];

/**
 * Parses and validates an expected file's text.
 * Why: a hand-written file with a typo (`"vaule"`, `"kind": "growth"`) must fail with the place
 * and the problem, not pass because nothing was compared.
 * Example: `parseExpectedFile('{"schema":"zhibiao/expected@1","mode":"subset","claims":[]}')`.
 */
export function parseExpectedFile(source: string): ExpectedFile {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ExpectedFileError(`bad JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(data)) throw new ExpectedFileError(`expected a JSON object with "schema", "mode" and "claims", got ${describe(data)}`);
  rejectUnknownKeys(data, FILE_KEYS, '');
  if (data.schema !== EXPECTED_SCHEMA) throw new ExpectedFileError(`"schema" must be "${EXPECTED_SCHEMA}", got ${describe(data.schema)}`);
  const mode = data.mode;
  if (!(EXPECTED_MODES as readonly unknown[]).includes(mode)) throw new ExpectedFileError(`"mode" must be "full" or "subset", got ${describe(mode)}`);
  if (!Array.isArray(data.claims)) throw new ExpectedFileError(`"claims" must be an array, got ${describe(data.claims)}`);
  const file: ExpectedFile = { schema: EXPECTED_SCHEMA, mode: mode as ExpectedMode, claims: data.claims.map(parseClaim) };
  if (data.document !== undefined) file.document = requireString(data.document, '"document"');
  if (data.note !== undefined) file.note = requireString(data.note, '"note"');
  if (data.fields !== undefined) file.fields = parseFields(data.fields);
  return file;
}

function parseFields(value: unknown): CheckField[] {
  if (!Array.isArray(value) || !value.length) throw new ExpectedFileError(`"fields" must be a non-empty array of field names, got ${describe(value)}`);
  for (const name of value) if (!isCheckField(name)) throw new ExpectedFileError(`"fields": unknown field ${describe(name)}`);
  return value as CheckField[];
}

function parseClaim(raw: unknown, index: number): ExpectedClaim {
  const at = `claims[${index}]`;
  if (!isPlainObject(raw)) throw new ExpectedFileError(`${at}: expected an object, got ${describe(raw)}`);
  rejectUnknownKeys(raw, CLAIM_KEYS, `${at}.`);
  const claim: ExpectedClaim = { text: requireString(raw.text, `${at}.text`) };
  if (!claim.text) throw new ExpectedFileError(`${at}.text: must not be empty`);
  if (raw.line !== undefined) claim.line = requirePositiveInteger(raw.line, `${at}.line`);
  if (raw.span !== undefined) claim.span = requireSpan(raw.span, `${at}.span`);
  if (claim.line === undefined && claim.span === undefined) {
    throw new ExpectedFileError(`${at}: needs "line" (with "text") or "span" to say where the claim is`);
  }
  if (raw.occurrence !== undefined) claim.occurrence = requirePositiveInteger(raw.occurrence, `${at}.occurrence`);
  if (raw.kind !== undefined) claim.kind = requireOneOf(raw.kind, CLAIM_KINDS, `${at}.kind`);
  if (raw.value !== undefined) claim.value = requireNumber(raw.value, `${at}.value`);
  if (raw.high !== undefined) claim.high = requireNumber(raw.high, `${at}.high`);
  if (raw.unit !== undefined) claim.unit = requireString(raw.unit, `${at}.unit`);
  if (raw.qualifier !== undefined) claim.qualifier = raw.qualifier === null ? null : requireOneOf(raw.qualifier, QUALIFIERS, `${at}.qualifier`);
  if (raw.modality !== undefined) claim.modality = requireOneOf(raw.modality, MODALITIES, `${at}.modality`);
  if (raw.indicator !== undefined) claim.indicator = requireString(raw.indicator, `${at}.indicator`);
  if (raw.sector !== undefined) claim.sector = requireOneOf(raw.sector, SECTOR_IDS, `${at}.sector`);
  if (raw.note !== undefined) claim.note = requireString(raw.note, `${at}.note`);
  return claim;
}

function rejectUnknownKeys(object: Record<string, unknown>, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) throw new ExpectedFileError(`${prefix}${key}: unknown key (known: ${known.join(', ')})`);
  }
}

function requireString(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new ExpectedFileError(`${at}: expected a string, got ${describe(value)}`);
  return value;
}

function requireNumber(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ExpectedFileError(`${at}: expected a number, got ${describe(value)}`);
  return value;
}

function requirePositiveInteger(value: unknown, at: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) throw new ExpectedFileError(`${at}: expected a whole number ≥ 1, got ${describe(value)}`);
  return value as number;
}

function requireSpan(value: unknown, at: string): Span {
  if (!isPlainObject(value)) throw new ExpectedFileError(`${at}: expected {"start": n, "end": n}, got ${describe(value)}`);
  const { start, end } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    throw new ExpectedFileError(`${at}: expected {"start": n, "end": n} with 0 ≤ start < end, got ${JSON.stringify(value)}`);
  }
  return { start: start as number, end: end as number };
}

function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new ExpectedFileError(`${at}: ${describe(value)} is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a wrong value for a message: `"growth"`, `an array`, `null`. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return 'an object';
}
