// Metrics and identity from the command line: `zhibiao metrics`, `--metric`, `--metrics FILE`
// (and its errors), `--identity-from`, and an index of an older schema rebuilt.
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../src/core/lexicon/metrics.js';
import { fixture, ndjson, tempDir, zhibiao } from './e2e-run.js';

function metricsFile(content: unknown): string {
  const path = join(tempDir(), 'metrics.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('zhibiao metrics', () => {
  it('lists every metric of the table with its Chinese name and names, as a table and as JSON', () => {
    const table = zhibiao(['metrics']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/gdp\s*│\s*地区生产总值\s*│\s*国内生产总值/);
    expect(table.stdout).toMatch(/unemployment_surveyed\s*│\s*城镇调查失业率/);
    const json = JSON.parse(zhibiao(['metrics', '--json']).stdout) as { id: string; kinds: string[] }[];
    expect(json.map((m) => m.id)).toEqual(METRICS.map((m) => m.id));
    expect(json.find((m) => m.id === 'cpi')?.kinds).toEqual(['change']);
  });

  it('shows a run table: a metric added and one renamed', () => {
    const file = metricsFile({ metrics: [
      { id: 'clean_energy', name: '清洁能源装机', aliases: ['清洁能源装机'], kinds: ['amount'], units: ['千瓦'], sector: 'energy' },
      { id: 'gdp', rename: 'grp', aliases: ['经济体量'] },
    ] });
    const json = JSON.parse(zhibiao(['metrics', '--json', '--metrics', file]).stdout) as { id: string; aliases: string[] }[];
    expect(json.map((m) => m.id)).toContain('clean_energy');
    expect(json.map((m) => m.id)).not.toContain('gdp');
    expect(json.find((m) => m.id === 'grp')?.aliases).toContain('经济体量');
  });
});

describe('--metric and --metrics FILE', () => {
  it('keeps the claims of the metrics named (hand-checked: ganzi 2024 line 9: 突破五百亿、达513.35亿元、增长6.2%, 居民消费价格指数 2%)', () => {
    const rows = ndjson(zhibiao(['extract', fixture, '--metric', 'gdp,cpi', '--format', 'ndjson']).stdout) as unknown as { metric: string; text: string; line: number }[];
    expect(new Set(rows.map((r) => r.metric))).toEqual(new Set(['gdp', 'cpi']));
    expect(rows.filter((r) => r.line === 9).map((r) => r.text)).toEqual(['五百亿', '513.35亿元', '6.2%', '2%']);
    const unknown = zhibiao(['extract', fixture, '--metric', 'gpd']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('zhibiao: unknown metric "gpd" (run `zhibiao metrics` to list them); use --metric gdp\n');
  });

  it('adds a metric for the run, which --metric then finds', () => {
    const file = metricsFile({ metrics: [{ id: 'clean_energy', name: '清洁能源装机', aliases: ['清洁能源装机'], kinds: ['amount'], units: ['千瓦'], sector: 'energy' }] });
    const rows = ndjson(zhibiao(['extract', fixture, '--metrics', file, '--metric', 'clean_energy', '--format', 'ndjson']).stdout) as unknown as { metric: string; unit: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.metric === 'clean_energy' && r.unit === '千瓦')).toBe(true);
  });

  it.each([
    ['a missing file', null, /^zhibiao: --metrics \S+: no such file or directory\n$/],
    ['not JSON', '{"metrics": [', /^zhibiao: --metrics \S+: not JSON \(/],
    ['not a list', { metrics: 3 }, /: expected \{"metrics": \[ … \]\} or a list of metrics\n$/],
    ['a bad id', [{ id: 'GDP 2', name: 'x', sector: 'macro' }], /: metric 1: "id" must be lowercase ASCII such as "ev_output" \(got "GDP 2"\)\n$/],
    ['an unknown kind', [{ id: 'ev', name: '新能源汽车', sector: 'industry', kinds: ['growth'] }], /: metric "ev": unknown kind "growth" \(kinds: amount, change, ratio, gap, rank\)\n$/],
    ['a new metric without a sector', [{ id: 'ev', name: '新能源汽车' }], /: metric "ev": a new metric needs a "sector" \(run zhibiao sectors to list them\)\n$/],
    ['an unknown field', [{ id: 'gdp', alias: ['经济体量'] }], /: metric "gdp": unknown field "alias" \(fields: /],
    ['two metrics with one id', [{ id: 'gdp', rename: 'cpi' }], /: two metrics have the id "cpi"\n$/],
  ])('refuses %s with one line and exit 2, before reading any report', (_what, content, message) => {
    const file = content === null ? join(tempDir(), 'none.json') : metricsFile(content);
    for (const command of [['extract', fixture], ['metrics'], ['index', fixture, '--db', join(tempDir(), 'x.sqlite')]]) {
      const r = zhibiao([...command, '--metrics', file]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('--identity-from', () => {
  it('reads region and year from file names, for extract and index; flags still win', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '2024'));
    copyFileSync(fixture, join(dir, '2024', 'ganzi.txt'));
    copyFileSync(fixture, join(dir, 'notes.txt'));
    const rows = ndjson(zhibiao(['extract', join(dir, '2024'), '--identity-from', '{year}/{region}.txt', '--format', 'ndjson', '--limit', '1']).stdout);
    expect(rows[0]).toMatchObject({ region: 'ganzi', year: 2024 });
    const flagWins = ndjson(zhibiao(['extract', join(dir, '2024'), '--identity-from', '{year}/{region}.txt', '--region', '甘孜州', '--format', 'ndjson', '--limit', '1']).stdout);
    expect(flagWins[0]).toMatchObject({ region: '甘孜州', year: 2024 });
    // a name that does not fit: a note, and the identity of the text
    const other = zhibiao(['extract', join(dir, 'notes.txt'), '--identity-from', '{region}-{year}.txt', '--format', 'ndjson', '--limit', '1']);
    expect(other.stderr).toContain("notes.txt: the name does not fit --identity-from '{region}-{year}.txt'; its identity is read from the text");
    expect(ndjson(other.stdout)[0]).toMatchObject({ region: '甘孜州', year: 2024 });
    const db = join(dir, 'c.sqlite');
    expect(zhibiao(['index', join(dir, '2024'), '--db', db, '--identity-from', '{year}/{region}.txt']).status).toBe(0);
    const stored = new Database(db, { readonly: true }).prepare('SELECT region, year FROM documents').all();
    expect(stored).toEqual([{ region: 'ganzi', year: 2024 }]);
  });

  it('a year from the name moves the periods of the claims', () => {
    const dir = tempDir();
    copyFileSync(fixture, join(dir, 'ganzi-2030.txt'));
    const rows = ndjson(zhibiao(['extract', join(dir, 'ganzi-2030.txt'), '--identity-from', '{region}-{year}.txt', '--metric', 'gdp', '--format', 'ndjson']).stdout) as unknown as { modality: string; period: { from: number } }[];
    expect(rows.find((r) => r.modality === 'actual')?.period.from).toBe(2029);
    expect(rows.find((r) => r.modality === 'target')?.period.from).toBe(2030);
  });

  it.each([
    ['{place}-{year}.txt', 'zhibiao: --identity-from: unknown placeholder {place} (use {region}, {year}, {level} or {*})\n'],
    ['report.txt', "zhibiao: --identity-from needs {region}, {year} or {level} in the pattern, e.g. '{region}-{year}.txt' (got \"report.txt\")\n"],
  ])('refuses the pattern %s', (pattern, message) => {
    const r = zhibiao(['extract', fixture, '--identity-from', pattern]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(message);
  });
});

describe('an index of an older schema', () => {
  it('is rebuilt by zhibiao index, and named by zhibiao query', () => {
    const dir = tempDir();
    const db = join(dir, 'old.sqlite');
    const old = new Database(db);
    old.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', 'zhibiao/corpus'), ('version', '1'); CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT); CREATE TABLE claims (id INTEGER PRIMARY KEY, document_id INTEGER);");
    old.close();
    const query = zhibiao(['query', '--db', db]);
    expect(query.status).toBe(2);
    expect(query.stderr).toBe(`zhibiao: ${db}: an index of schema version 1, this zhibiao reads version 2; run zhibiao index on its reports again to update it\n`);
    const indexed = zhibiao(['index', fixture, '--db', db]);
    expect(indexed.status).toBe(0);
    expect(indexed.stdout).toMatch(/1 added/);
    const rows = ndjson(zhibiao(['query', '--db', db, '--metric', 'new_urban_jobs', '--format', 'ndjson']).stdout) as unknown as { metric: string; period: unknown }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ metric: 'new_urban_jobs' });
  });
});
