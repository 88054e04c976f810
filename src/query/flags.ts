// Flag strings → a checked query. Pure: throws QueryError with a one-line message the CLI prints,
// ending with the flag or command that fixes it. Shared by `extract` and `query`, so that a flag
// means the same in both.
import didYouMean from 'didyoumean2';
import { CLAIM_KINDS, MODALITIES, type ClaimKind, type Modality, type SectorId } from '../core/types.js';
import { METRICS } from '../core/lexicon/metrics.js';
import { MULTIPLIERS, MULTIPLIER_SPELLINGS, unitEntry } from '../core/lexicon/units.js';
import { SECTORS } from '../core/lexicon/sectors.js';
import { LEVELS, type Level } from '../identity/places.js';
import { KEYWORD_SCOPES, type ClaimQuery, type DocumentQuery, type KeywordScope } from './filter.js';
import { fixFor, parseFieldList, SIMILAR, QueryError, type FieldName } from './fields.js';
import { parseSortKey, type SortKey } from './sort.js';
import { compileUserRegex, type TextPattern } from './user-regex.js';

/** The query flags as commander hands them over (lists come from repeatable flags). */
export interface QueryFlags {
  sector?: string[];
  metric?: string[];
  keyword?: string[];
  keywordIn?: string;
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
  const units = splitList(flags.unit, '--unit', '元').map((u) => readUnit(u, '--unit').unit);
  const min = flags.min === undefined ? undefined : parseAmount(flags.min, '--min');
  const max = flags.max === undefined ? undefined : parseAmount(flags.max, '--max');
  const keywords = splitList(flags.keyword, '--keyword', '光伏');
  if (flags.keywordIn !== undefined && !keywords.length) throw new QueryError('--keyword-in widens a keyword search; add --keyword WORD');
  const query: ClaimQuery = {
    sectors: splitList(flags.sector, '--sector', 'tourism').map(sectorId),
    metrics: metricList(flags.metric, metricIds),
    kinds: checkedList(flags.kind, CLAIM_KINDS, '--kind') as ClaimKind[],
    modalities: checkedList(flags.modality, MODALITIES, '--modality') as Modality[],
    units: unitsWithBounds(units, [min, max]),
    keywords,
    keywordIn: keywordScope(flags.keywordIn),
    min: min?.value,
    max: max?.value,
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
    regions: splitList(flags.region, '--region', '甘孜州'),
    levels: checkedList(flags.level, LEVELS, '--level') as Level[],
    years: splitList(flags.year, '--year', '2024').map((y) => {
      if (!/^(19|20)\d\d$/.test(y)) throw new QueryError(`--year needs years such as 2024 (got "${y}"); use --year 2024`);
      return Number(y);
    }),
  };
}

/** Commander's collector for repeatable flags: `--keyword 光伏 --keyword 风电`. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `--sector energy,tourism --sector rural` → [energy, tourism, rural]; full-width commas too.
 * An empty value (`--sector ''`, often an unset shell variable) is an error, not "no filter".
 */
export function splitList(values: string[] | undefined, flag: string, example: string): string[] {
  return (values ?? []).flatMap((value) => {
    const items = value.split(/[,，、]/).map((v) => v.trim());
    if (items.some((v) => !v)) throw new QueryError(`${flag} got an empty value ("${value}"); use ${flag} ${example}`);
    return items;
  });
}

function checkedList(values: string[] | undefined, allowed: readonly string[], flag: string): string[] {
  return splitList(values, flag, allowed[0]).map((v) => {
    const found = allowed.find((a) => a === v.toLowerCase());
    if (found) return found;
    throw new QueryError(`unknown ${flag.slice(2)} "${v}" (one of: ${allowed.join(', ')}); ${fixFor(flag, v, allowed, allowed[0])}`);
  });
}

/** `--metric gdp,cpi`: ids of the run's metric table; a typo gets the nearest (`gpd` → gdp). */
function metricList(values: string[] | undefined, allowed: readonly string[]): string[] {
  return splitList(values, '--metric', 'gdp').map((v) => {
    const id = v.toLowerCase();
    if (allowed.includes(id)) return id;
    throw new QueryError(`unknown metric "${v}" (run \`zhibiao metrics\` to list them); ${fixFor('--metric', v, allowed, 'gdp')}`);
  });
}

/**
 * A sector by its id in any case (Tourism), or by its Chinese name as `zhibiao sectors` prints
 * it (文化旅游). A typo gets the nearest id or name: `tourisn` → tourism.
 */
export function sectorId(given: string): SectorId {
  const folded = given.toLowerCase();
  const found = SECTORS.find((s) => s.id === folded || s.name === given);
  if (found) return found.id;
  const names = SECTORS.flatMap((s) => [s.id, s.name]);
  const guess = didYouMean(given, names, { threshold: SIMILAR });
  const id = guess && SECTORS.find((s) => s.id === guess || s.name === guess)!.id;
  const fix = id ? `did you mean --sector ${id}?` : 'run zhibiao sectors';
  throw new QueryError(`unknown sector "${given}"; ${fix}`);
}

function keywordScope(given: string | undefined): KeywordScope | undefined {
  if (given === undefined) return undefined;
  const scope = KEYWORD_SCOPES.find((s) => s === given.toLowerCase());
  if (!scope) throw new QueryError(`--keyword-in takes ${KEYWORD_SCOPES.join(' or ')} (got "${given}"); use --keyword-in sentence`);
  return scope;
}

/** A unit as people write it, with the multiplier it carries: 亿元 → 元 × 1e8, MW → 千瓦 × 1e3, 个百分点 → 百分点. */
export interface WrittenUnit {
  unit: string;
  factor: number;
  /** Whether the unit table knows the spelling. */
  known: boolean;
}

/**
 * Reads a unit: a multiplier in front is a scale, not a unit (`--unit 亿元` is `--unit 元`);
 * a known spelling becomes its canonical unit (千米 → 公里, 名 → 人); anything else is kept as
 * written (a unit the table does not list may still be a claim's).
 */
export function readUnit(text: string, flag: string): WrittenUnit {
  const written = text.normalize('NFKC').trim();
  const multiplier = MULTIPLIER_SPELLINGS.find((m) => written.startsWith(m) && !unitEntry(written));
  const rest = multiplier ? written.slice(multiplier.length) : written;
  if (!rest) throw new QueryError(`${flag} "${text}" is a multiplier, not a unit; use ${flag} 元 (or 人, 吨…)`);
  const entry = unitEntry(rest);
  const factor = (multiplier ? MULTIPLIERS[multiplier] : 1) * (entry?.factor ?? 1);
  return { unit: entry?.canonical ?? rest, factor, known: entry !== undefined };
}

/** A bound on the normalised value, and the unit it was written in (if any). */
export interface Amount {
  value: number;
  unit?: string;
}

/**
 * A bound on the normalised value, as people write it: `1e9`, `100亿` (1e10), `100亿元`
 * (1e10, in 元), `5万人`, `8.5%` (8.5, in %), full-width digits too. The value is compared in
 * the claim's canonical unit, so a unit written here must agree with `--unit` (see unitsWithBounds).
 */
export function parseAmount(text: string, flag: string): Amount {
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(\S*)$/i.exec(text.normalize('NFKC').trim().replace(/^−/, '-'));
  if (!m) throw new QueryError(`${flag} needs a number such as 1000, 1e9, 100亿 or 100亿元 (got "${text}"); use ${flag} 100亿`);
  let value = Number(m[1]);
  let unit: string | undefined;
  const suffix = m[2];
  if (suffix) {
    const multiplier = MULTIPLIER_SPELLINGS.find((s) => s === suffix);
    if (multiplier) value *= MULTIPLIERS[multiplier];
    else {
      const written = readUnit(suffix, flag);
      if (!written.known) {
        throw new QueryError(`${flag} "${text}": "${suffix}" is no unit zhibiao knows; use ${flag} ${m[1]} with --unit`);
      }
      value *= written.factor;
      unit = written.unit;
    }
  }
  if (!Number.isFinite(value)) throw new QueryError(`${flag} "${text}" is too large to compare; use ${flag} with a value below 1e308`);
  return unit === undefined ? { value } : { value, unit };
}

/**
 * The units a query keeps, with the bounds' own units: `--min 100亿元` alone keeps 元 claims
 * (a bound in 元 says nothing about 人次), and with `--unit 元` it agrees. A bound in another
 * unit than `--unit` (or than the other bound) is an error naming both.
 */
function unitsWithBounds(units: string[], bounds: (Amount | undefined)[]): string[] {
  const named = bounds.flatMap((b, i) => (b?.unit === undefined ? [] : [{ flag: i ? '--max' : '--min', unit: b.unit }]));
  for (const bound of named) {
    if (units.length && !units.includes(bound.unit)) {
      throw new QueryError(`${bound.flag} is in ${bound.unit} but --unit asks for ${units.join(', ')}; use --unit ${bound.unit} or drop the unit from ${bound.flag}`);
    }
  }
  if (named.length === 2 && named[0].unit !== named[1].unit) {
    throw new QueryError(`--min is in ${named[0].unit} but --max in ${named[1].unit}; use one unit in both`);
  }
  return units.length ? [...new Set(units)] : named.slice(0, 1).map((b) => b.unit);
}

// a linear-time engine: no user pattern can hang a run (./user-regex.ts)
function parseRegex(source: string): TextPattern {
  try {
    return compileUserRegex(source);
  } catch (error) {
    throw new QueryError(`--indicator: ${(error as Error).message}; use --keyword for plain words`);
  }
}

function parseLimit(text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new QueryError(`--limit needs a whole number (got "${text}"); use --limit 10`);
  return Number(text);
}

/** The output formats' two flags agree: `--json` is `--format json`; `--json --format csv` is an error naming both. */
export function outputFormat<F extends string>(flags: { json?: boolean; format?: F }, fallback: F): F {
  if (flags.json && flags.format !== undefined && flags.format !== 'json') {
    throw new QueryError(`--json and --format ${flags.format} ask for two formats; use --format ${flags.format} alone (or --json alone)`);
  }
  return flags.json ? ('json' as F) : flags.format ?? fallback;
}
