#!/usr/bin/env node
// How far the claims of a report read from Word or PDF agree with those of its clean text
// (issue 12's measure; tests/e2e-documents.test.ts asserts it on the fixtures):
//   node scripts/document-agreement.mjs report.txt report.docx report.pdf …
// found: share of the text's claims paired (in order) with a document claim of the same value,
// unit and kind; same: share of those pairs that also agree on qualifier, modality, indicator
// and sector; extra: document claims left without a partner (page numbers, headers), per text claim.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function agreement(text, document) {
  const figure = (c) => JSON.stringify([c.value, c.unit, c.kind]);
  const free = new Map();
  for (const c of document) free.set(figure(c), [...(free.get(figure(c)) ?? []), c]);
  let found = 0;
  let same = 0;
  for (const c of text) {
    const partners = free.get(figure(c));
    if (!partners?.length) continue;
    // the partner that agrees on the rest, if there is one; else the first in order
    const i = Math.max(0, partners.findIndex((p) => p.indicator === c.indicator && p.sector === c.sector));
    const [p] = partners.splice(i, 1);
    found++;
    if (p.qualifier === c.qualifier && p.modality === c.modality && p.indicator === c.indicator && p.sector === c.sector) same++;
  }
  return { claims: text.length, found: found / text.length, same: found ? same / found : 0, extra: (document.length - found) / text.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bin = join(import.meta.dirname, '..', 'bin', 'zhibiao.js');
  const claimsOf = (path) => {
    const r = spawnSync('node', [bin, 'extract', path, '--format', 'ndjson'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${path}: ${r.stderr.trim()}`);
    return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  };
  const [text, ...documents] = process.argv.slice(2);
  const clean = claimsOf(text);
  for (const document of documents) {
    const a = agreement(clean, claimsOf(document));
    console.log(`${document}: ${a.claims} text claims, ${(100 * a.found).toFixed(2)}% found (value, unit, kind), ${(100 * a.same).toFixed(2)}% of those the same (qualifier, modality, indicator, sector), ${(100 * a.extra).toFixed(2)}% extra`);
  }
}
