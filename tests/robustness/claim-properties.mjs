// Report-like random text, and the invariants every extraction must keep on it.
// Shared by tests/robustness/properties.test.ts (vitest, on src/) and scripts/fuzz.mjs
// (100,000+ cases, on dist/), so both check exactly the same properties.
import fc from 'fast-check';

/** Words of report prose: indicators, verbs, scopes, section words (回顾, 目标 make headings). */
const WORDS = [
  '地区生产总值', '规上工业增加值', '旅游综合收入', '游客', '居民人均可支配收入', '森林覆盖率', '粮食产量',
  '固定资产投资', '一般公共预算收入', '清洁能源装机', '示范村', '企业', '项目', '学校', '公路', '5G基站',
  '建成', '新增', '完成', '实现', '达', '达到', '为', '占', '比重', '全州', '其中', '分别', '和', '及', '累计',
  '预期目标', '力争', '计划', '今年', '去年', '工作回顾', '主要目标任务', '名词解释', '二十大', '十四五',
  '比上年', '同比', '翻', '番', '成', '分之', '百分之', '首位', '前', '倍差', '多', '余', '几', '点',
];

/** Cue words that change kind, qualifier, rank or sign. */
const CUES = [
  '增长', '下降', '以上', '以下', '以内', '左右', '突破', '超过', '近', '约', '第', '居全省', '高于', '低于',
  '提高到', '控制在', '不低于', '增加', '减少',
];

/** Units, with and without multipliers, and words that make dates and classes. */
const UNITS = [
  '亿元', '万元', '元', '万人', '人次', '个', '家', '公里', '千米', '万千瓦', '吨', '亩', '个百分点', '倍', '户', '件',
  '年', '月', '级', '届', '位', '名',
];

/** Signs and punctuation, half- and full-width, range links, quotes and brackets, spaces. */
const MARKS = [
  '%', '％', '。', '，', '、', '；', '：', '！', '？', ',', '.', ';', '－', '-', '~', '～', '至', '到', '—',
  '“', '”', '"', '‘', '’', '（', '）', '(', ')', '《', '》', '·', '+', '/', ' ', '\u3000', '\t', '\r',
  'G', 'PM', 'A',
];

const NUMERAL_CHARS = [...'零一二两三四五六七八九十百千万亿'];
const WELL_FORMED_NUMERALS = [
  '五百亿', '一千二百万', '二十三', '两万', '百分之三点五', '四分之一', '百分之百', '十几万', '三', '一百亿亿',
];

/** １２.５ for 12.5: full-width digits and point, as some reports print them. */
const toFullWidth = (s) => s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const arabicNumber = fc.oneof(
  fc.nat({ max: 99_999 }).map(String),
  fc.tuple(fc.nat({ max: 9_999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.integer({ min: 1_000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')), // 1,234,567
  fc.constantFrom('2023', '2024', '2025'),
);

/**
 * One piece of text without a line break. `longRuns` adds runs of up to 400 digits or
 * numeral characters (values beyond 1e308 when read).
 */
function token({ longRuns = false } = {}) {
  const pieces = [
    { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 4, arbitrary: fc.constantFrom(...CUES) },
    { weight: 5, arbitrary: fc.constantFrom(...UNITS) },
    { weight: 6, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 6, arbitrary: arabicNumber },
    { weight: 2, arbitrary: arabicNumber.map(toFullWidth) },
    { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...NUMERAL_CHARS), minLength: 1, maxLength: 6 }) },
    { weight: 2, arbitrary: fc.constantFrom(...WELL_FORMED_NUMERALS) },
    // anything at all, lone surrogates and control characters included (but no line break)
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }).map((s) => s.replace(/\n/g, '')) },
  ];
  if (longRuns) {
    const run = fc.tuple(fc.constantFrom('9', '亿', '1,000', '“（', '增长'), fc.integer({ min: 1, max: 400 }));
    pieces.push({ weight: 1, arbitrary: run.map(([unit, n]) => unit.repeat(n)) });
  }
  return fc.oneof(...pieces);
}

/** A line of prose: 0–40 tokens. */
export function lineText(options = {}) {
  return fc.array(token(options), { maxLength: 40, size: 'medium' }).map((parts) => parts.join(''));
}

/** A whole document: tokens and line breaks (LF, CRLF, blank lines), sometimes after a BOM. */
export function reportText(options = {}) {
  const breakOrToken = fc.oneof(
    { weight: 12, arbitrary: token(options) },
    { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n') },
  );
  return fc
    .tuple(fc.boolean(), fc.array(breakOrToken, { maxLength: 80, size: 'medium' }))
    .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));
}

/**
 * A document whose paragraphs cannot influence each other: every paragraph ends with 。, so
 * none is a section heading (a heading has no closing punctuation) and none looks hard-wrapped
 * by a PDF copy (which would join it to the next line).
 */
export function independentParagraphs(options = {}) {
  return fc.array(lineText(options).map((line) => `${line}。`), { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n'));
}

const CLAIM_KINDS = ['amount', 'change', 'ratio', 'gap', 'rank'];
const QUALIFIERS = ['ge', 'le', 'gt', 'approx', null];
const MODALITIES = ['actual', 'target'];

/** The line breaks (with spaces around them) that the core removes from a wrapped sentence. */
const JOINED_WRAP = /[ \t]*\r?\n[ \t]*/g;

/** 1-based line of offset `at`: line breaks before it, plus one. */
function lineOf(text, at) {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * What must hold of any extraction of any text. Returns the violations (empty when all hold).
 * `text` is the text the spans index: the input without a leading BOM for `extract`.
 */
export function claimViolations(text, claims) {
  const problems = [];
  let previousEnd = 0;
  claims.forEach((c, i) => {
    const where = `claim ${i} ${JSON.stringify(c.text)}`;
    const { start, end } = c.span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      problems.push(`${where}: span [${start}, ${end}) outside the text (length ${text.length})`);
      return;
    }
    if (text.slice(start, end) !== c.text) problems.push(`${where}: text.slice(span) is ${JSON.stringify(text.slice(start, end))}`);
    if (start < previousEnd) problems.push(`${where}: starts at ${start}, inside or before the previous claim (ends ${previousEnd})`);
    previousEnd = end;
    if (typeof c.value !== 'number' || !Number.isFinite(c.value)) problems.push(`${where}: value ${c.value} is not finite`);
    if ('high' in c && (typeof c.high !== 'number' || !Number.isFinite(c.high))) problems.push(`${where}: high ${c.high} is not finite`);
    if (c.line !== lineOf(text, start)) problems.push(`${where}: line ${c.line}, but span.start is on line ${lineOf(text, start)}`);
    // a sentence that a PDF copy wrapped is shown joined up, and so is a claim inside it
    if (!c.sentence.includes(c.text.replace(JOINED_WRAP, ''))) problems.push(`${where}: not inside its sentence ${JSON.stringify(c.sentence)}`);
    if (!CLAIM_KINDS.includes(c.kind)) problems.push(`${where}: kind ${c.kind}`);
    if (!QUALIFIERS.includes(c.qualifier)) problems.push(`${where}: qualifier ${c.qualifier}`);
    if (!MODALITIES.includes(c.modality)) problems.push(`${where}: modality ${c.modality}`);
    if (typeof c.unit !== 'string' || typeof c.indicator !== 'string' || typeof c.sector !== 'string') {
      problems.push(`${where}: unit, indicator and sector must be strings`);
    }
  });
  return problems;
}

/**
 * Runs `extractFn` twice on `input`: it must not throw, must keep every claim invariant, and
 * must give deep-equal results both times. `stripsBom`: spans index the input minus a BOM.
 */
export function extractionViolations(extractFn, input, { stripsBom = false } = {}) {
  let first;
  let second;
  try {
    first = extractFn(input);
    second = extractFn(input);
  } catch (error) {
    return [`threw ${error instanceof Error ? error.stack : String(error)}`];
  }
  const text = stripsBom && input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const problems = claimViolations(text, first.claims);
  if (JSON.stringify(first) !== JSON.stringify(second)) problems.push('two runs on the same input differ');
  return problems;
}

/**
 * Extracting each paragraph (split on '\n') alone gives the claims of the whole document,
 * with spans moved by the paragraph's offset and lines by its index. Every field is compared.
 */
export function paragraphViolations(extractFn, doc) {
  const whole = extractFn(doc).claims;
  const pieces = [];
  let offset = 0;
  doc.split('\n').forEach((paragraph, index) => {
    for (const c of extractFn(paragraph).claims) {
      pieces.push({ ...c, span: { start: c.span.start + offset, end: c.span.end + offset }, line: c.line + index });
    }
    offset += paragraph.length + 1;
  });
  const a = whole.map((c) => JSON.stringify(c));
  const b = pieces.map((c) => JSON.stringify(c));
  const problems = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      problems.push(`claim ${i}: whole document gives ${a[i] ?? 'nothing'}, its paragraph alone ${b[i] ?? 'nothing'}`);
      break; // the first difference is enough to read
    }
  }
  return problems;
}

/**
 * Core bugs found by these properties and reported to the core's owner (src/core is not ours
 * to edit). Each has the smallest input that shows it and the shape of the inputs it spoils;
 * properties.test.ts skips inputs of that shape and shows each input failing (`it.fails`),
 * so that a fix turns that test red as a reminder to delete the entry.
 */
export const KNOWN_CORE_BUGS = [];

/** Core bugs this suite found and the core has fixed: kept as regression cases. */
export const FIXED_CORE_BUGS = [
  { id: 'range-across-line-break', input: '增长6%－\n6.5%' },
  { id: 'tenths-beyond-double', input: `为${'9'.repeat(309)}成` },
  { id: 'top-n-beyond-double', input: `居全省前${'9'.repeat(309)}位` },
  { id: 'quotation-across-paragraphs', input: '“亿元。\n”。' },
  { id: 'value-beyond-double', input: `收入达${'9'.repeat(400)}亿元。` },
  { id: 'chinese-value-beyond-double', input: `收入达一${'亿'.repeat(40)}元。` },
];

/** True when `text` has the shape of a known core bug (see KNOWN_CORE_BUGS). */
export function hitsKnownCoreBug(text) {
  return KNOWN_CORE_BUGS.some((bug) => bug.shape.test(text));
}
