// Flag strings → a checked query. Pure: throws QueryError with a one-line message the CLI prints.
// Shared by every command that queries claims (`extract` now, `query --db` later).
import { CLAIM_KINDS, MODALITIES, type ClaimKind, type Modality, type SectorId } from '../core/types.js';
import { METRICS } from '../core/lexicon/metrics.js';
import { SECTORS } from '../core/lexicon/sectors.js';
import { LEVELS, type Level } from '../identity/places.js';
import type { ClaimQuery, DocumentQuery } from './filter.js';
import { parseFieldList, QueryError, type FieldName } from './fields.js';
import { parseSortKey, type SortKey } from './sort.js';
import { compileUserRegex, type TextPattern } from './user-regex.js';

/** The query flags as commander hands them over (lists come from repeatable flags). */
export interface QueryFlags {
  sector?: string[];
  metric?: string[];
  keyword?: string[];
  kind?: string[];
  modality?: string[];
  unit?: string[];
  min?: string;
  max?: string;
  indicator?: string;
  fields?: string;
  sort?: string;
  limit?: string;
}

export interface ParsedQuery {
  query: ClaimQuery;
  fields?: FieldName[];
  sort?: SortKey;
  limit?: number;
}

/**
 * `metricIds`: the ids --metric may name (the built-in table's, or the run's with --metrics FILE;
 * an index adds the ids it stores).
 */
export function parseQueryFlags(flags: QueryFlags, metricIds: readonly string[] = METRICS.map((m) => m.id)): ParsedQuery {
  const query: ClaimQuery = {
    sectors: checkedList(flags.sector, SECTORS.map((s) => s.id), 'sector', 'run `zhibiao sectors` to list them') as SectorId[],
    metrics: checkedList(flags.metric, metricIds, 'metric', 'run `zhibiao metrics` to list them'),
    kinds: checkedList(flags.kind, CLAIM_KINDS, 'kind') as ClaimKind[],
    modalities: checkedList(flags.modality, MODALITIES, 'modality') as Modality[],
    units: splitList(flags.unit).map(canonicalUnit),
    keywords: splitList(flags.keyword),
    min: flags.min === undefined ? undefined : parseAmount(flags.min, '--min'),
    max: flags.max === undefined ? undefined : parseAmount(flags.max, '--max'),
    indicator: flags.indicator === undefined ? undefined : parseRegex(flags.indicator),
  };
  return {
    query,
    fields: flags.fields === undefined ? undefined : parseFieldList(flags.fields),
    sort: flags.sort === undefined ? undefined : parseSortKey(flags.sort),
    limit: flags.limit === undefined ? undefined : parseLimit(flags.limit),
  };
}

/** The document flags of query and panel as commander hands them over (repeatable lists). */
export interface DocumentFlags {
  region?: string[];
  level?: string[];
  year?: string[];
}

/** `--region 甘孜州,四川省 --level city --year 2024,2025` → a checked document query. */
export function parseDocumentFlags(flags: DocumentFlags): DocumentQuery {
  return {
    regions: splitList(flags.region),
    levels: checkedList(flags.level, LEVELS, 'level') as Level[],
    years: splitList(flags.year).map((y) => {
      if (!/^(19|20)\d\d$/.test(y)) throw new QueryError(`--year needs years such as 2024 (got "${y}")`);
      return Number(y);
    }),
  };
}

/** Commander's collector for repeatable flags: `--keyword 光伏 --keyword 风电`. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

// `--sector energy,tourism --sector rural` → [energy, tourism, rural]; full-width commas too.
function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(/[,，、]/)).map((v) => v.trim()).filter(Boolean);
}

function checkedList(values: string[] | undefined, allowed: readonly string[], what: string, hint = ''): string[] {
  const list = splitList(values);
  for (const v of list) {
    if (!allowed.includes(v)) throw new QueryError(`unknown ${what} "${v}" (${hint || `one of: ${allowed.join(', ')}`})`);
  }
  return list;
}

// The units as the table shows them or as people write them, to the claim's canonical unit
// (see the spec's `unit` field): 个百分点 → 百分点, 千米 → 公里, 名 → 人.
const UNIT_ALIASES: Record<string, string> = { 个百分点: '百分点', 千米: '公里', 名: '人', '％': '%' };

function canonicalUnit(unit: string): string {
  return UNIT_ALIASES[unit] ?? unit;
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/**
 * A bound on the normalised value, as people write it: `1e9`, `100亿` (1e10), `5万`, `8.5%` (8.5),
 * full-width digits too. The value is compared in the claim's canonical unit.
 */
export function parseAmount(text: string, flag: string): number {
  const m = /^([+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(万亿|万|亿)?\s*%?$/i.exec(text.normalize('NFKC').trim().replace(/^−/, '-'));
  if (!m) throw new QueryError(`${flag} needs a number such as 1000, 1e9, 100亿 or 8.5 (got "${text}")`);
  return Number(m[1]) * (m[2] ? MULTIPLIERS[m[2]] : 1);
}

// a linear-time engine: no user pattern can hang a run (./user-regex.ts)
function parseRegex(source: string): TextPattern {
  try {
    return compileUserRegex(source);
  } catch (error) {
    throw new QueryError(`--indicator: ${(error as Error).message}`);
  }
}

function parseLimit(text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new QueryError(`--limit needs a whole number (got "${text}")`);
  return Number(text);
}
