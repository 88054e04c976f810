// The fields a claim row offers to `--fields`, `--sort` and every printer, with their raw values.
// `span` is offered as `start` and `end` so that CSV columns and sort keys are plain numbers;
// `region`, `level` and `year` are the identity of the row's document (src/identity).
import didYouMean from 'didyoumean2';
import type { Period } from '../core/types.js';
import type { Level } from '../identity/places.js';
import type { DocumentClaim } from './filter.js';

export const FIELD_NAMES = [
  'document', 'region', 'level', 'year', 'line', 'kind', 'value', 'high', 'unit', 'qualifier', 'modality',
  'indicator', 'sector', 'metric', 'period', 'text', 'start', 'end', 'sentence',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export type FieldValue = string | number | null;

/** The fields a row takes from its document's identity, in this order, after `document`. */
export const IDENTITY_FIELDS = ['region', 'level', 'year'] as const satisfies readonly FieldName[];

/**
 * A claim row with its document's identity: 甘孜州, city, 2024 (null where the text does not
 * say; absent where the rows were made without it).
 */
export interface ClaimRow extends DocumentClaim {
  region?: string | null;
  level?: Level | null;
  year?: number | null;
}

/** The raw value of one field: numbers stay numbers, an absent `high`, `qualifier` or identity is null. */
export function fieldValue(row: ClaimRow, field: FieldName): FieldValue {
  switch (field) {
    case 'region':
    case 'level':
    case 'year':
      return row[field] ?? null;
    case 'start':
      return row.span.start;
    case 'end':
      return row.span.end;
    case 'high':
      return row.high ?? null;
    case 'period':
      return row.period ? periodText(row.period) : null;
    default:
      return row[field];
  }
}

/**
 * A period as one cell: `2024`, `2019-2023`, `2019-2023 avg` (a yearly average),
 * `2021-2025 vs 2020` (a change since a base year). Sorts in time order as text.
 */
export function periodText(period: Period): string {
  const years = period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
  return `${years}${period.average ? ' avg' : ''}${period.base !== undefined ? ` vs ${period.base}` : ''}`;
}

/** Parses `a,b,c` (repeatable; spaces allowed) into known field names, in order, without repeats. */
export function parseFieldList(spec: string): FieldName[] {
  const names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (!names.length) throw new QueryError('--fields needs at least one field name');
  for (const name of names) {
    if (!isFieldName(name)) throw new QueryError(`unknown field "${name}" (fields: ${FIELD_NAMES.join(', ')}); ${fixFor('--fields', name, FIELD_NAMES, 'line,value,indicator')}`);
  }
  return [...new Set(names)] as FieldName[];
}

export function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}

/** How alike a typo and a suggestion must be (0–1, by edit distance): tourisn → tourism, not size → line. */
export const SIMILAR = 0.6;

/**
 * The end of an error message: the flag that fixes it, with the nearest allowed value when the
 * given one looks like a typo (`--sort yaer` → "did you mean --sort year?"), else an example.
 */
export function fixFor(flag: string, given: string, allowed: readonly string[], example: string): string {
  const guess = didYouMean(given, [...allowed], { threshold: SIMILAR });
  return guess ? `did you mean ${flag} ${guess}?` : `use ${flag} ${example}`;
}

/** A query the user wrote wrongly (unknown field, bad regex, bad number): one line on stderr, exit 2. */
export class QueryError extends Error {}
