// Where the time of one run goes, measured in one process: node start-up, loading zhibiao,
// loading the jieba dictionary, extracting, printing JSON. Prints one JSON line.
const startup = performance.now();
const report = process.argv[2];
const { readFileSync } = await import('node:fs');
const t0 = performance.now();
const { extractClaims } = await import('../../dist/core/extract.js');
const { jiebaSegmenter } = await import('../../dist/segment/jieba.js');
const { printJson } = await import('../../dist/printers/json.js');
const t1 = performance.now();
jiebaSegmenter.tag('地区生产总值');
const t2 = performance.now();
const text = readFileSync(report, 'utf8');
const { claims } = extractClaims(text, { segmenter: jiebaSegmenter });
const t3 = performance.now();
const out = printJson({ documents: [{ document: report, claims }], rows: claims.map((c) => ({ document: report, ...c })) });
const t4 = performance.now();
console.log(JSON.stringify({ startup, modules: t1 - t0, dictionary: t2 - t1, extraction: t3 - t2, printing: t4 - t3, claims: claims.length, bytes: out.length }));
