// The PDF text rebuilding on its own: positioned items written by hand, laid out as typeset
// reports lay them out (A4, 14 pt body, 28 pt first-line indent, page numbers and running
// headers at the page's edges). Expected texts checked by hand.
import { describe, expect, it } from 'vitest';
import { rebuildText, type PositionedPage, type TextItem } from '../src/io/readers/pdf/rebuild-text.js';

const SIZE = 14;
const LEFT = 74;
const RIGHT = 522; // 32 characters of 14 pt a line
const PITCH = 26;
const TOP = 760;

/** A line of text starting at `x`, one item per line (as LibreOffice and Word write them). */
function line(text: string, row: number, x = LEFT, size = SIZE): TextItem {
  return { text, x, y: TOP - row * PITCH, width: text.length * size, size };
}

/** The same line drawn one character at a time (as some printer drivers write it). */
function charByChar(text: string, row: number, x = LEFT): TextItem[] {
  return [...text].map((ch, i) => ({ text: ch, x: x + i * SIZE, y: TOP - row * PITCH, width: SIZE, size: SIZE }));
}

/** A justified line: it ends at the right margin whatever its characters. */
function fullLine(text: string, row: number, x = LEFT): TextItem {
  return { text, x, y: TOP - row * PITCH, width: RIGHT - x, size: SIZE };
}

const pageNumber = (text: string): TextItem => ({ text, x: 280, y: 40, width: text.length * 7, size: 10 });
const header = (text: string): TextItem => ({ text, x: 230, y: 800, width: text.length * 10, size: 10 });

describe('lines of a paragraph', () => {
  it('joins the lines of a paragraph, and a figure split from its unit across the line end', () => {
    const page: PositionedPage = {
      items: [
        fullLine('新增高标准农田1万亩，全年粮食产量达23.3万吨，新增有机认证面积', 0, LEFT + 2 * SIZE),
        line('2282', 1),
        line('公顷。', 1, LEFT + 4 * 7.7),
      ],
    };
    expect(rebuildText([page])).toBe('新增高标准农田1万亩，全年粮食产量达23.3万吨，新增有机认证面积2282公顷。');
  });

  it('opens a paragraph at an indented line and after a short last line', () => {
    const page: PositionedPage = {
      items: [
        fullLine('过去一年，是全面贯彻党的二十大精神的开局之年。我们坚定以', 0, LEFT + 2 * SIZE),
        fullLine('习近平新时代中国特色社会主义思想为指导，在省委、省政府和州委坚强领', 1),
        line('导下，取得新的成效。', 2),
        line('一年来，地区生产总值达513.35亿元，增长6.2%。', 3, LEFT + 2 * SIZE),
        // not indented, but the line before it ended short: a new paragraph (a list without indents)
        line('规上工业增加值增长12%。', 4),
      ],
    };
    expect(rebuildText([page]).split('\n')).toEqual([
      '过去一年，是全面贯彻党的二十大精神的开局之年。我们坚定以习近平新时代中国特色社会主义思想为指导，在省委、省政府和州委坚强领导下，取得新的成效。',
      '一年来，地区生产总值达513.35亿元，增长6.2%。',
      '规上工业增加值增长12%。',
    ]);
  });

  it('runs a paragraph on across a page break when the page ended with a full line', () => {
    const pages: PositionedPage[] = [
      { items: [fullLine('全州接待游客突破“四千万”、达4133.28万人次，旅游综', 0, LEFT + 2 * SIZE), fullLine('合收入突破“四百亿”、达452.63亿元，分别增长31.32%和31.2', 1), pageNumber('1')] },
      { items: [line('6%。', 0), line('清洁能源积厚成势。', 1, LEFT + 2 * SIZE), pageNumber('2')] },
    ];
    expect(rebuildText(pages)).toBe('全州接待游客突破“四千万”、达4133.28万人次，旅游综合收入突破“四百亿”、达452.63亿元，分别增长31.32%和31.26%。\n清洁能源积厚成势。');
  });

  it('keeps the space between two Latin words split across lines', () => {
    const page: PositionedPage = {
      items: [fullLine('成功举办第十五届中国甘孜康定国际情歌节暨Kangding Love', 0), line('Song Festival。', 1)],
    };
    expect(rebuildText([page])).toBe('成功举办第十五届中国甘孜康定国际情歌节暨Kangding Love Song Festival。');
  });

  it('reads a line drawn one character at a time as one line', () => {
    const page: PositionedPage = { items: [...charByChar('地区生产总值增长6.2%。', 0, LEFT + 2 * SIZE)] };
    expect(rebuildText([page])).toBe('地区生产总值增长6.2%。');
  });

  it('drops a footnote mark raised beside a figure, and keeps the square of m²', () => {
    const page: PositionedPage = {
      items: [
        line('森林覆盖率达35.26%', 0, LEFT + 2 * SIZE),
        { text: '①', x: LEFT + 2 * SIZE + 12 * SIZE, y: TOP + 5, width: 7, size: 7 },
        { text: '，增长6.2%', x: LEFT + 2 * SIZE + 12 * SIZE + 7, y: TOP, width: 7 * SIZE, size: SIZE },
        { text: '1', x: LEFT + 2 * SIZE + 19 * SIZE, y: TOP + 5, width: 4, size: 7 },
        { text: '，改造面积12万m', x: LEFT + 2 * SIZE + 19 * SIZE + 4, y: TOP, width: 9 * SIZE, size: SIZE },
        { text: '2', x: LEFT + 2 * SIZE + 28 * SIZE + 4, y: TOP + 5, width: 4, size: 7 },
        { text: '。', x: LEFT + 2 * SIZE + 28 * SIZE + 8, y: TOP, width: SIZE, size: SIZE },
      ],
    };
    expect(rebuildText([page])).toBe('森林覆盖率达35.26%，增长6.2%，改造面积12万m²。');
  });

  it('puts footnotes after the body, and joins the paragraph they interrupted', () => {
    const note = (text: string, row: number): TextItem => ({ text, x: LEFT, y: 80 - row * 14, width: text.length * 9, size: 9 });
    const pages: PositionedPage[] = [
      {
        items: [
          fullLine('地区生产总值达513.35亿元，增长6.2%，高于全省0.2个', 0, LEFT + 2 * SIZE),
          fullLine('百分点；规上工业增加值增长12%、居全省第一；全社会固定资产', 1),
          note('① 按可比价格计算。', 0),
          note('② 数据来源：州统计局。', 1),
          pageNumber('1'),
        ],
      },
      { items: [line('投资增长10.4%。', 0), pageNumber('2')] },
    ];
    expect(rebuildText(pages).split('\n')).toEqual([
      '地区生产总值达513.35亿元，增长6.2%，高于全省0.2个百分点；规上工业增加值增长12%、居全省第一；全社会固定资产投资增长10.4%。',
      '①按可比价格计算。',
      '②数据来源：州统计局。',
    ]);
  });
});

describe('page furniture', () => {
  // each page: a paragraph of a full indented line and a short last line
  const sentences = ['全年粮食产量达23.3万吨。', '新增高标准农田1万亩。', '森林覆盖率达35.26%。', '城镇登记失业率为3.15%。'];
  const body = (n: number) => [fullLine(`第${'一二三四'[n - 1]}段，`, 0, LEFT + 2 * SIZE), line(sentences[n - 1], 1)];
  const paragraph = (n: number) => `第${'一二三四'[n - 1]}段，${sentences[n - 1]}`;

  it.each([
    ['— 3 —'],
    ['―3―'],
    ['一 3 一'],
    ['第3页/共22页'],
    ['- 3 -'],
    ['－3－'],
    ['第3页'],
    ['第 3 页 共 22 页'],
    ['3 / 22'],
    ['3'],
    ['·3·'],
  ])('leaves out the page number %s', (form) => {
    const pages = [1, 2, 3].map((n) => ({ items: [...body(n), pageNumber(form.replace('3', String(n)))] }));
    expect(rebuildText(pages)).toBe([1, 2, 3].map(paragraph).join('\n'));
  });

  it('keeps two figures at a page\'s foot: a table row is no page number', () => {
    const pages = [1, 2].map((n) => ({ items: [...body(n), line(`${2020 + n} ${2030 + n}`, 2)] }));
    expect(rebuildText(pages).split('\n')).toEqual(expect.arrayContaining(['2021 2031', '2022 2032']));
  });

  it('leaves out a page number at the top of the page', () => {
    const pages = [1, 2].map((n) => ({ items: [header(`— ${n} —`), ...body(n)] }));
    expect(rebuildText(pages)).not.toMatch(/—/);
  });

  it('leaves out running headers and footers repeated on the pages, their page numbers aside', () => {
    const pages = [1, 2, 3, 4].map((n) => ({
      items: [header('2024年甘孜州政府工作报告'), ...body(n), pageNumber(`甘孜州人民政府 ${n}`)],
    }));
    const text = rebuildText(pages);
    expect(text).not.toContain('政府工作报告');
    expect(text).not.toContain('甘孜州人民政府');
    expect(text).toBe([1, 2, 3, 4].map(paragraph).join('\n'));
  });

  it('keeps a title that appears on the first page only, and a number inside the body', () => {
    const pages: PositionedPage[] = [
      { items: [header('政府工作报告'), ...body(1), line('2024', 2), line('年全州经济运行稳中向好。', 3, LEFT + 2 * SIZE), pageNumber('1')] },
      { items: [...body(2), pageNumber('2')] },
      { items: [...body(3), pageNumber('3')] },
    ];
    const lines = rebuildText(pages).split('\n');
    expect(lines[0]).toBe('政府工作报告');
    expect(lines).toContain('2024');
  });
});

describe('spaces an export puts around figures', () => {
  it('removes them beside Chinese text, keeps them between Latin words and figures', () => {
    const page: PositionedPage = {
      items: [
        fullLine('地区生产总值预期增长 5% 左右，细颗粒物（PM 2.5）浓度控制在 18 微克', 0, LEFT + 2 * SIZE),
        line('以内，完成 2023 2024 年度任务。', 1),
      ],
    };
    expect(rebuildText([page])).toBe('地区生产总值预期增长5%左右，细颗粒物（PM 2.5）浓度控制在18微克以内，完成2023 2024年度任务。');
  });

  it('reads a gap between two items as a space, and closes it beside Chinese text', () => {
    const page: PositionedPage = {
      items: [
        { text: '增长', x: LEFT, y: TOP, width: 28, size: SIZE },
        { text: '5%', x: LEFT + 28 + 5, y: TOP, width: 14, size: SIZE },
        { text: '左右', x: LEFT + 28 + 5 + 14 + 5, y: TOP, width: 28, size: SIZE },
      ],
    };
    expect(rebuildText([page])).toBe('增长5%左右');
  });
});

describe('characters set apart by letter spacing', () => {
  it('sets figures and Latin words together again, and keeps the spaces between words', () => {
    const page: PositionedPage = {
      items: [line('地 区 生 产 总 值 达 5 1 3 . 3 5 亿 元 ， 增 长 6 . 2 % ， 细 颗 粒 物 （ P M 2 . 5 ）', 0, LEFT + 2 * SIZE)],
    };
    expect(rebuildText([page])).toBe('地区生产总值达513.35亿元，增长6.2%，细颗粒物（PM2.5）');
  });

  it('leaves two figures or words apart: 2023 2024, I am', () => {
    const page: PositionedPage = { items: [line('完成 2023 2024 年度任务，I am here', 0, LEFT + 2 * SIZE)] };
    expect(rebuildText([page])).toBe('完成2023 2024年度任务，I am here');
  });
});

describe('paragraphs indented as a whole', () => {
  it('runs a quotation indented as a whole on, and opens the paragraph after it', () => {
    const quote = LEFT + 4 * SIZE;
    const page: PositionedPage = {
      items: [
        line('总书记指出：', 0, LEFT + 2 * SIZE),
        fullLine('“必须把坚持高质量发展作为新时代的硬道理，必须坚', 1, quote),
        line('持深化供给侧结构性改革。”', 2, quote),
        line('我们要认真贯彻落实。', 3, LEFT + 2 * SIZE),
      ],
    };
    expect(rebuildText([page]).split('\n')).toEqual(['总书记指出：', '“必须把坚持高质量发展作为新时代的硬道理，必须坚持深化供给侧结构性改革。”', '我们要认真贯彻落实。']);
  });

  it('joins a Latin word hyphenated at the line end', () => {
    const page: PositionedPage = { items: [fullLine('a library for Abstract Syntax Notation One and DER manip-', 0), line('ulation.', 1)] };
    expect(rebuildText([page])).toBe('a library for Abstract Syntax Notation One and DER manipulation.');
  });
});
