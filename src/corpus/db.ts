// Opening the corpus index. A file that is not SQLite, or SQLite that is not a zhibiao index,
// is a CorpusError with one line the CLI prints (exit 2), never a stack trace.
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { SCHEMA_ID, SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

export type CorpusDb = Database.Database;

export class CorpusError extends Error {}

/**
 * `create`: make the file and its tables when missing (zhibiao index). Otherwise the file must
 * exist (zhibiao query). Either way an existing file must be a zhibiao index of this version.
 */
export function openCorpus(path: string, mode: 'create' | 'read'): CorpusDb {
  // SQLite reads '' and ':memory:' as a database that lives and dies with the process: an
  // index there would be written, reported, and lost
  if (path.trim() === '' || path === ':memory:' || path.startsWith('file:')) {
    throw new CorpusError(`--db needs the name of an index file, such as claims.sqlite (got ${JSON.stringify(path)})`);
  }
  const exists = existsSync(path);
  if (!exists && mode === 'read') throw new CorpusError(`${path}: no such index (build one with: zhibiao index DIR --db ${path})`);
  if (exists && statSync(path).isDirectory()) throw new CorpusError(`${path}: is a directory, not an index file`);
  let db: CorpusDb;
  try {
    // a writer waits its turn while another `index` run holds the lock (see ./indexer.ts)
    db = new Database(path, { readonly: mode === 'read', fileMustExist: mode === 'read', timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new CorpusError(`${path}: cannot open the index (${(error as Error).message})`);
  }
  try {
    checkOrCreate(db, path, mode);
  } catch (error) {
    db.close();
    if (error instanceof CorpusError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT') throw new CorpusError(`${path}: ${describeSqliteError(error)}`);
    if (mode === 'read' && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))) {
      // an index left in WAL mode by an earlier zhibiao needs to write its -shm file beside it
      throw new CorpusError(`${path}: cannot be read here (written in WAL mode by an earlier zhibiao, it needs a writable directory); run zhibiao index on it once where it can be written`);
    }
    throw new CorpusError(`${path}: not a zhibiao index (${describeSqliteError(error)})`);
  }
  return db;
}

/**
 * How long a run waits for another one's write to end. The index uses SQLite's rollback
 * journal, not WAL: a WAL file cannot be read where its -shm file cannot be made (a read-only
 * directory or mount), and the index is written in short batches anyway.
 */
const BUSY_TIMEOUT_MS = 120_000;

function checkOrCreate(db: CorpusDb, path: string, mode: 'create' | 'read'): void {
  // The first read of the file: SQLITE_NOTADB ("file is not a database") surfaces here.
  const tableNames = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  let tables = tableNames();
  if (mode === 'create') {
    if (db.pragma('journal_mode', { simple: true }) === 'wal') leaveWal(db);
    if (!tables.length) {
      // two runs creating one index: the second finds the tables made inside the first's transaction
      db.transaction(() => {
        db.exec(SCHEMA_SQL);
        db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?), (?, ?)').run('schema', SCHEMA_ID, 'version', String(SCHEMA_VERSION));
      }).immediate();
      tables = tableNames();
    }
  }
  const meta = tables.length ? readMeta(db) : { schema: SCHEMA_ID, version: String(SCHEMA_VERSION) };
  if (meta.schema !== SCHEMA_ID) throw new CorpusError(`${path}: not a zhibiao index (an SQLite database with other tables)`);
  if (meta.version !== String(SCHEMA_VERSION)) {
    // An older index lacks columns (metric, period…): `zhibiao index` rebuilds it, every file
    // read again; a query names the command that does so.
    if (mode === 'read' || Number(meta.version) > SCHEMA_VERSION) {
      throw new CorpusError(`${path}: an index of schema version ${meta.version}, this zhibiao reads version ${SCHEMA_VERSION}; run zhibiao index on its reports again to update it`);
    }
    rebuild(db, tables);
  }
  // No integrity check here: it reads the whole file. Damaged pages met by a query raise
  // SQLITE_CORRUPT, which the commands report through describeSqliteError.
  if (mode === 'create') db.pragma('foreign_keys = ON');
}

/** Drops an older schema's tables and creates this one's: every document is indexed afresh. */
function rebuild(db: CorpusDb, tables: readonly string[]): void {
  // immediate: two runs upgrading one index take turns, and the second finds it done
  db.transaction(() => {
    if (readMeta(db).version === String(SCHEMA_VERSION)) return;
    for (const table of ['claims', 'indicator_names', 'documents', 'meta']) if (tables.includes(table)) db.exec(`DROP TABLE ${table}`);
    db.exec(SCHEMA_SQL);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run('schema', SCHEMA_ID, 'version', String(SCHEMA_VERSION));
  }).immediate();
}

// An index written in WAL mode by an earlier zhibiao: back to the rollback journal, when no other run has it open.
function leaveWal(db: CorpusDb): void {
  try {
    db.pragma('journal_mode = DELETE');
  } catch {
    // busy: another run has it open; a later run converts it
  }
}

function readMeta(db: CorpusDb): Record<string, string> {
  try {
    const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  } catch (error) {
    if (/no such table/.test((error as Error).message)) return {}; // SQLite, but not ours
    throw error;
  }
}

export function describeSqliteError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') return 'the file is not an SQLite database';
  if (code === 'SQLITE_CORRUPT') return 'the index is damaged; delete it and index again';
  return (error as Error).message;
}

/** The one line to print for an error met on an index, or null when it is not about the index. */
export function corpusErrorMessage(error: unknown, path: string): string | null {
  if (error instanceof CorpusError) return error.message;
  // a limit of SQLite met by the query (its size, not the file): said as such, never as damage
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_TOOBIG' || (code === 'SQLITE_ERROR' && /too (many|large|big)|too deep/i.test((error as Error).message))) {
    return `the query is too large for SQLite (${(error as Error).message}); ask with fewer values`;
  }
  if ((error as { code?: string }).code?.startsWith('SQLITE_')) return `${path}: ${describeSqliteError(error)}`;
  return null;
}
