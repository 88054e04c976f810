// Indexing reports into the corpus database: a file whose bytes hash as before is left alone,
// a changed or new file is extracted again and its rows replaced, and a file that was under an
// indexed directory but is gone is dropped. One bad file is reported; the others are indexed.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync } from 'node:fs';
import { isAbsolute, sep } from 'node:path';
import { indicatorKey } from '../pairing/indicator-key.js';
import type { Claim } from '../core/types.js';
import { regionKey, type DocumentIdentity } from '../identity/identify.js';
import type { Analysed } from '../io/analyse.js';
import { collectInputs, realPathOf } from '../io/collect.js';
import { InputError } from '../io/decode.js';
import { decodeDocument, DEFAULT_MAX_BYTES, readInputBytes } from '../io/read-input.js';
import type { CorpusDb } from './db.js';

export interface IndexOptions {
  encoding?: string;
  /**
   * The run's settings that change what is stored (--region/--level/--year, --identity-from,
   * --metrics), as a string: stored with each file's hash, so that a file is read again when
   * they change, and again by the next run without them (a one-off override does not stick).
   */
  settings?: string;
  /** Text and path → claims and identity; the CLI passes ../io/analyse.ts with the run's settings. */
  analyse(text: string, path: string): Analysed;
  warn(message: string): void;
  /** --follow-symlinks: walks follow links out of the directories too. */
  followSymlinks?: boolean;
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
}

export async function indexCorpus(db: CorpusDb, args: readonly string[], options: IndexOptions): Promise<IndexTally> {
  const tally: IndexTally = { added: 0, changed: 0, unchanged: 0, removed: 0, failed: 0, claims: 0 };
  const { sources, problems, notes, listed } = await collectInputs(args, { followSymlinks: options.followSymlinks });
  for (const p of problems) options.warn(p);
  for (const n of notes) options.warn(n);
  tally.failed += problems.length;

  adoptRelativePaths(db);
  const known = new Map((db.prepare('SELECT path, content_hash FROM documents').all() as { path: string; content_hash: string }[]).map((r) => [r.path, r.content_hash]));
  const write = writer(db);
  const seen = new Set<string>();
  const marker = options.settings ? ` +settings ${options.settings}` : '';
  let pending: PendingDocument[] = [];
  for (const [i, source] of sources.entries()) {
    if (options.interrupts?.stopped) {
      tally.interrupted = { done: i, total: sources.length };
      break;
    }
    options.progress?.(i + 1, sources.length, source.path);
    const path = source.realPath; // one file is one document, under whatever name it was given
    seen.add(path);
    let bytes: Buffer;
    try {
      // bounded: the size first (a file over the limit is never read whole, not even to hash
      // it), only regular files (never /dev/zero behind a link, never a FIFO), binary refused early
      bytes = await readInputBytes(source.path, { maxBytes: DEFAULT_MAX_BYTES }, options.encoding);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      noteFailure(source.named, error, options, tally);
      continue;
    }
    const hash = createHash('sha256').update(bytes).digest('hex') + marker;
    const before = known.get(path);
    if (before === hash) {
      tally.unchanged++;
      continue;
    }
    let document: PendingDocument;
    try {
      const { text } = await decodeDocument(source.path, bytes, options.encoding);
      const { claims, identity, notes } = analyseDocument(source.path, text, options);
      for (const note of notes ?? []) options.warn(note);
      document = { path, hash, identity, claims };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      noteFailure(source.named, error, options, tally);
      continue;
    }
    pending.push(document);
    if (before === undefined) tally.added++;
    else tally.changed++;
    tally.claims += document.claims.length;
    if (pending.length >= BATCH) {
      write(pending, []);
      pending = [];
    }
  }
  for (const arg of args) {
    const dir = realPathOf(arg);
    if (!listed.includes(dir) && [...known.keys()].some((p) => isUnder(p, dir))) {
      options.warn(`${arg}: not listed whole (missing, unreadable or empty), so nothing under it is removed from the index`);
    }
  }
  // Pruned: only a document under a directory listed whole now, not found there, and gone
  // from the disk (a file in an unreadable place, or reached by a link, is not gone); an
  // interrupted run has not seen every file, so it drops none.
  const candidates = tally.interrupted ? [] : [...known.keys()].filter((p) => !seen.has(p) && listed.some((dir) => isUnder(p, dir)) && isGone(p));
  tally.removed = write(pending, candidates);
  if (tally.added + tally.changed + tally.removed) db.exec('ANALYZE'); // statistics for the query planner
  return tally;
}

function noteFailure(named: boolean, error: InputError, options: IndexOptions, tally: IndexTally): void {
  const skippable = error.problem === 'binary' || error.problem === 'empty' || error.problem === 'garbled';
  options.warn(!named && skippable ? `skipped ${error.message}` : error.message);
  if (named || !skippable) tally.failed++;
}

/** The extraction of one file; its failure (a stack overflow on a pathological line) is that file's error. */
function analyseDocument(name: string, text: string, options: IndexOptions): Analysed {
  try {
    return options.analyse(text, name);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputError(`${name}: cannot extract: the text is too deeply nested or too long in one line`);
  }
}

function isUnder(path: string, dir: string): boolean {
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** Positively gone: the path no longer exists (not: cannot be looked at). */
function isGone(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR';
  }
}

/**
 * Indexes written before documents were stored by their real path hold paths as given
 * (`reports/a.txt`): each that names an existing file from here takes its real path, so that
 * it is not indexed a second time under it.
 */
function adoptRelativePaths(db: CorpusDb): void {
  const relative = (db.prepare('SELECT path FROM documents').pluck().all() as string[]).filter((p) => !isAbsolute(p) && existsSync(p));
  if (!relative.length) return;
  const rename = db.prepare('UPDATE OR IGNORE documents SET path = ? WHERE path = ?');
  db.transaction(() => {
    for (const path of relative) rename.run(realPathOf(path), path);
  }).immediate();
}

/**
 * Writes a batch in one transaction that takes the write lock first (BEGIN IMMEDIATE): two
 * `index` runs on one file take turns, and each decides inside its transaction. A document
 * another run has just written with the same content is left as it is; otherwise its old
 * claims are always deleted before the new ones go in, so a claim is never stored twice.
 * Returns how many of the removed documents were still there to remove.
 */
function writer(db: CorpusDb): (docs: PendingDocument[], removed: string[]) => number {
  const current = db.prepare('SELECT id, content_hash FROM documents WHERE path = ?');
  const upsert = db.prepare(`
    INSERT INTO documents (path, content_hash, region, region_key, level, year, review_year, plan_year, indexed_at)
    VALUES (@path, @hash, @region, @regionKey, @level, @year, @reviewYear, @planYear, @indexedAt)
    ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, region = excluded.region,
      region_key = excluded.region_key, level = excluded.level, year = excluded.year,
      review_year = excluded.review_year, plan_year = excluded.plan_year, indexed_at = excluded.indexed_at
    RETURNING id`);
  const dropClaims = db.prepare('DELETE FROM claims WHERE document_id = ?');
  const dropDocument = db.prepare('DELETE FROM documents WHERE id = ?');
  const insertName = db.prepare('INSERT OR IGNORE INTO indicator_names (name) VALUES (?)');
  const insertClaim = db.prepare(`
    INSERT INTO claims (document_id, kind, value, high, unit, qualifier, modality, indicator, indicator_key, sector, text, span_start, span_end, line, sentence,
      metric, period_from, period_to, period_average, period_base)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const transaction = db.transaction((docs: PendingDocument[], removed: string[]) => {
    const indexedAt = new Date().toISOString();
    for (const d of docs) {
      const now = current.get(d.path) as { id: number; content_hash: string } | undefined;
      if (now?.content_hash === d.hash) continue; // written meanwhile by another run, from the same bytes
      const { id } = upsert.get({
        path: d.path, hash: d.hash, ...d.identity, regionKey: d.identity.region ? regionKey(d.identity.region) : null, indexedAt,
      }) as { id: number };
      dropClaims.run(id);
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
    let count = 0;
    for (const path of removed) {
      const row = current.get(path) as { id: number } | undefined;
      if (!row || !isGone(path)) continue;
      dropClaims.run(row.id);
      dropDocument.run(row.id);
      count++;
    }
    return count;
  });
  return (docs, removed) => transaction.immediate(docs, removed);
}
