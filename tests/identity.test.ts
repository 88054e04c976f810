// Document identity (src/identity): region, level and years, on the development corpus (whose
// SOURCES.md names each file's government and level, checked by its curator against a second
// copy) and on short texts for the rules: national sessions, openings that name only a level.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportYears, statedYear } from '../src/core/text/report-years.js';
import { parseIdentityPattern } from '../src/identity/file-names.js';
import { identifyDocument, regionKey } from '../src/identity/identify.js';

const dev = join(import.meta.dirname, '..', '..', 'shared', 'corpus-dev');

/** SOURCES.md rows: | `dalian-2023.txt` | 大连市 | city (sub-provincial…) | … */
function sources(): { file: string; region: string; level: string; year: number }[] {
  return readFileSync(join(dev, 'SOURCES.md'), 'utf8')
    .split('\n')
    .map((line) => /^\| `([a-z]+-(\d{4})\.txt)` \| ([^|(]+?)\s*(?:\([^|]*\))? \| (\w+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[1], year: Number(m[2]), region: m[3].trim(), level: m[4] }));
}

describe('document identity', () => {
  it.skipIf(!existsSync(join(dev, 'SOURCES.md')))('names the government, level and year of every development report', () => {
    const rows = sources();
    expect(rows).toHaveLength(38);
    const wrong = rows.flatMap((row) => {
      const id = identifyDocument(readFileSync(join(dev, row.file), 'utf8'));
      const got = { region: id.region && regionKey(id.region), level: id.level, year: id.year };
      const want = { region: regionKey(row.region), level: row.level, year: row.year };
      return JSON.stringify(got) === JSON.stringify(want) ? [] : [`${row.file}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('reads the place the text keeps naming, not a word before 市 (服务市民 is no 服务市)', () => {
    const text = '各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n过去一年对哈尔滨具有重要里程碑意义。我们服务市民、服务市场主体，服务市民满意。哈尔滨冰雪大世界…哈尔滨…';
    expect(identifyDocument(text)).toMatchObject({ region: '哈尔滨市', level: 'city', year: 2024 });
    // 天门市 is a county-level city: the code list knows its level
    expect(identifyDocument('现在，我代表市人民政府向大会报告工作。天门…天门…天门').level).toBe('county');
    // 我代表市政府 · 我代表州第十四届人民政府: the level without 人民
    expect(identifyDocument('我代表市政府向大会报告工作。吉林…吉林…吉林').region).toBe('吉林市');
    expect(identifyDocument('现在，我代表州第十四届人民政府，向大会报告工作。文山…文山…文山州').region).toBe('文山州');
    expect(regionKey('黔东南苗族侗族自治州')).toBe('黔东南州');
  });

  it('reads the year of a State Council report from its session of the National People’s Congress', () => {
    // 九届 first met in 1998, one congress every five years, one session a year
    expect(statedYear('政府工作报告\n——在第十四届全国人民代表大会第二次会议上')).toBe(2024);
    expect(statedYear('在第六届全国人民代表大会第三次会议上')).toBe(1985);
    expect(statedYear('在第十届全国人民代表大会第三次会议上')).toBe(2005);
    expect(statedYear('——2005年3月5日在第十届全国人民代表大会第三次会议上')).toBe(2005);
    expect(statedYear('——二〇二四年一月二十日在四川省第十四届人民代表大会第二次会议上')).toBe(2024);
    expect(identifyDocument('政府工作报告\n——在第九届全国人民代表大会第一次会议上\n国务院总理')).toMatchObject({ region: '国务院', level: 'national', year: 1998, reviewYear: 1997 });
  });

  it('reads the year from a title set in bold and from a delivery over two days', () => {
    // 国务院 1955 (the first five-year plan's report): the title in Markdown bold, delivered 7月5日至6日
    expect(statedYear('**1955年国务院政府工作报告**\n**关于发展国民经济的第一个五年计划的报告**')).toBe(1955);
    expect(statedYear('**关于发展国民经济的第一个五年计划的报告**\n——1955年7月5日至6日在第一届全国人民代表大会第二次会议上')).toBe(1955);
    expect(statedYear('# 2009年政府工作报告')).toBe(2009);
  });

  it('gives the core the years of the report: review and plan parts', () => {
    expect(readReportYears('一、2023年工作回顾\n二、2024年主要目标任务\n')).toEqual({ year: 2024, reviewYear: 2023, planYear: 2024 });
    // 二〇三五年远景目标 is no plan year
    expect(readReportYears('一、2020年和“十三五”工作回顾\n二、“十四五”主要目标任务和2035年远景目标\n')).toEqual({ year: 2021, reviewYear: 2020, planYear: 2021 });
    expect(readReportYears('没有年份', 2030)).toEqual({ year: 2030, reviewYear: 2029, planYear: 2030 });
  });
});

describe('identity from file names', () => {
  it('matches the last segments of a path against the pattern', () => {
    expect(parseIdentityPattern('{region}-{year}.txt').match('reports/dalian-2023.txt')).toEqual({ region: 'dalian', year: 2023 });
    expect(parseIdentityPattern('{year}/{region}.txt').match('/data/2024/四川省.txt')).toEqual({ region: '四川省', year: 2024 });
    expect(parseIdentityPattern('{level}_{region}_*.txt').match('county_泸定县_final.txt')).toEqual({ level: 'county', region: '泸定县' });
    // a year is four digits of 19xx or 20xx; a name that does not fit gives nothing
    expect(parseIdentityPattern('{region}-{year}.txt').match('dalian-23.txt')).toBeNull();
    expect(parseIdentityPattern('{region}-{year}.txt').match('dalian-2023.md')).toBeNull();
    expect(() => parseIdentityPattern('{region}-{region}.txt')).toThrow('{region} appears twice');
  });
});
