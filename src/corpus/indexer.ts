// Indexing reports into the corpus database: a file whose bytes hash as before is left alone,
// a changed or new file is extracted again and its rows replaced, and a file that was under an
// indexed directory but is gone is dropped. One bad file is reported; the others are indexed.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, normalize, sep } from 'node:path';
import { indicatorKey } from '../compare/normalize.js';
import type { Claim } from '../core/types.js';
import { identifyDocument, regionKey, type DocumentIdentity, type IdentityOverrides } from '../identity/identify.js';
import { collectInputs } from '../io/collect.js';
import { InputError } from '../io/decode.js';
import { describeFsError } from '../io/fs-errors.js';
import { DEFAULT_MAX_BYTES, formatSize, readDocument } from '../io/read-input.js';
import type { CorpusDb } from './db.js';

export interface IndexOptions {
  encoding?: string;
  overrides?: IdentityOverrides;
  /** Text → claims; the CLI passes the library's `extract` (with nodejieba). */
  extract(text: string): Claim[];
  warn(message: string): void;
  /** Called after each file with how many files were found, for a progress display. */
  progress?(done: number, total: number, path: string): void;
  /** Ctrl-C: no further file is read; what was indexed is written, nothing is dropped. */
  interrupts?: { readonly stopped: boolean };
}

export interface IndexTally {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  failed: number;
  claims: number;
  /** Set when an interrupt stopped the run: how many of how many files were gone through. */
  interrupted?: { done: number; total: number };
}

/** How many extracted documents are written in one transaction. */
const BATCH = 100;

interface PendingDocument {
  path: string;
  hash: string;
  identity: DocumentIdentity;
  claims: Claim[];
  isNew: boolean;
}

export async function indexCorpus(db: CorpusDb, args: readonly string[], options: IndexOptions): Promise<IndexTally> {
  const tally: IndexTally = { added: 0, changed: 0, unchanged: 0, removed: 0, failed: 0, claims: 0 };
  const { sources, problems } = await collectInputs(args);
  for (const p of problems) options.warn(p);
  tally.failed += problems.length;

  const known = new Map((db.prepare('SELECT path, content_hash FROM documents').all() as { path: string; content_hash: string }[]).map((r) => [r.path, r.content_hash]));
  const write = writer(db);
  const seen = new Set<string>();
  let pending: PendingDocument[] = [];
  for (const [i, source] of sources.entries()) {
    if (options.interrupts?.stopped) {
      tally.interrupted = { done: i, total: sources.length };
      break;
    }
    options.progress?.(i + 1, sources.length, source.path);
    seen.add(source.path);
    let bytes: Buffer;
    try {
      // the size first: a file over the document limit is never read whole, not even to hash it
      const { size } = await stat(source.path);
      if (size > DEFAULT_MAX_BYTES) {
        options.warn(`${source.path}: too large (${formatSize(size)}; one document may be ${formatSize(DEFAULT_MAX_BYTES)})`);
        tally.failed++;
        continue;
      }
      bytes = await readFile(source.path);
    } catch (error) {
      options.warn(`${source.path}: ${describeFsError(error)}`);
      tally.failed++;
      continue;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const before = known.get(source.path);
    if (before === hash && !options.overrides?.region && !options.overrides?.level && !options.overrides?.year) {
      tally.unchanged++;
      continue;
    }
    let text: string;
    try {
      text = (await readDocument(source.path, options.encoding)).text;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      options.warn(source.named ? error.message : `skipped ${error.message}`);
      if (source.named) tally.failed++;
      continue;
    }
    const claims = options.extract(text);
    pending.push({ path: source.path, hash, identity: identifyDocument(text, options.overrides), claims, isNew: before === undefined });
    if (before === undefined) tally.added++;
    else tally.changed++;
    tally.claims += claims.length;
    if (pending.length >= BATCH) {
      write(pending, []);
      pending = [];
    }
  }
  // an interrupted run has not seen every file: it drops none
  const gone = tally.interrupted ? [] : [...known.keys()].filter((path) => !seen.has(path) && underAny(path, args));
  write(pending, gone);
  tally.removed = gone.length;
  if (tally.added + tally.changed + tally.removed) db.exec('ANALYZE'); // statistics for the query planner
  return tally;
}

// A document is dropped only when it was found under one of the directories indexed now:
// `zhibiao index reports/2024` does not drop what `zhibiao index reports/2023` added.
function underAny(path: string, args: readonly string[]): boolean {
  return args.some((arg) => {
    const dir = normalize(arg).replace(/[\\/]+$/, '');
    if (dir === '.') return !isAbsolute(path) && !path.startsWith('..');
    return path.startsWith(dir + sep) || path.startsWith(dir + '/');
  });
}

/** One transaction per batch: the documents' rows replaced, the removed ones deleted. */
function writer(db: CorpusDb): (docs: PendingDocument[], removed: string[]) => void {
  const upsert = db.prepare(`
    INSERT INTO documents (path, content_hash, region, region_key, level, year, review_year, plan_year, indexed_at)
    VALUES (@path, @hash, @region, @regionKey, @level, @year, @reviewYear, @planYear, @indexedAt)
    ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, region = excluded.region,
      region_key = excluded.region_key, level = excluded.level, year = excluded.year,
      review_year = excluded.review_year, plan_year = excluded.plan_year, indexed_at = excluded.indexed_at
    RETURNING id`);
  const dropClaims = db.prepare('DELETE FROM claims WHERE document_id = ?');
  const dropDocument = db.prepare('DELETE FROM documents WHERE path = ?');
  const dropClaimsOf = db.prepare('DELETE FROM claims WHERE document_id = (SELECT id FROM documents WHERE path = ?)');
  const insertName = db.prepare('INSERT OR IGNORE INTO indicator_names (name) VALUES (?)');
  const insertClaim = db.prepare(`
    INSERT INTO claims (document_id, kind, value, high, unit, qualifier, modality, indicator, indicator_key, sector, text, span_start, span_end, line, sentence,
      metric, period_from, period_to, period_average, period_base)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return db.transaction((docs: PendingDocument[], removed: string[]) => {
    const indexedAt = new Date().toISOString();
    for (const d of docs) {
      const { id } = upsert.get({
        path: d.path, hash: d.hash, ...d.identity, regionKey: d.identity.region ? regionKey(d.identity.region) : null, indexedAt,
      }) as { id: number };
      if (!d.isNew) dropClaims.run(id);
      const names = new Set<string>();
      for (const c of d.claims) {
        const p = c.period;
        insertClaim.run(
          id, c.kind, c.value, c.high ?? null, c.unit, c.qualifier, c.modality, c.indicator, indicatorKey(c.indicator), c.sector, c.text, c.span.start, c.span.end, c.line, c.sentence,
          c.metric, p?.from ?? null, p?.to ?? null, p?.average ? 1 : null, p?.base ?? null,
        );
        names.add(c.indicator);
      }
      for (const name of names) insertName.run(name);
    }
    for (const path of removed) {
      dropClaimsOf.run(path);
      dropDocument.run(path);
    }
  });
}
