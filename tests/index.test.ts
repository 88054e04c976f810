// The corpus index end to end: index → query round trips, re-indexing after a change, removed
// files, and bad input (a corrupt database, an unreadable file in a directory).
import Database from 'better-sqlite3';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'zhibiao.js');
const ganzi2024 = join(root, 'fixtures', 'ganzi-2024.txt');
const synthetic2025 = join(root, 'fixtures', 'compare', 'ganzi-2025-synthetic.txt');

function run(args: string[], options: SpawnSyncOptions = {}) {
  return spawnSync('node', [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...options }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
}

/** A fresh directory with the bundled report and the synthetic 2025 report (in a subdirectory). */
function corpusDir(): { dir: string; db: string; a: string; b: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-index-'));
  mkdirSync(join(dir, 'reports', 'next'), { recursive: true });
  const a = join(dir, 'reports', 'ganzi-2024.txt');
  const b = join(dir, 'reports', 'next', 'ganzi-2025.txt');
  copyFileSync(ganzi2024, a);
  copyFileSync(synthetic2025, b);
  return { dir, db: join(dir, 'claims.sqlite'), a, b };
}

const ndjson = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('index and query', () => {
  const c = corpusDir();
  let indexed: ReturnType<typeof run>;
  beforeAll(() => {
    indexed = run(['index', join(c.dir, 'reports'), '--db', c.db]);
  });

  it('indexes every report of a directory, recursively', () => {
    expect(indexed.status).toBe(0);
    expect(indexed.stdout).toMatch(/2 added, 0 changed, 0 unchanged, 0 removed; \d+ claims extracted; 2 documents in the index/);
  });

  it('stores every claim as extract gives it, with the document identity (plain SQL)', () => {
    const db = new Database(c.db, { readonly: true });
    const docs = db.prepare('SELECT path, region, region_key, level, year, review_year, plan_year FROM documents ORDER BY path').all();
    expect(docs).toEqual([
      { path: c.a, region: '甘孜州', region_key: '甘孜州', level: 'city', year: 2024, review_year: 2023, plan_year: 2024 },
      { path: c.b, region: '甘孜藏族自治州', region_key: '甘孜州', level: 'city', year: 2025, review_year: 2024, plan_year: 2025 },
    ]);
    const stored = db.prepare(`SELECT kind, value, high, unit, qualifier, modality, indicator, sector, metric, period_from, period_to, period_average, period_base,
      text, span_start, span_end, line, sentence
      FROM claims JOIN documents d ON d.id = document_id WHERE d.path = ? ORDER BY span_start`).all(c.a) as Record<string, unknown>[];
    const expected = extract(readFileSync(ganzi2024, 'utf8')).claims;
    expect(stored).toHaveLength(expected.length);
    const period = (from: unknown, to: unknown, average: unknown, base: unknown) =>
      from === null ? null : { from, to, ...(average ? { average: true } : {}), ...(base === null ? {} : { base }) };
    expect(stored.map(({ span_start, span_end, high, period_from, period_to, period_average, period_base, ...rest }) => ({
      ...rest, period: period(period_from, period_to, period_average, period_base), span: { start: span_start, end: span_end }, ...(high === null ? {} : { high }),
    }))).toEqual(expected);
    expect(stored.filter((r) => r.metric === 'gdp').length).toBeGreaterThan(1);
    // the synonym key is stored for SQL users: 规上工业增加值 → 规模以上工业增加值
    expect(db.prepare("SELECT DISTINCT indicator_key FROM claims WHERE indicator = '规上工业增加值'").pluck().all()).toEqual(['规模以上工业增加值']);
    db.close();
  });

  it('answers extract\'s filters with the same claims as extract', () => {
    const filters = ['--unit', '元', '--kind', 'amount', '--min', '1e9', '--max', '1e11'];
    const fromExtract = ndjson(run(['extract', c.a, ...filters, '--format', 'ndjson']).stdout);
    const fromIndex = ndjson(run(['query', '--db', c.db, ...filters, '--region', '甘孜州', '--year', '2024', '--format', 'ndjson']).stdout);
    expect(fromExtract.length).toBeGreaterThan(3);
    expect(fromIndex).toEqual(fromExtract); // identity included: extract reads it from the text as index does
    expect(fromIndex[0]).toMatchObject({ region: '甘孜州', level: 'city', year: 2024 });
    // keywords too (whole words, by jieba): 光伏 in the bundled report
    const kw = ['--keyword', '光伏'];
    expect(ndjson(run(['query', '--db', c.db, ...kw, '--format', 'ndjson']).stdout))
      .toEqual(ndjson(run(['extract', c.a, c.b, ...kw, '--format', 'ndjson']).stdout));
  });

  it('filters on region, level and year, and on indicators by regular expression', () => {
    // the 2024 goals of line 45 and the synthetic 2025 goals of line 15: targets in % whose indicator ends in 生产总值
    const rows = ndjson(run(['query', '--db', c.db, '--indicator', '生产总值$', '--modality', 'target', '--unit', '%', '--format', 'ndjson', '--fields', 'line,value,qualifier']).stdout);
    expect(rows).toEqual([
      { document: c.a, line: 45, value: 7, qualifier: null }, // --fields as in extract: these, in this order
      { document: c.b, line: 15, value: 6.5, qualifier: 'approx' },
    ]);
    const only2025 = ndjson(run(['query', '--db', c.db, '--region', '甘孜藏族自治州', '--year', '2025', '--format', 'ndjson']).stdout);
    expect(new Set(only2025.map((r) => r.document))).toEqual(new Set([c.b]));
    expect(run(['query', '--db', c.db, '--level', 'county']).status).toBe(1);
    expect(run(['query', '--db', c.db, '--indicator', '^不存在的指标$']).status).toBe(1);
  });

  it('prints identity in every format', () => {
    const csv = run(['query', '--db', c.db, '--indicator', '^地区生产总值$', '--kind', 'change', '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toBe('document,region,level,year,line,kind,value,high,unit,qualifier,modality,indicator,sector,metric,period,text,start,end,sentence');
    expect(csv[1]).toMatch(/^[^,]+ganzi-2024.txt,甘孜州,city,2024,/);
    const json = JSON.parse(run(['query', '--db', c.db, '--indicator', '^地区生产总值$', '--json']).stdout);
    expect(json[1]).toMatchObject({ document: c.b, region: '甘孜藏族自治州', level: 'city', year: 2025, review_year: 2024, plan_year: 2025 });
    const table = run(['query', '--db', c.db, '--indicator', '^地区生产总值$', '--kind', 'change'], { env: { ...process.env, NO_COLOR: '1', COLUMNS: '250' } }).stdout;
    expect(table).toContain('ganzi-2024.txt · 甘孜州 city 2024');
    const markdown = run(['query', '--db', c.db, '--indicator', '^地区生产总值$', '--format', 'markdown']).stdout;
    expect(markdown).toContain('ganzi-2025.txt · 甘孜藏族自治州 city 2025');
  });
});

describe('re-indexing', () => {
  it('extracts again only the file that changed, and drops a removed one', () => {
    const c = corpusDir();
    expect(run(['index', join(c.dir, 'reports'), '--db', c.db]).status).toBe(0);
    const snapshot = () => {
      const db = new Database(c.db, { readonly: true });
      const docs = db.prepare('SELECT path, id, indexed_at, content_hash FROM documents').all() as { path: string; id: number; indexed_at: string; content_hash: string }[];
      const claimIds = db.prepare('SELECT d.path, min(c.id) AS first, count(*) AS n FROM claims c JOIN documents d ON d.id = c.document_id GROUP BY d.path').all() as { path: string; first: number; n: number }[];
      db.close();
      return { docs: new Map(docs.map((d) => [d.path, d])), claims: new Map(claimIds.map((r) => [r.path, r])) };
    };
    const before = snapshot();

    appendFileSync(c.b, '\n新增光伏装机容量120万千瓦。\n');
    const again = run(['index', join(c.dir, 'reports'), '--db', c.db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 added, 1 changed, 1 unchanged, 0 removed/);
    const after = snapshot();
    // the unchanged report keeps its rows (same claim ids, same time of indexing)
    expect(after.docs.get(c.a)).toEqual(before.docs.get(c.a));
    expect(after.claims.get(c.a)).toEqual(before.claims.get(c.a));
    // the changed one was extracted again: new hash, one claim more, found by query
    expect(after.docs.get(c.b)!.content_hash).not.toBe(before.docs.get(c.b)!.content_hash);
    expect(after.claims.get(c.b)!.n).toBe(before.claims.get(c.b)!.n + 1);
    const solar = ndjson(run(['query', '--db', c.db, '--unit', '千瓦', '--region', '甘孜藏族自治州', '--year', '2025', '--format', 'ndjson']).stdout);
    expect(solar).toMatchObject([{ document: c.b, value: 1200000, unit: '千瓦', text: '120万千瓦' }]);

    rmSync(c.b);
    const removed = run(['index', join(c.dir, 'reports'), '--db', c.db]);
    expect(removed.stdout).toMatch(/0 added, 0 changed, 1 unchanged, 1 removed; 0 claims extracted; 1 documents in the index/);
    const db = new Database(c.db, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)').pluck().get()).toBe(0);
    db.close();
  });
});

describe('bad input', () => {
  it('a corrupt database file: one clear line, exit 2, for index and query', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-bad-'));
    const db = join(dir, 'claims.sqlite');
    writeFileSync(db, 'not a database '.repeat(500));
    for (const args of [['query', '--db', db], ['index', ganzi2024, '--db', db]]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`zhibiao: ${db}: not a zhibiao index (the file is not an SQLite database)\n`);
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(db, 'utf8')).toBe('not a database '.repeat(500)); // index did not overwrite it
  });

  it('a file over the document size limit: reported without being read, the others indexed', () => {
    const c = corpusDir();
    const big = join(c.dir, 'reports', 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * 2 ** 20); // a sparse 200 MB file: costs no disk and no time to make
    const r = run(['index', join(c.dir, 'reports'), '--db', c.db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${big}: 200 MB, over the 64 MB limit for one document\n`);
    expect(r.stdout).toMatch(/2 added.*1 failed/);
  });

  it('a damaged index and a missing one', () => {
    const c = corpusDir();
    run(['index', join(c.dir, 'reports'), '--db', c.db]);
    const bytes = readFileSync(c.db);
    bytes.fill(0x5a, 4096, bytes.length - 4096); // every page but the first and last overwritten
    writeFileSync(c.db, bytes);
    const r = run(['query', '--db', c.db, '--sector', 'energy']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`zhibiao: ${c.db}: the index is damaged; delete it and index again\n`);
    const missing = run(['query', '--db', join(c.dir, 'none.sqlite')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('none.sqlite: no such index');
  });

  it('a directory with an unreadable file: reported, the others indexed, exit 2', (ctx) => {
    const c = corpusDir();
    const locked = join(c.dir, 'reports', 'locked.txt');
    writeFileSync(locked, '地区生产总值增长7%。');
    chmodSync(locked, 0o000);
    // Root reads any file: then run as nobody, who cannot (the directories left writable for the
    // index). Where nobody cannot run the checkout either (a clone in a private directory), root
    // has no unreadable regular file to meet in a walk (a link out of the tree is not followed).
    const asRoot = process.getuid?.() === 0;
    const nobody = { uid: 65534, gid: 65534 };
    let options: SpawnSyncOptions = {};
    let expected = `zhibiao: ${locked}: permission denied\n`;
    if (asRoot && run(['--version'], nobody).status === 0) {
      for (const p of [c.dir, join(c.dir, 'reports'), join(c.dir, 'reports', 'next')]) chmodSync(p, 0o777);
      options = nobody;
    } else if (asRoot) {
      ctx.skip('run as root, and nobody cannot run this checkout');
    }
    const r = run(['index', join(c.dir, 'reports'), '--db', c.db], options);
    expect(r.stderr).toBe(expected);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/2 added, 0 changed, 0 unchanged, 0 removed, 1 failed; \d+ claims extracted; 2 documents in the index/);
  });
});
