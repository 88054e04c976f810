// A user's metrics for one run (`--metrics FILE`): new metrics added to the table, and the
// built-in ones renamed or given more names. Pure: the JSON's value in, a table out; every
// mistake is one MetricsFileError naming the entry and the field.
//
//   {"metrics": [
//     {"id": "ev_output", "name": "新能源汽车产量", "aliases": ["新能源汽车"], "kinds": ["amount", "change"],
//      "units": ["辆", "%"], "sector": "industry"},
//     {"id": "gdp", "rename": "grp", "name": "地区生产总值(GRP)", "aliases": ["经济体量"]}
//   ]}
//
// An entry whose id is in the table changes that metric: `rename` gives it a new id, `name`,
// `kinds`, `units`, `sector` and `lowerIsBetter` replace, `aliases` are added to its names.
// Any other id adds a metric: `name` and `sector` are needed; `aliases` default to the name,
// `kinds` and `units` to any (an empty list), `lowerIsBetter` to false.
import { CLAIM_KINDS, SECTOR_IDS, type ClaimKind, type MetricDefinition, type SectorId } from '../types.js';

export class MetricsFileError extends Error {}

const ENTRY_KEYS = ['id', 'rename', 'name', 'aliases', 'kinds', 'units', 'sector', 'lowerIsBetter', 'note'] as const;
const ID = /^[a-z][a-z0-9_]*$/;

/** The table with the user's entries applied; `spec` is the parsed JSON: {"metrics": […]} or […]. */
export function extendMetrics(base: readonly MetricDefinition[], spec: unknown): MetricDefinition[] {
  const entries = Array.isArray(spec) ? spec : isObject(spec) && Array.isArray(spec.metrics) ? spec.metrics : null;
  if (!entries) throw new MetricsFileError('expected {"metrics": [ … ]} or a list of metrics');
  if (isObject(spec) && !Array.isArray(spec)) {
    const extra = Object.keys(spec).filter((k) => k !== 'metrics' && k !== 'note');
    if (extra.length) throw new MetricsFileError(`unknown key "${extra[0]}" (a metrics file has "metrics" and an optional "note")`);
  }
  const table = base.map((m) => ({ ...m, aliases: [...m.aliases], kinds: [...m.kinds], units: [...m.units] }));
  entries.forEach((entry, i) => apply(table, entry, `metric ${i + 1}`));
  const ids = new Set<string>();
  for (const m of table) {
    if (ids.has(m.id)) throw new MetricsFileError(`two metrics have the id "${m.id}"`);
    ids.add(m.id);
  }
  return table;
}

function apply(table: MetricDefinition[], entry: unknown, where: string): void {
  if (!isObject(entry)) throw new MetricsFileError(`${where}: expected an object such as {"id": "ev_output", "name": "新能源汽车产量", "sector": "industry"}`);
  const id = entry.id;
  if (typeof id !== 'string' || !ID.test(id)) throw new MetricsFileError(`${where}: "id" must be lowercase ASCII such as "ev_output" (got ${JSON.stringify(id)})`);
  where = `metric "${id}"`;
  const unknown = Object.keys(entry).find((k) => !(ENTRY_KEYS as readonly string[]).includes(k));
  if (unknown) throw new MetricsFileError(`${where}: unknown field "${unknown}" (fields: ${ENTRY_KEYS.join(', ')})`);
  const at = table.findIndex((m) => m.id === id);
  const fields = readFields(entry, where);
  if (at >= 0) {
    const old = table[at];
    table[at] = {
      ...old,
      ...fields,
      aliases: [...old.aliases, ...(fields.aliases ?? [])],
      id: entry.rename === undefined ? id : readId(entry.rename, where),
    };
    return;
  }
  if (entry.rename !== undefined) throw new MetricsFileError(`${where}: "rename" needs a metric of the table (run zhibiao metrics to list them)`);
  if (fields.name === undefined) throw new MetricsFileError(`${where}: a new metric needs a "name" (its Chinese name)`);
  if (fields.sector === undefined) throw new MetricsFileError(`${where}: a new metric needs a "sector" (run zhibiao sectors to list them)`);
  table.push({
    id, name: fields.name, aliases: fields.aliases ?? [fields.name], kinds: fields.kinds ?? [], units: fields.units ?? [],
    lowerIsBetter: fields.lowerIsBetter ?? false, sector: fields.sector,
  });
}

type Fields = Partial<Pick<MetricDefinition, 'name' | 'kinds' | 'units' | 'lowerIsBetter' | 'sector'>> & { aliases?: string[] };

function readFields(entry: Record<string, unknown>, where: string): Fields {
  const fields: Fields = {};
  if (entry.name !== undefined) fields.name = readText(entry.name, `${where}: "name"`);
  if (entry.aliases !== undefined) fields.aliases = readTexts(entry.aliases, `${where}: "aliases"`);
  if (entry.units !== undefined) fields.units = readTexts(entry.units, `${where}: "units"`);
  if (entry.kinds !== undefined) {
    const kinds = readTexts(entry.kinds, `${where}: "kinds"`);
    const bad = kinds.find((k) => !(CLAIM_KINDS as readonly string[]).includes(k));
    if (bad) throw new MetricsFileError(`${where}: unknown kind "${bad}" (kinds: ${CLAIM_KINDS.join(', ')})`);
    fields.kinds = kinds as ClaimKind[];
  }
  if (entry.sector !== undefined) {
    if (!(SECTOR_IDS as readonly unknown[]).includes(entry.sector)) {
      throw new MetricsFileError(`${where}: unknown sector ${JSON.stringify(entry.sector)} (run zhibiao sectors to list them)`);
    }
    fields.sector = entry.sector as SectorId;
  }
  if (entry.lowerIsBetter !== undefined) {
    if (typeof entry.lowerIsBetter !== 'boolean') throw new MetricsFileError(`${where}: "lowerIsBetter" must be true or false`);
    fields.lowerIsBetter = entry.lowerIsBetter;
  }
  return fields;
}

function readId(value: unknown, where: string): string {
  if (typeof value !== 'string' || !ID.test(value)) throw new MetricsFileError(`${where}: "rename" must be lowercase ASCII such as "grp" (got ${JSON.stringify(value)})`);
  return value;
}

function readText(value: unknown, where: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new MetricsFileError(`${where} must be a non-empty string`);
  return value.trim();
}

function readTexts(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new MetricsFileError(`${where} must be a list of strings`);
  return value.map((v) => readText(v, where));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
