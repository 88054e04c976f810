// `--sort FIELD` and `--limit N`: pure shaping of a list of claim rows.
import type { DocumentClaim } from './filter.js';
import { fieldValue, fixFor, isFieldName, QueryError, FIELD_NAMES, type FieldName } from './fields.js';

export interface SortKey {
  field: FieldName;
  descending: boolean;
}

/** `value` sorts ascending, `-value` descending (e.g. `--sort -value` for the biggest first). */
export function parseSortKey(spec: string): SortKey {
  const descending = spec.startsWith('-');
  const field = descending ? spec.slice(1) : spec;
  if (!isFieldName(field)) {
    const fix = fixFor('--sort', field, FIELD_NAMES, '-value').replace(/--sort (?=\w)/, `--sort ${descending ? '-' : ''}`);
    throw new QueryError(`cannot sort by "${field}" (fields: ${FIELD_NAMES.join(', ')}); ${fix}`);
  }
  return { field, descending };
}

// Chinese text sorts by pinyin (保障 before 财政), as a reader expects.
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/**
 * A stable sort: rows equal on the key keep their document order. Missing values (null) go last
 * whichever the direction, so `--sort -high` lists the ranges first.
 */
export function sortClaims<C extends DocumentClaim>(rows: readonly C[], key: SortKey): C[] {
  const sign = key.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: fieldValue(row, key.field) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order ? sign * order : a.index - b.index;
    })
    .map((x) => x.row);
}

export function limitClaims<C>(rows: readonly C[], limit: number | undefined): C[] {
  return limit === undefined ? [...rows] : rows.slice(0, limit);
}
