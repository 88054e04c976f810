// The corpus index under concurrency, careless paths and hostile input: parallel writers never
// duplicate a claim, nothing is pruned that was not positively seen gone, a file is one
// document by its real path, walks stay in the tree, meaningless --db values are errors, a
// read-only index can be queried, identity overrides do not stick, SQL limits are no damage.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusErrorMessage } from '../src/corpus/db.js';
import { bin, root, tempDir, zhibiao } from './e2e-run.js';

// Tests that look at the index as another user run as nobody when run as root: only where
// nobody can run the checkout (a clone in a private directory cannot be).
const nobody = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;
const nobodyCanRun = asRoot && spawnSync('node', [bin, '--version'], { cwd: root, ...nobody }).status === 0;

// Three small reports of different governments (checked by hand: 2, 2 and 3 claims).
const REPORTS: Record<string, string> = {
  'a.txt': '甘孜州人民政府工作报告\n一、2023年工作回顾\n地区生产总值达513.35亿元，增长6.2%。\n',
  'b.txt': '阿坝州人民政府工作报告\n一、2023年工作回顾\n地方一般公共预算收入54.69亿元，增长14.34%。\n',
  'c.txt': '凉山州人民政府工作报告\n二、2024年主要目标任务\n地区生产总值增长7%，固定资产投资增长7%，城镇登记失业率控制在4.2%以内。\n',
};

function reportsDir(): { dir: string; reports: string; db: string } {
  const dir = tempDir();
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(join(reports, name), text);
  return { dir, reports, db: join(dir, 'claims.sqlite') };
}

function counts(db: string): { documents: number; claims: number; duplicates: number; paths: string[] } {
  const d = new Database(db, { readonly: true });
  try {
    return {
      documents: d.prepare('SELECT count(*) FROM documents').pluck().get() as number,
      claims: d.prepare('SELECT count(*) FROM claims').pluck().get() as number,
      duplicates: d.prepare('SELECT count(*) FROM (SELECT document_id, span_start, count(*) n FROM claims GROUP BY 1, 2 HAVING n > 1)').pluck().get() as number,
      paths: d.prepare('SELECT path FROM documents ORDER BY path').pluck().all() as string[],
    };
  } finally {
    d.close();
  }
}

function runAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', [bin, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('exit', (status) => resolve({ status, stderr }));
  });
}

describe('concurrent index runs', () => {
  it('four runs at once on one new index, three times over: every run exits 0, exactly one copy of each claim', async () => {
    const single = reportsDir();
    expect(zhibiao(['index', single.reports, '--db', single.db]).status).toBe(0);
    const expected = counts(single.db);
    expect(expected).toMatchObject({ documents: 3, claims: 7, duplicates: 0 });
    for (let round = 0; round < 3; round++) {
      const c = reportsDir();
      const runs = await Promise.all([0, 1, 2, 3].map(() => runAsync(['index', c.reports, '--db', c.db])));
      for (const r of runs) expect(r, r.stderr).toMatchObject({ status: 0, stderr: '' });
      expect(counts(c.db)).toMatchObject({ documents: 3, claims: 7, duplicates: 0 });
      // and again on the existing index with a changed file: still one copy
      writeFileSync(join(c.reports, 'a.txt'), `${REPORTS['a.txt']}全州森林覆盖率达35.26%。\n`);
      const again = await Promise.all([0, 1, 2].map(() => runAsync(['index', c.reports, '--db', c.db])));
      for (const r of again) expect(r.status, r.stderr).toBe(0);
      expect(counts(c.db)).toMatchObject({ documents: 3, claims: 8, duplicates: 0 });
    }
  }, 120_000);
});

describe('pruning: only what is positively gone', () => {
  it('a missing or empty directory (an unmounted mount point) removes nothing, and says so; a deleted file is removed', () => {
    const c = reportsDir();
    expect(zhibiao(['index', c.reports, '--db', c.db]).status).toBe(0);
    const moved = join(c.dir, 'elsewhere');
    renameSync(c.reports, moved);
    const missing = zhibiao(['index', c.reports, '--db', c.db]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toMatch(/0 removed/);
    expect(missing.stderr).toContain('nothing under it is removed from the index');
    mkdirSync(c.reports); // empty, like a mount point with nothing mounted
    const empty = zhibiao(['index', c.reports, '--db', c.db]);
    expect(empty.stdout).toMatch(/0 removed, 1 failed; 0 claims extracted; 3 documents in the index/);
    expect(empty.stderr).toContain('nothing under it is removed from the index');
    rmSync(c.reports, { recursive: true });
    renameSync(moved, c.reports);
    rmSync(join(c.reports, 'b.txt'));
    const deleted = zhibiao(['index', c.reports, '--db', c.db]);
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toMatch(/0 added, 0 changed, 2 unchanged, 1 removed/);
  });
});

describe('paths', () => {
  it('one file under a relative path, an absolute path and a link is one document', () => {
    const c = reportsDir();
    symlinkSync(join(c.reports, 'a.txt'), join(c.reports, 'link-to-a.txt')); // a link inside the tree
    const rel = relative(root, c.reports);
    const r = zhibiao(['index', rel, c.reports, join(c.reports, 'a.txt'), `${c.reports}/../reports/a.txt`, '--db', c.db]);
    expect(r.status, r.stderr).toBe(0);
    expect(counts(c.db)).toMatchObject({ documents: 3, claims: 7, duplicates: 0 });
    expect(zhibiao(['index', c.reports, '--db', c.db]).stdout).toMatch(/0 added, 0 changed, 3 unchanged, 0 removed/);
    // extract, too, reads it once
    const lines = zhibiao(['extract', c.reports, join(c.reports, 'a.txt'), rel, '--format', 'ndjson']).stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
  });

  it('a link out of the directory is not followed unless --follow-symlinks; a symlink loop ends', () => {
    const c = reportsDir();
    const outside = join(c.dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), '全市居民收入增长9.9%。\n');
    symlinkSync(join(outside, 'secret.txt'), join(c.reports, 'secret.txt'));
    symlinkSync(c.reports, join(c.reports, 'loop')); // a directory linking to itself
    symlinkSync(outside, join(c.reports, 'out'));
    const r = zhibiao(['extract', c.reports, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('9.9');
    expect(r.stderr).toContain(`skipped ${join(c.reports, 'secret.txt')}: a link out of ${c.reports} (--follow-symlinks follows it)`);
    const followed = zhibiao(['extract', c.reports, '--format', 'ndjson', '--follow-symlinks']);
    expect(followed.status).toBe(0);
    expect(followed.stdout.split('\n').filter((l) => l.includes('9.9%'))).toHaveLength(1); // through two links, read once
    expect(followed.stdout.trim().split('\n')).toHaveLength(8);
  });

  it('a file name with a newline is read, and printed escaped on stderr', () => {
    const c = reportsDir();
    const odd = join(c.reports, 'd\nzhibiao: all good.txt');
    writeFileSync(odd, '地区生产总值增长6.2%。\n');
    const r = zhibiao(['extract', c.reports, '--format', 'ndjson']);
    expect(r.stdout.trim().split('\n')).toHaveLength(8);
    const binary = join(c.reports, 'e\n\u001b[2Jbad.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
    const warned = zhibiao(['extract', c.reports, '--format', 'ndjson']);
    expect(warned.stderr).toContain(`skipped ${c.reports}/e\\n\\x1b[2Jbad.txt: binary file, not text\n`);
    expect(warned.stderr.split('\n').filter((l) => l && !l.startsWith('zhibiao: '))).toEqual([]);
  });
});

describe('--db and the index file', () => {
  it("--db '' and --db :memory: are errors, not a success that saves nothing", () => {
    const c = reportsDir();
    for (const db of ['', ':memory:']) {
      for (const args of [['index', c.reports, '--db', db], ['query', '--db', db]]) {
        const r = zhibiao(args);
        expect(r.status).toBe(2);
        expect(r.stderr).toBe(`zhibiao: --db needs the name of an index file, such as claims.sqlite (got ${JSON.stringify(db)})\n`);
      }
    }
  });

  it.skipIf(asRoot && !nobodyCanRun)('a read-only index (file and directory) is queryable', () => {
    const c = reportsDir();
    expect(zhibiao(['index', c.reports, '--db', c.db]).status).toBe(0);
    chmodSync(c.db, 0o444);
    chmodSync(c.dir, 0o555);
    try {
      const r = spawnSync('node', [bin, 'query', '--db', c.db, '--format', 'ndjson'], { cwd: root, encoding: 'utf8', ...(asRoot ? nobody : {}) });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(7);
    } finally {
      chmodSync(c.dir, 0o755);
    }
  });

  // only root can be someone who may not write here, and only where that someone can run the checkout
  it.skipIf(!asRoot || !nobodyCanRun)('an index left in WAL mode by an earlier zhibiao: a clear message where it cannot be read, converted by the next index run', () => {
    const c = reportsDir();
    expect(zhibiao(['index', c.reports, '--db', c.db]).status).toBe(0);
    const old = new Database(c.db);
    old.pragma('journal_mode = WAL');
    old.close();
    chmodSync(c.dir, 0o555);
    try {
      const r = spawnSync('node', [bin, 'query', '--db', c.db], { cwd: root, encoding: 'utf8', ...nobody });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`zhibiao: ${c.db}: cannot be read here (written in WAL mode by an earlier zhibiao, it needs a writable directory); run zhibiao index on it once where it can be written\n`);
    } finally {
      chmodSync(c.dir, 0o755);
    }
    expect(zhibiao(['index', c.reports, '--db', c.db]).status).toBe(0);
    const db = new Database(c.db, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('--region at index time holds for that run only: the next run without it reads the text again', () => {
    const c = reportsDir();
    expect(zhibiao(['index', c.reports, '--db', c.db, '--region', '某某市']).status).toBe(0);
    expect(zhibiao(['query', '--db', c.db, '--region', '某某市', '--format', 'ndjson']).stdout.trim().split('\n')).toHaveLength(7);
    const again = zhibiao(['index', c.reports, '--db', c.db]);
    expect(again.stdout).toMatch(/0 added, 3 changed, 0 unchanged/);
    expect(zhibiao(['query', '--db', c.db, '--region', '某某市']).status).toBe(1);
    expect(zhibiao(['query', '--db', c.db, '--region', '甘孜州', '--format', 'ndjson']).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('SQL limits: a huge --limit and thousands of --keyword are answered, never reported as damage', () => {
    const c = reportsDir();
    expect(zhibiao(['index', c.reports, '--db', c.db]).status).toBe(0);
    const huge = zhibiao(['query', '--db', c.db, '--limit', '99999999999999999999', '--format', 'ndjson']);
    expect(huge).toMatchObject({ status: 0, stderr: '' });
    expect(huge.stdout.trim().split('\n')).toHaveLength(7);
    const keywords = Array.from({ length: 3000 }, (_, i) => ['--keyword', `词${i}`]).flat();
    const many = zhibiao(['query', '--db', c.db, ...keywords, '--keyword', '生产总值', '--keyword-in', 'sentence', '--format', 'ndjson']);
    expect(many.stderr).toBe('');
    expect(many.stdout.trim().split('\n')).toHaveLength(5); // a.txt's 2 claims, and c.txt's 3, whose sentence has 生产总值
    // a limit SQLite still meets is said as such
    const tooBig = Object.assign(new Error('Expression tree is too large (maximum depth 1000)'), { code: 'SQLITE_ERROR' });
    expect(corpusErrorMessage(tooBig, c.db)).toBe('the query is too large for SQLite (Expression tree is too large (maximum depth 1000)); ask with fewer values');
  }, 60_000);

  it('a device behind a link, named to index, is refused; the others are indexed', () => {
    const c = reportsDir();
    symlinkSync('/dev/zero', join(c.dir, 'zero.txt'));
    const r = zhibiao(['index', c.reports, join(c.dir, 'zero.txt'), '--db', c.db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(c.dir, 'zero.txt')}: not a regular file (a device)`);
    expect(counts(c.db).documents).toBe(3);
  });
});


