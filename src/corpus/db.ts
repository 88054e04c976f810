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
  const exists = existsSync(path);
  if (!exists && mode === 'read') throw new CorpusError(`${path}: no such index (build one with: zhibiao index DIR --db ${path})`);
  if (exists && statSync(path).isDirectory()) throw new CorpusError(`${path}: is a directory, not an index file`);
  let db: CorpusDb;
  try {
    db = new Database(path, { readonly: mode === 'read', fileMustExist: mode === 'read' });
  } catch (error) {
    throw new CorpusError(`${path}: cannot open the index (${(error as Error).message})`);
  }
  try {
    checkOrCreate(db, path, mode);
  } catch (error) {
    db.close();
    if (error instanceof CorpusError) throw error;
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') throw new CorpusError(`${path}: ${describeSqliteError(error)}`);
    throw new CorpusError(`${path}: not a zhibiao index (${describeSqliteError(error)})`);
  }
  return db;
}

function checkOrCreate(db: CorpusDb, path: string, mode: 'create' | 'read'): void {
  // The first read of the file: SQLITE_NOTADB ("file is not a database") surfaces here.
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (!tables.length && mode === 'create') {
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA_SQL);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run('schema', SCHEMA_ID, 'version', String(SCHEMA_VERSION));
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
  db.transaction(() => {
    for (const table of ['claims', 'indicator_names', 'documents', 'meta']) if (tables.includes(table)) db.exec(`DROP TABLE ${table}`);
    db.exec(SCHEMA_SQL);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run('schema', SCHEMA_ID, 'version', String(SCHEMA_VERSION));
  })();
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
  if ((error as { code?: string }).code?.startsWith('SQLITE_')) return `${path}: ${describeSqliteError(error)}`;
  return null;
}
