// Hostile flag values and hostile web pages, and what every run must do with them: answer in
// time, and either work or fail with the one-line error the CLI prints (never a TypeError, a
// RangeError, a stack overflow or a hang). Used by scripts/fuzz.mjs on dist/.
import fc from 'fast-check';

/** Values a careless or hostile user types: empty, huge, tiny, non-numbers, regex soup, controls. */
const NASTY = [
  '', ' ', '0', '-1', '1e400', '-1e400', '1e-400', 'NaN', 'Infinity', '99999999999999999999', '0x10', '1_000', '١٢', '１２',
  '100亿', '五百亿', '亿', '%', ':memory:', '-', '--', '.', '..', '/', '/dev/zero', '\u0000', '\u001b[2J', '\n', '\r\n',
  '((.+)+)+x', '(a|a)*b', '(?<=a)b', '\\1', '[', '(', '*', '.*', '^$', '收入$', '(?i)GDP', '\\p{Han}+', 'a{1000000}',
  'energy', 'tourism,energy', '，', '、', 'amount', 'change,ratio', 'target', 'actual', '元', '个百分点', 'value', '-value',
  'line,value,indicator', 'all', 'nonsense', '甘孜州', 'city', '2024', '1899', '20240', '64M', '100G', '1k', '0M', '5.5M',
  'gbk', 'utf-16le', 'hex', 'base64', 'binary', 'utf-7', 'x'.repeat(5000), '地'.repeat(3000),
];

const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')) },
);

const list = fc.array(value, { maxLength: 3 });

/** The query flags as commander hands them to parseQueryFlags (lists for the repeatable ones). */
export const queryFlags = fc.record({
  sector: list, keyword: list, kind: list, modality: list, unit: list,
  min: value, max: value, indicator: value, fields: value, sort: value, limit: value,
  maxSize: value, encoding: value, region: value, level: value, year: value,
}, { requiredKeys: [] });

/**
 * The violations of one set of flags: each validator of the CLI must return or throw its own
 * error class within the time budget; a query that passes must then filter real claims in time.
 */
export function flagViolations(flags, lib, claims) {
  const problems = [];
  const started = performance.now();
  const guard = (name, run, allowed) => {
    try {
      return run();
    } catch (error) {
      if (!allowed.some((cls) => error instanceof cls)) problems.push(`${name}: ${error?.constructor?.name}: ${error?.message}`);
      return undefined;
    }
  };
  const parsed = guard('parseQueryFlags', () => lib.parseQueryFlags(flags), [lib.QueryError]);
  if (flags.maxSize !== undefined) guard('parseSize', () => lib.parseSize(flags.maxSize), []);
  if (flags.encoding !== undefined) guard('checkEncodingName', () => lib.checkEncodingName(flags.encoding), [lib.InputError]);
  guard('identityOverrides', () => lib.identityOverrides(flags), [lib.InputError]);
  if (parsed) guard('filterClaims', () => lib.filterClaims(claims, { ...parsed.query, keywords: undefined }), []);
  const ms = performance.now() - started;
  if (ms > 2000) problems.push(`took ${Math.round(ms)} ms (a hang)`);
  return problems;
}

const TAGS = ['div', 'p', 'span', 'table', 'tr', 'td', 'th', 'tbody', 'ul', 'li', 'a', 'b', 'h1', 'h2', 'section', 'font', 'center'];
const VOID = ['br', 'img src="x.png"', 'hr', 'meta charset="utf-8"', 'input'];
const TEXT = [
  '地区生产总值达513.35亿元，增长6.2%。', '旅游综合收入450亿元以上', '&amp;', '&lt;', '&#x0;', '&#99999999;', '&nbsp;', '&', '<', '>',
  '<!-- 注释 -->', '<![CDATA[x]]>', '<script>var a = "<td>";</script>', '<style>td{}</style>', '"', "'", '\u0000', '\u001b[2J', ' ', '\n',
  '第一', '２０２３年', '百分之三点五',
];

/** A web page: random text between random tags, some unclosed, some nested thousands deep. */
export const htmlPage = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.oneof(
    fc.constantFrom(...TEXT),
    fc.constantFrom(...TAGS).map((t) => `<${t}>`),
    fc.constantFrom(...TAGS).map((t) => `</${t}>`),
    fc.constantFrom(...VOID).map((t) => `<${t}>`),
  ), { maxLength: 80 }).map((parts) => `<html><body>${parts.join('')}</body></html>`) },
  { weight: 1, arbitrary: fc.record({ tag: fc.constantFrom(...TAGS), depth: fc.integer({ min: 1, max: 3000 }), closed: fc.boolean(), text: fc.constantFrom(...TEXT) })
    .map(({ tag, depth, closed, text }) => `<html><body>${`<${tag}>`.repeat(depth)}${text}${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`) },
);

/** The violations of one page: the reader must give text or an InputError naming the file, in time; extraction must not throw. */
export async function htmlViolations(page, lib) {
  const problems = [];
  const started = performance.now();
  try {
    const doc = await lib.decodeDocument('page.html', Buffer.from(page, 'utf8'));
    lib.extract(doc.text);
  } catch (error) {
    if (!(error instanceof lib.InputError)) problems.push(`${error?.constructor?.name}: ${error?.message}`);
    else if (!error.message.startsWith('page.html: ')) problems.push(`the error does not name the file: ${error.message}`);
  }
  const ms = performance.now() - started;
  if (ms > 5000) problems.push(`took ${Math.round(ms)} ms (a hang)`);
  return problems;
}

/** Argument lists for real runs of the binary: a command, the bundled report or odd paths, and nasty flags. */
export const cliArgs = fc.record({
  command: fc.constantFrom('extract', 'summary', 'check', 'query', 'index', 'compare', 'sectors', 'nonsense'),
  inputs: fc.array(fc.constantFrom('fixtures/ganzi-2024.txt', '/dev/zero', '/nonexistent', '', '-', 'fixtures/', '.'), { maxLength: 2 }),
  flags: fc.array(fc.tuple(fc.constantFrom(
    '--sector', '--keyword', '--kind', '--modality', '--unit', '--min', '--max', '--indicator', '--fields', '--sort', '--limit',
    '--format', '--encoding', '--max-size', '--jobs', '--region', '--level', '--year', '--db', '--expected', '--tolerance', '--color',
  ), value), { maxLength: 4 }),
}).map(({ command, inputs, flags }) => [command, ...inputs, ...flags.flat()].map((arg) => arg.replaceAll('\u0000', ''))); // argv cannot hold NUL
