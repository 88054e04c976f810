// zhibiao on one report, timed in process from import to claims (dictionary load included),
// the same way scripts/bench/recognizers.mjs times the peer. One JSON line.
const t0 = performance.now();
const { readFileSync } = await import('node:fs');
const { extract } = await import('../../dist/index.js');
const { claims } = extract(readFileSync(process.argv[2], 'utf8'));
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, claims: claims.length }));
