// End-to-end: the query flags on the bundled report and on short texts whose claims are known.
// Expectations on the report were checked by hand against its text (line numbers are its lines).
import { describe, expect, it } from 'vitest';
import { fixture, ndjson, zhibiao } from './e2e-run.js';

const all = ndjson(zhibiao(['extract', fixture, '--format', 'ndjson']).stdout);
const query = (...flags: string[]) => {
  const r = zhibiao(['extract', fixture, '--format', 'ndjson', ...flags]);
  return { ...r, claims: ndjson(r.stdout) };
};

describe('zhibiao extract: filters', () => {
  it('answers "what did the report promise for tourism in 2024?" in one command', () => {
    const r = query('--sector', 'tourism', '--modality', 'target');
    expect(r.status).toBe(0);
    // line 63: 全年接待游客4000万人次以上、实现旅游综合收入450亿元以上
    expect(r.claims.map((c) => [c.line, c.indicator, c.value, c.unit, c.qualifier])).toEqual(
      expect.arrayContaining([[63, '接待游客', 40000000, '人次', 'ge'], [63, '旅游综合收入', 45000000000, '元', 'ge']]),
    );
    expect(r.claims.every((c) => c.sector === 'tourism' && c.modality === 'target')).toBe(true);
    expect(r.claims.length).toBe(all.filter((c) => c.sector === 'tourism' && c.modality === 'target').length);
  });

  it('takes several sectors, comma-separated or repeated, as any of them', () => {
    const commas = query('--sector', 'energy,tourism');
    const repeated = query('--sector', 'energy', '--sector', 'tourism');
    const expected = all.filter((c) => c.sector === 'energy' || c.sector === 'tourism');
    expect(expected.length).toBeGreaterThan(20);
    expect(commas.claims).toEqual(expected);
    expect(repeated.claims).toEqual(expected);
  });

  it('filters by kind, modality and unit; 个百分点 is read as the canonical 百分点', () => {
    expect(query('--kind', 'rank').claims.map((c) => c.kind)).toEqual(all.filter((c) => c.kind === 'rank').map(() => 'rank'));
    expect(query('--modality', 'actual').claims.length + query('--modality', 'target').claims.length).toBe(all.length);
    // line 9: 高于全省0.2个百分点
    expect(query('--unit', '个百分点').claims.map((c) => [c.line, c.value, c.unit])).toEqual([[9, 0.2, '百分点']]);
    const yuan = query('--unit', '元').claims;
    expect(yuan.length).toBe(all.filter((c) => c.unit === '元').length);
    expect(yuan.every((c) => c.unit === '元')).toBe(true);
  });

  it('bounds the normalised value with --min and --max, written as 100亿 or 1e10', () => {
    const big = query('--unit', '元', '--min', '100亿');
    expect(query('--unit', '元', '--min', '1e10').claims).toEqual(big.claims);
    // line 9: 地区生产总值达513.35亿元 is in, 地方一般公共预算收入54.69亿元 is not
    expect(big.claims.map((c) => c.text)).toContain('513.35亿元');
    expect(big.claims.map((c) => c.text)).not.toContain('54.69亿元');
    expect(big.claims.every((c) => c.value >= 1e10)).toBe(true);
    const band = query('--kind', 'change', '--min', '10', '--max', '15');
    expect(band.claims.map((c) => c.value).sort()).toEqual(all.filter((c) => c.kind === 'change' && c.value >= 10 && c.value <= 15).map((c) => c.value).sort());
    expect(band.claims.map((c) => c.text)).toEqual(expect.arrayContaining(['12%', '14.34%']));
  });

  it('takes a negative bound: falls are negative values', () => {
    // 生产安全事故起数、死亡人数同口径分别下降66.67%、85.71%
    expect(query('--kind', 'change', '--max', '-10').claims.map((c) => [c.indicator, c.value])).toEqual([['生产安全事故起数', -66.67], ['死亡人数', -85.71]]);
  });

  it('matches --indicator as a regular expression on the indicator', () => {
    const r = query('--indicator', '人均可支配收入$', '--kind', 'change');
    // line 9: 城镇、农村居民人均可支配收入分别增长4.6%、7.7%; line 45: the targets 5% and 7.5%
    expect(r.claims.map((c) => [c.line, c.indicator, c.value])).toEqual([
      [9, '城镇居民人均可支配收入', 4.6], [9, '农村居民人均可支配收入', 7.7],
      [27, '牧区人均可支配收入', 7.5],
      [45, '城镇居民人均可支配收入', 5], [45, '农村居民人均可支配收入', 7.5],
    ]);
  });

  it('exits 1 when the query matches no claim, printing nothing', () => {
    const r = query('--min', '1e15');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const table = zhibiao(['extract', fixture, '--sector', 'energy', '--kind', 'gap']);
    expect(table.status).toBe(1);
    expect(table.stdout).toBe('');
    expect(table.stderr).toBe('zhibiao: no claim matched\n');
  });
});

describe('zhibiao extract --keyword: whole words as nodejieba cuts them', () => {
  const text = ['新能源汽车保有量达1.2万辆。', '清洁能源装机达到5000万千瓦。', '矿产资源开发投资12亿元。', '加强扬尘源治理点位30个。', '新建5G基站1200个。'].join('\n');
  const lines = (...flags: string[]) => {
    const r = zhibiao(['extract', '--format', 'ndjson', ...flags], { input: text });
    return { status: r.status, lines: ndjson(r.stdout).map((c) => c.line) };
  };

  it('finds a word inside a compound (能源 in 新能源, 清洁能源) but not a character of a word (源 in 能源, 资源)', () => {
    expect(lines('--keyword', '能源').lines).toEqual([1, 2]);
    expect(lines('--keyword', '源').lines).toEqual([4]); // 扬尘|源: there 源 is a word
    expect(lines('--keyword', '基')).toEqual({ status: 1, lines: [] });
  });

  it('matches a phrase of several words, ASCII in any case, and any of several keywords', () => {
    expect(lines('--keyword', '清洁能源装机').lines).toEqual([2]);
    expect(lines('--keyword', '5g').lines).toEqual([5]);
    expect(lines('--keyword', '能源', '--keyword', '资源').lines).toEqual([1, 2, 3]);
  });

  it('combines with the other filters', () => {
    expect(lines('--keyword', '能源', '--unit', '千瓦').lines).toEqual([2]);
  });

  it('keeps the claims the same as without --keyword (the full dictionary loads after extraction)', () => {
    const plain = all.filter((c) => c.sentence.includes('光伏'));
    const found = query('--keyword', '光伏').claims;
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(plain.filter((c) => found.some((f) => f.span.start === c.span.start)));
  });
});

describe('zhibiao extract: shaping the output', () => {
  it('--fields picks and orders the fields', () => {
    const r = zhibiao(['extract', fixture, '--format', 'ndjson', '--fields', 'value,line,indicator', '--limit', '1']);
    expect(r.stdout).toBe('{"document":"' + fixture + '","value":50000000000,"line":9,"indicator":"地区生产总值"}\n');
    const csv = zhibiao(['extract', fixture, '--format', 'csv', '--fields', 'indicator,start,end', '--limit', '1']);
    expect(csv.stdout.split('\n')[0]).toBe('document,indicator,start,end');
  });

  it('--sort orders by a field, ascending or with - descending, stably', () => {
    const up = query('--kind', 'change', '--sort', 'value').claims.map((c) => c.value);
    const down = query('--kind', 'change', '--sort', '-value').claims.map((c) => c.value);
    const changes = all.filter((c) => c.kind === 'change').map((c) => c.value);
    expect(up).toEqual([...changes].sort((a, b) => a - b));
    expect(down).toEqual([...changes].sort((a, b) => b - a));
    expect(down[0]).toBe(250); // line 21: 税收分成增长250%
    const byLine = query('--sort', '-line').claims.map((c) => c.line);
    expect(byLine).toEqual([...byLine].sort((a, b) => b - a));
  });

  it('--limit keeps the first N after sorting', () => {
    const r = query('--kind', 'change', '--sort', '-value', '--limit', '3');
    expect(r.claims.map((c) => c.value)).toEqual([250, 90.7, 81.8]);
    expect(query('--limit', '2').claims).toEqual(all.slice(0, 2));
    expect(query('--limit', '0').status).toBe(1);
  });
});

describe('zhibiao extract: wrong queries are one line on stderr and exit 2', () => {
  const cases: [string[], string][] = [
    [['--sector', 'space'], 'zhibiao: unknown sector "space"; run zhibiao sectors\n'],
    [['--kind', 'amounts'], 'zhibiao: unknown kind "amounts" (one of: amount, change, ratio, gap, rank); did you mean --kind amount?\n'],
    [['--modality', 'plan'], 'zhibiao: unknown modality "plan" (one of: actual, target); use --modality actual\n'],
    [['--min', 'lots'], 'zhibiao: --min needs a number such as 1000, 1e9, 100亿 or 100亿元 (got "lots"); use --min 100亿\n'],
    [['--indicator', '(收入'], 'zhibiao: --indicator: missing closing ): `(收入`; use --keyword for plain words\n'],
    [['--fields', 'value,colour'], 'zhibiao: unknown field "colour" (fields: document, region, level, year, line, kind, value, high, unit, qualifier, modality, indicator, sector, metric, period, text, start, end, sentence); use --fields line,value,indicator\n'],
    [['--sort', 'size'], 'zhibiao: cannot sort by "size" (fields: document, region, level, year, line, kind, value, high, unit, qualifier, modality, indicator, sector, metric, period, text, start, end, sentence); use --sort -value\n'],
    [['--limit', 'ten'], 'zhibiao: --limit needs a whole number (got "ten"); use --limit 10\n'],
    [['--format', 'xml'], 'zhibiao: --format "xml" is not one of table, json, ndjson, csv, markdown, html; use --format table\n'],
    [['--color', 'sometimes'], 'zhibiao: --color "sometimes" is not one of auto, always, never; use --color auto\n'],
    [['--frobnicate'], "zhibiao: unknown option '--frobnicate'; see zhibiao extract --help\n"],
  ];
  it.each(cases)('%j', (flags, message) => {
    const r = zhibiao(['extract', fixture, ...flags]);
    expect(r.stderr).toBe(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('suggests a near option on the same line', () => {
    const r = zhibiao(['extract', fixture, '--sectors', 'energy']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("zhibiao: unknown option '--sectors' (Did you mean --sector?)\n");
  });

  it('an unknown command is an error too', () => {
    const r = zhibiao(['extrakt', fixture]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
