// Querying the corpus index with the filters of `zhibiao extract` plus region, level and year.
// The simple conditions are pushed into SQL (where the indexes make them fast); then every
// row is passed through the same filterClaims as extract, so both commands mean the same
// thing by `--sector energy --min 1e9 --keyword 光伏` (keywords need whole words, from jieba).
import type { Claim, Period } from '../core/types.js';
import type { DocumentIdentity } from '../identity/identify.js';
import { regionKey } from '../identity/identify.js';
import type { Level } from '../identity/places.js';
import { filterClaims, type ClaimQuery, type DocumentClaim, type DocumentQuery, type QueryDeps } from '../query/filter.js';
import type { CorpusDb } from './db.js';

export interface CorpusQuery extends ClaimQuery, DocumentQuery {
  /** Only claims that have a metric (the panel's figures). */
  withMetric?: boolean;
}

export interface CorpusResult {
  rows: DocumentClaim[];
  /** The identity of every document that has a row, by path, in the order first met. */
  identities: Map<string, DocumentIdentity>;
}

/** A row of the query's SELECT: the claim's own fields flat, and its document's identity. */
type ClaimRow = Omit<Claim, 'high' | 'span' | 'period'> & {
  high: number | null;
  period_from: number | null;
  period_to: number | null;
  period_average: number | null;
  period_base: number | null;
  span_start: number;
  span_end: number;
  path: string;
  region: string | null;
  level: Level | null;
  year: number | null;
  review_year: number | null;
  plan_year: number | null;
};

export interface CorpusQueryOptions extends QueryDeps {
  /** Pushed into SQL when nothing is left to filter afterwards (no keywords). */
  limit?: number;
}

export function queryCorpus(db: CorpusDb, query: CorpusQuery, options: CorpusQueryOptions = {}): CorpusResult {
  const { sql, params } = buildSql(db, query, options);
  if (sql === null) return { rows: [], identities: new Map() };
  const identities = new Map<string, DocumentIdentity>();
  const rows: DocumentClaim[] = [];
  for (const r of db.prepare(sql).iterate(params) as IterableIterator<ClaimRow>) {
    if (!identities.has(r.path)) {
      identities.set(r.path, { region: r.region, level: r.level, year: r.year, reviewYear: r.review_year, planYear: r.plan_year });
    }
    rows.push(toClaim(r));
  }
  return { rows: filterClaims(rows, query, options), identities };
}

function toClaim(r: ClaimRow): DocumentClaim {
  const claim: Claim = {
    kind: r.kind, value: r.value, unit: r.unit, qualifier: r.qualifier, modality: r.modality, indicator: r.indicator,
    sector: r.sector, metric: r.metric, period: periodOf(r), text: r.text, span: { start: r.span_start, end: r.span_end }, line: r.line, sentence: r.sentence,
  };
  if (r.high !== null) claim.high = r.high;
  return { document: r.path, ...claim };
}

function periodOf(r: ClaimRow): Period | null {
  if (r.period_from === null || r.period_to === null) return null;
  const period: Period = { from: r.period_from, to: r.period_to };
  if (r.period_average) period.average = true;
  if (r.period_base !== null) period.base = r.period_base;
  return period;
}

/**
 * The SQL for a query, or null when no claim can match (an --indicator regex that matches no
 * indexed name). Each list becomes `IN (…)`, the bounds `value >= ?`; the regex is tried on
 * the distinct indicator names (a few thousand) instead of every claim (millions).
 */
export function buildSql(db: CorpusDb, query: CorpusQuery, options: CorpusQueryOptions = {}): { sql: string | null; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  // A long list goes in as one JSON parameter: SQLite allows a few thousand `?` and an
  // expression 1,000 deep, and a query of 5,000 --keyword is the user's right, not damage.
  const long = (values: readonly unknown[]) => values.length > SHORT_LIST;
  const oneOf = (column: string, values: readonly unknown[] | undefined) => {
    if (!values?.length) return;
    if (long(values)) {
      where.push(`${column} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(values));
      return;
    }
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    for (const v of values) params.push(v);
  };
  oneOf('c.sector', query.sectors);
  oneOf('c.metric', query.metrics);
  if (query.withMetric) where.push('c.metric IS NOT NULL');
  oneOf('c.kind', query.kinds);
  oneOf('c.modality', query.modalities);
  oneOf('c.unit', query.units);
  oneOf('d.level', query.levels);
  oneOf('d.year', query.years);
  if (query.min !== undefined) {
    where.push('c.value >= ?');
    params.push(query.min);
  }
  if (query.max !== undefined) {
    where.push('c.value <= ?');
    params.push(query.max);
  }
  if (query.regions?.length) {
    // 甘孜州 = 甘孜藏族自治州 (one key); 甘孜 finds 甘孜州 (a prefix of the key)
    if (long(query.regions)) {
      where.push("EXISTS (SELECT 1 FROM json_each(?) r WHERE d.region_key = r.value ->> 0 OR d.region = r.value ->> 1 OR d.region_key GLOB r.value ->> 2)");
      params.push(JSON.stringify(query.regions.map((r) => [regionKey(r), r, `${globEscape(r)}*`])));
    } else {
      where.push(`(${query.regions.map(() => '(d.region_key = ? OR d.region = ? OR d.region_key GLOB ?)').join(' OR ')})`);
      for (const r of query.regions) params.push(regionKey(r), r, `${globEscape(r)}*`);
    }
  }
  if (query.indicator) {
    const pattern = query.indicator;
    const names = (db.prepare('SELECT name FROM indicator_names').pluck().all() as string[]).filter((name) => {
      pattern.lastIndex = 0;
      return pattern.test(name);
    });
    if (!names.length) return { sql: null, params: [] };
    where.push('c.indicator IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(names));
  }
  if (query.keywords?.length) {
    // whole words are substrings first: a cheap pre-filter, the word test follows in filterClaims
    const columns = query.keywordIn === 'sentence' ? ['c.indicator', 'c.sentence'] : ['c.indicator'];
    const like = columns.map((column) => `${column} LIKE k.value ESCAPE '\\'`).join(' OR ');
    if (long(query.keywords)) {
      where.push(`EXISTS (SELECT 1 FROM json_each(?) k WHERE ${like})`);
      params.push(JSON.stringify(query.keywords.map((k) => `%${likeEscape(k)}%`)));
    } else {
      const one = columns.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ');
      where.push(`(${query.keywords.map(() => `(${one})`).join(' OR ')})`);
      for (const k of query.keywords) params.push(...columns.map(() => `%${likeEscape(k)}%`));
    }
  }
  // a limit past 2^53 is no limit (and SQLite would read the digits as a float: "datatype mismatch")
  const limit = options.limit !== undefined && !query.keywords?.length && Number.isSafeInteger(Math.floor(options.limit)) ? ` LIMIT ${Math.floor(options.limit)}` : '';
  const sql = `SELECT c.kind, c.value, c.high, c.unit, c.qualifier, c.modality, c.indicator, c.sector, c.text, c.span_start, c.span_end, c.line, c.sentence,
      c.metric, c.period_from, c.period_to, c.period_average, c.period_base, d.path, d.region, d.level, d.year, d.review_year, d.plan_year
    FROM claims c JOIN documents d ON d.id = c.document_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY c.document_id, c.span_start${limit}`;
  return { sql, params };
}

/** Lists longer than this are passed as one JSON parameter. */
const SHORT_LIST = 50;

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function globEscape(s: string): string {
  return s.replace(/[*?[\]]/g, (ch) => `[${ch}]`);
}
