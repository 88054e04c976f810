#!/usr/bin/env node
// Scores the current build against every gold file in ../shared (a developer aid, not a test).
// usage: node scripts/score-all.mjs [NAME] [--misses N] [--lib] [--fragments N]
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

// Blind hand annotations of corpus-dev reports (tests/heldout/README.md), scored on the lines they cover.
const heldout = new URL('../tests/heldout/', import.meta.url).pathname;
for (const file of readdirSync(heldout).filter((f) => f.endsWith('.gold.jsonl'))) {
  const name = file.replace(/\.gold\.jsonl$/, '');
  if (only && name !== only) continue;
  const report = join(shared, 'corpus-dev', `${name}.txt`);
  if (!existsSync(report)) continue;
  const out = join(tmpdir(), `zhibiao-${name}.json`);
  writeFileSync(out, execFileSync('node', ['bin/zhibiao.js', 'extract', report, '--json'], { maxBuffer: 1 << 28 }));
  console.log(`== ${name} (blind hand annotation, tests/heldout)`);
  console.log(execFileSync('node', [join(shared, 'score.mjs'), report, join(heldout, file), out, '--gold-lines-only', '--misses', misses]).toString());
}

// Fragments: claims whose indicator names nothing (a cue word, a qualifier, a unit, a verb or
// adverb alone, a pronoun: 以上, 占全省, 加快, /月), by the test in src/core/resolve/fragment.ts,
// over every report of ../shared/corpus and ../shared/corpus-dev (no gold needed).
// `--fragments N` lists the N most frequent.
if (!only) {
  const { extract } = await import('../dist/index.js');
  const { isFragment } = await import('../dist/core/resolve/fragment.js');
  const { jiebaSegmenter } = await import('../dist/segment/jieba.js');
  let total = 0;
  const found = new Map();
  let reports = 0;
  for (const dir of ['corpus', 'corpus-dev']) {
    if (!existsSync(join(shared, dir))) continue;
    for (const file of readdirSync(join(shared, dir)).filter((f) => f.endsWith('.txt'))) {
      reports++;
      for (const claim of extract(readFileSync(join(shared, dir, file), 'utf8')).claims) {
        total++;
        if (isFragment(claim.indicator, jiebaSegmenter)) {
          const key = claim.indicator || '(empty)';
          found.set(key, [...(found.get(key) ?? []), `${file}:${claim.line} ${claim.text}`]);
        }
      }
    }
  }
  const count = [...found.values()].reduce((n, list) => n + list.length, 0);
  console.log(`== fragments (corpus + corpus-dev, ${reports} reports)`);
  console.log(`indicator is a fragment: ${count} of ${total} claims (${((100 * count) / Math.max(total, 1)).toFixed(2)}%)`);
  const list = args.includes('--fragments') ? Number(args[args.indexOf('--fragments') + 1]) : 0;
  [...found.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, list).forEach(([indicator, where]) => {
    console.log(`  ${indicator} ×${where.length}: ${where.slice(0, 3).join(', ')}`);
  });
}
