// The peer: Microsoft Recognizers-Text (Chinese number, percentage, currency and dimension
// recognisers) on one report, timed in process from import to last result. One JSON line.
const t0 = performance.now();
const { readFileSync } = await import('node:fs');
const R = await import('@microsoft/recognizers-text-suite');
const text = readFileSync(process.argv[2], 'utf8');
const culture = R.Culture.Chinese;
const found = [R.recognizeNumber, R.recognizePercentage, R.recognizeCurrency, R.recognizeDimension]
  .reduce((n, recognize) => n + recognize(text, culture).length, 0);
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, entities: found }));
