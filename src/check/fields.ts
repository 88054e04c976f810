// Which claim fields a check compares. The figures are compared by default; the indicator and
// the sector (still being improved) only when asked: `--fields value,unit,kind,indicator`.

/** Fields of a claim that a check can compare. `value` covers the range end (`high`) too. */
export const CHECK_FIELDS = ['kind', 'value', 'unit', 'qualifier', 'modality', 'indicator', 'sector'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/** The figures: what a number says, not what it is about (`增长6.2%` → change, 6.2, %, none, actual). */
export const DEFAULT_FIELDS = ['value', 'unit', 'kind', 'qualifier', 'modality'] as const satisfies readonly CheckField[];

export class FieldListError extends Error {}

/**
 * Reads a comma-separated field list, as given to `--fields`.
 * Why: a typo must fail loudly rather than silently compare nothing.
 * Example: `parseFieldList('value, unit')` → ['value', 'unit']; `'all'` → every field.
 */
export function parseFieldList(list: string): CheckField[] {
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 1 && names[0] === 'all') return [...CHECK_FIELDS];
  if (!names.length) throw new FieldListError(`no fields given (choose from ${CHECK_FIELDS.join(', ')}, or all)`);
  for (const name of names) {
    if (!isCheckField(name)) throw new FieldListError(`unknown field "${name}" (choose from ${CHECK_FIELDS.join(', ')}, or all)`);
  }
  return [...new Set(names as CheckField[])];
}

export function isCheckField(name: unknown): name is CheckField {
  return typeof name === 'string' && (CHECK_FIELDS as readonly string[]).includes(name);
}

/** The flag wins, then the expected file's own `fields`, then the figures. */
export function resolveFields(flag: readonly CheckField[] | undefined, file: readonly CheckField[] | undefined): CheckField[] {
  return [...(flag ?? file ?? DEFAULT_FIELDS)];
}
