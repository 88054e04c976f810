// End-to-end: `zhibiao summary` and `zhibiao sectors`. Figures checked by hand against the
// bundled report (line 9: the 2023 results; line 45: the 2024 goals).
import { describe, expect, it } from 'vitest';
import { ANSI, fixture, ndjson, zhibiao } from './e2e-run.js';

interface Figure { value: number; unit: string; line: number }
interface Summary {
  schema: string;
  document: string;
  region: string | null;
  level: string | null;
  year: number | null;
  claims: number;
  headlines: { id: string; indicator: string; amount?: Figure; change?: Figure }[];
  targets: (Figure & { indicator: string; modality: string })[];
  otherTargets: number;
  bySector: { sector: string; count: number }[];
  byKind: { kind: string; count: number }[];
  keywords: { word: string; weight: number }[];
}

const claims = ndjson(zhibiao(['extract', fixture, '--format', 'ndjson']).stdout);
const summary = JSON.parse(zhibiao(['summary', fixture, '--json']).stdout) as Summary;

describe('zhibiao summary', () => {
  it('gives the headline indicators with their growth', () => {
    const figures = summary.headlines.map((h) => [h.id, h.indicator, h.amount?.value, h.change?.value]);
    expect(figures).toEqual([
      ['gdp', '地区生产总值', 51335000000, 6.2], // 地区生产总值突破“五百亿”、达513.35亿元，增长6.2%
      ['fiscal', '地方一般公共预算收入', 5469000000, 14.34],
      ['investment', '全社会固定资产投资', undefined, 10.4],
      ['consumption', '社会消费品零售总额', 14352000000, 10.8],
      ['income', '城镇居民人均可支配收入', undefined, 4.6],
      ['income', '农村居民人均可支配收入', undefined, 7.7],
    ]);
  });

  it('lists the targets set for the coming year', () => {
    // line 45: 主要预期目标是：地区生产总值增长7%，规模以上工业增加值增长8.5%，… 居民消费价格指数涨幅控制在3.8%以内
    expect(summary.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['地区生产总值', 7], ['规模以上工业增加值', 8.5], ['固定资产投资', 7], ['地方一般公共预算收入', 8.5],
      ['社会消费品零售总额', 7.5], ['城镇居民人均可支配收入', 5], ['农村居民人均可支配收入', 7.5],
      ['城镇登记失业率', 4.2], ['居民消费价格指数', 3.8],
    ]);
    expect(summary.targets.every((t) => t.modality === 'target' && t.line === 45)).toBe(true);
    expect(summary.targets.length + summary.otherTargets).toBe(claims.filter((c) => c.modality === 'target').length);
  });

  it('counts the claims per sector and kind, as extract finds them', () => {
    expect(summary.claims).toBe(claims.length);
    for (const { sector, count } of summary.bySector) expect(count).toBe(claims.filter((c) => c.sector === sector).length);
    for (const { kind, count } of summary.byKind) expect(count).toBe(claims.filter((c) => c.kind === kind).length);
    expect(summary.bySector.reduce((n, s) => n + s.count, 0)).toBe(claims.length);
    expect(summary.bySector.map((s) => s.count)).toEqual([...summary.bySector.map((s) => s.count)].sort((a, b) => b - a));
  });

  it('names the report\'s government and year in its JSON', () => {
    // the first lines: 甘孜州2024年政府工作报告 … 州人民政府
    expect([summary.region, summary.level, summary.year]).toEqual(['甘孜州', 'city', 2024]);
    const overridden = JSON.parse(zhibiao(['summary', fixture, '--json', '--region', '康定市', '--year', '2023']).stdout) as Summary;
    expect([overridden.region, overridden.year]).toEqual(['康定市', 2023]);
  });

  it('gives the keywords that tell this report from others (TF-IDF against other reports), most weighty first', () => {
    expect(summary.keywords).toHaveLength(12);
    const words = summary.keywords.map((k) => k.word);
    expect(words.slice(0, 2)).toEqual(['甘孜', '康定']); // the prefecture and its seat, named throughout
    for (const generic of ['建设', '发展', '推进', '工作', '全面']) expect(words).not.toContain(generic);
    const weights = summary.keywords.map((k) => k.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('lists every goal of a national report, whose goals are split by ；', () => {
    // the goals sentence of the 2024 national report (国务院), verbatim
    const text = '2024年政府工作报告\n国务院总理 李强\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。\n';
    const national = JSON.parse(zhibiao(['summary', '--json'], { input: text }).stdout) as Summary;
    expect([national.region, national.level, national.year]).toEqual(['国务院', 'national', 2024]);
    expect(national.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['国内生产总值', 5], ['城镇新增就业', 12000000], ['城镇调查失业率', 5.5], ['居民消费价格', 3], ['粮食产量', 1300000000000], ['单位国内生产总值能耗', -2.5],
    ]);
  });

  it('without a goals sentence, takes the targets set for the goal metrics, by metric', () => {
    // 经济增长 is GDP growth (metric gdp) although its indicator reads 经济
    const r = JSON.parse(zhibiao(['summary', '--json'], { input: '2024年，力争经济增长6%左右，城镇新增就业1.2万人，新建公厕12座。' }).stdout) as Summary & { targets: { metric: string }[] };
    expect(r.targets.map((t) => [t.metric, t.value])).toEqual([['gdp', 6], ['new_urban_jobs', 12000]]);
  });

  it('finds a headline target whose indicator ran on past its name', () => {
    // no goals sentence; the indicator came out as 地区生产总值在上年基础上
    const r = JSON.parse(zhibiao(['summary', '--json'], { input: '今年，力争全州地区生产总值在上年基础上增长7%左右。' }).stdout) as Summary;
    expect(r.targets.map((t) => [t.value, t.line])).toEqual([[7, 1]]);
  });

  it('draws it for people: headline figures, targets, bars scaled to the counts', () => {
    const r = zhibiao(['summary', fixture]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toMatch(/地区生产总值 +513\.35亿元 +\+6\.2%/);
    expect(r.stdout).toMatch(/城镇登记失业率 +≤ 4\.2% +line 45/);
    const bar = (label: string) => r.stdout.split('\n').find((l) => l.trimStart().startsWith(`${label} `))!;
    const blocks = (line: string) => [...line].filter((ch) => '█▏▎▍▌▋▊▉'.includes(ch)).length;
    const [top, second] = summary.bySector;
    expect(bar(top.sector)).toMatch(new RegExp(`█{50} ${top.count}$`));
    expect(blocks(bar(second.sector))).toBe(Math.ceil(Math.round((second.count / top.count) * 50 * 8) / 8)); // whole blocks and one eighth-block
    expect(r.stdout).toContain('甘孜');
  });

  it('exits 1 for a text with no claim, and summarises several documents as an array', () => {
    expect(zhibiao(['summary'], { input: '党的二十大胜利召开。' }).status).toBe(1);
    const both = JSON.parse(zhibiao(['summary', fixture, '-', '--json', '--keywords', '3'], { input: '森林覆盖率达35.26%。' }).stdout) as Summary[];
    expect(both.map((s) => [s.document, s.claims, s.keywords.length])).toEqual([[fixture, claims.length, 3], ['-', 1, 2]]);
    expect(both[1].keywords.map((k) => k.word).sort()).toEqual(['森林', '覆盖率'].sort()); // all its words of two characters or more
  });
});

describe('zhibiao sectors', () => {
  it('lists the 19 sector ids with their Chinese names and keywords', () => {
    const sectors = JSON.parse(zhibiao(['sectors', '--json']).stdout) as { id: string; name: string; keywords: string[] }[];
    expect(sectors.map((s) => s.id)).toEqual([
      'macro', 'industry', 'investment', 'fiscal', 'consumption', 'income', 'tourism', 'energy', 'agriculture', 'rural',
      'ecology', 'transport', 'urban', 'education', 'technology', 'health', 'social', 'safety', 'governance',
    ]);
    expect(sectors.find((s) => s.id === 'tourism')).toMatchObject({ name: '文化旅游', keywords: expect.arrayContaining(['游客', '景区']) });
    const table = zhibiao(['sectors']).stdout;
    expect(table).toMatch(/│ tourism +│ 文化旅游 +│ 游客、接待游客、旅游/);
  });

  it('every id it lists is accepted by --sector', () => {
    const ids = (JSON.parse(zhibiao(['sectors', '--json']).stdout) as { id: string }[]).map((s) => s.id);
    expect(zhibiao(['extract', fixture, '--sector', ids.join(','), '--format', 'ndjson']).stdout.trim().split('\n')).toHaveLength(claims.length);
  });
});
