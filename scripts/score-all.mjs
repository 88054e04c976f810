#!/usr/bin/env node
// Scores the current build against every gold file in ../shared (a developer aid, not a test).
// usage: node scripts/score-all.mjs [NAME] [--misses N] [--lib]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shared = new URL('../../shared/', import.meta.url).pathname;
if (!existsSync(join(shared, 'gold'))) {
  console.error(`no gold files under ${shared}`);
  process.exit(2);
}
const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const misses = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : '0';
for (const file of readdirSync(join(shared, 'corpus'))) {
  const name = file.replace(/\.txt$/, '');
  if (only && name !== only) continue;
  const gold = join(shared, 'gold', `${name}.gold.jsonl`);
  if (!existsSync(gold)) continue;
  const report = join(shared, 'corpus', file);
  const out = join(tmpdir(), `zhibiao-${name}.json`);
  if (args.includes('--lib')) {
    // the library alone, bypassing the CLI (while the CLI is being reworked)
    const { extract } = await import('../dist/index.js');
    writeFileSync(out, JSON.stringify({ claims: extract(readFileSync(report, 'utf8')).claims }));
  } else {
    writeFileSync(out, execFileSync('node', ['bin/zhibiao.js', 'extract', report, '--json'], { maxBuffer: 1 << 28 }));
  }
  console.log(`== ${name}`);
  console.log(execFileSync('node', [join(shared, 'score.mjs'), report, gold, out, '--misses', misses]).toString());
}
