// `zhibiao check`: the built binary on temporary copies of reports and expected files,
// plus the pure pieces (locating by line + text, pairing by name) on their own.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateExpected, TextLines } from '../src/check/locate.js';
import { pairFixtures } from '../src/check/pairing.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'zhibiao.js');
const fixtures = join(root, 'fixtures');

function run(args: string[]) {
  return spawnSync('node', [bin, 'check', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'zhibiao-check-'));
}

// A small report: line 2 the results (amount 513.35亿元, change 6.2%), line 4 two targets of 7%.
const SMALL_REPORT = '一、2023年工作回顾\n地区生产总值达513.35亿元，增长6.2%。\n二、2024年主要目标任务\n地区生产总值增长7%，固定资产投资增长7%。\n';

/** A temp dir holding report.txt and its full snapshot report.expected.json (written by --update). */
function smallFixture(): { dir: string; report: string; expected: string; snapshot: { claims: Record<string, unknown>[] } & Record<string, unknown> } {
  const dir = tempDir();
  const report = join(dir, 'report.txt');
  writeFileSync(report, SMALL_REPORT);
  const r = run([report, '--update']);
  expect(r.status, r.stderr).toBe(0);
  const expected = join(dir, 'report.expected.json');
  return { dir, report, expected, snapshot: JSON.parse(readFileSync(expected, 'utf8')) };
}

function writeJson(path: string, data: unknown): void {
  writeFileSync(path, JSON.stringify(data, null, 2));
}

describe('zhibiao check: one report', () => {
  it('passes on the bundled report against its snapshot, and prints no diff line', () => {
    const dir = tempDir();
    copyFileSync(join(fixtures, 'ganzi-2024.txt'), join(dir, 'ganzi-2024.txt'));
    copyFileSync(join(fixtures, 'ganzi-2024.expected.json'), join(dir, 'g.expected.json'));
    const r = run([join(dir, 'ganzi-2024.txt'), '--expected', join(dir, 'g.expected.json')]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^PASS .*\(full: \d+ claims; value,unit,kind,qualifier,modality\)\n$/);
  });

  it('--update writes a full snapshot that locates every claim by line, text and span', () => {
    const { snapshot } = smallFixture();
    expect(snapshot).toMatchObject({ schema: 'zhibiao/expected@1', mode: 'full', document: 'report.txt' });
    expect(snapshot.claims.map((c) => [c.line, c.text, c.occurrence, c.kind, c.value, c.modality])).toEqual([
      [2, '513.35亿元', undefined, 'amount', 51335000000, 'actual'],
      [2, '6.2%', undefined, 'change', 6.2, 'actual'],
      [4, '7%', undefined, 'change', 7, 'target'],
      [4, '7%', 2, 'change', 7, 'target'], // the second 7% on line 4
    ]);
    for (const c of snapshot.claims) {
      const span = c.span as { start: number; end: number };
      expect(SMALL_REPORT.slice(span.start, span.end)).toBe(c.text);
    }
  });

  it('reports a changed field from what to what, with line and text, and exits 1', () => {
    const { report, expected, snapshot } = smallFixture();
    snapshot.claims[1].value = 6.3;
    snapshot.claims[3].modality = 'actual';
    writeJson(expected, snapshot);
    const r = run([report]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => /^\s+line /.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/line 2 +“6\.2%” +changed +value 6\.3 → 6\.2$/);
    expect(lines[1]).toMatch(/line 4 +“7%” +changed +modality actual → target$/);
  });

  it('reports a claim that is no longer extracted as missing, and an unlisted one as new', () => {
    const { report, expected, snapshot } = smallFixture();
    const dropped = snapshot.claims.splice(0, 1)[0]; // 513.35亿元 is extracted but no longer expected: new
    expect(dropped.text).toBe('513.35亿元');
    // 2023 on line 1 is a year, never a claim: expecting one there makes it missing
    snapshot.claims.push({ line: 1, text: '2023', kind: 'amount', value: 2023 });
    writeJson(expected, snapshot);
    const r = run([report]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/line 1 +“2023” +missing +\(kind amount, value 2023\): no claim extracted here/);
    expect(r.stdout).toMatch(/line 2 +“513\.35亿元” +new +amount 51335000000 元, actual, 地区生产总值, macro/);
    expect(r.stdout).toContain('2 differences: 1 missing, 1 new');
  });

  it('pairs claims by position, not by list order', () => {
    const { report, expected, snapshot } = smallFixture();
    snapshot.claims.reverse();
    snapshot.claims.splice(1, 1); // drop the first 7% of line 4 (now the third in the list)
    writeJson(expected, snapshot);
    const r = run([report, '--json']);
    expect(r.status).toBe(1);
    const { differences, counts } = JSON.parse(r.stdout).files[0];
    expect(differences).toEqual([
      { type: 'new', line: 4, text: '7%', span: { start: 58, end: 60 }, actual: expect.objectContaining({ kind: 'change', value: 7, indicator: '地区生产总值' }) },
    ]);
    expect(counts).toMatchObject({ expected: 3, extracted: 4, matched: 3 });
  });

  it('--json prints the diff as data that parses back', () => {
    const { report, expected, snapshot } = smallFixture();
    snapshot.claims[0].unit = '美元';
    writeJson(expected, snapshot);
    const r = run([report, '--json']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const data = JSON.parse(r.stdout);
    expect(data).toMatchObject({ schema: 'zhibiao/check@1', ok: false, summary: { passed: 0, failed: 1, errors: 0 } });
    expect(data.files[0]).toMatchObject({
      status: 'checked', report, expected, mode: 'full', ok: false,
      fields: ['value', 'unit', 'kind', 'qualifier', 'modality'],
      differences: [{ type: 'changed', line: 2, text: '513.35亿元', changes: [{ field: 'unit', expected: '美元', actual: '元' }] }],
    });
  });

  it('compares indicator and sector only when --fields asks for them', () => {
    const { report, expected, snapshot } = smallFixture();
    snapshot.claims[0].indicator = '经济总量';
    writeJson(expected, snapshot);
    expect(run([report]).status).toBe(0);
    const r = run([report, '--fields', 'value,indicator']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/“513\.35亿元” +changed +indicator 经济总量 → 地区生产总值/);
    expect(r.stdout).toContain('value,indicator');
    // and --fields value ignores a changed kind
    snapshot.claims[0].indicator = '地区生产总值';
    snapshot.claims[1].kind = 'ratio';
    writeJson(expected, snapshot);
    expect(run([report]).status).toBe(1);
    expect(run([report, '--fields', 'value']).status).toBe(0);
  });

  it('rejects an unknown --fields name or a bad --tolerance with exit 2', () => {
    const { report } = smallFixture();
    const fields = run([report, '--fields', 'value,vaule']);
    expect(fields.status).toBe(2);
    expect(fields.stderr).toContain('--fields: unknown field "vaule"');
    const tolerance = run([report, '--tolerance', 'tiny']);
    expect(tolerance.status).toBe(2);
    expect(tolerance.stderr).toContain('--tolerance: expected a relative tolerance');
  });

  it('--tolerance accepts values within a relative tolerance', () => {
    const { report, expected, snapshot } = smallFixture();
    snapshot.claims[0].value = 51335000001; // off by 1 in 5e10: 2e-11 relative
    writeJson(expected, snapshot);
    expect(run([report]).status).toBe(1);
    expect(run([report, '--tolerance', '1e-12']).status).toBe(1);
    expect(run([report, '--tolerance', '1e-9']).status).toBe(0);
  });

  it('never writes during a plain check; --update refreshes and shows what changed', () => {
    const { report, expected, snapshot } = smallFixture();
    snapshot.claims[1].value = 6.3;
    writeJson(expected, snapshot);
    const before = readFileSync(expected, 'utf8');
    expect(run([report]).status).toBe(1);
    expect(readFileSync(expected, 'utf8')).toBe(before);
    const r = run([report, '--update']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^UPDATED .*report\.expected\.json \(4 claims of .*report\.txt; since the last snapshot: 1 difference: 1 changed\)/);
    expect(r.stdout).toMatch(/“6\.2%” +changed +value 6\.3 → 6\.2/);
    expect(JSON.parse(readFileSync(expected, 'utf8')).claims[1].value).toBe(6.2);
    expect(run([report]).status).toBe(0);
    expect(run([report, '--update']).stdout).toMatch(/^UNCHANGED /);
  });
});

describe('zhibiao check: subset files', () => {
  const subset = (claims: unknown[]) => ({ schema: 'zhibiao/expected@1', mode: 'subset', claims });

  /** A temp dir with the small report and a subset file headline.json holding `claims`. */
  function subsetFixture(claims: unknown[]): { report: string; expected: string } {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    writeFileSync(report, SMALL_REPORT);
    const expected = join(dir, 'headline.json');
    writeJson(expected, subset(claims));
    return { report, expected };
  }

  it('passes when the listed claims are right, whatever else is extracted', () => {
    const { report, expected } = subsetFixture([
      { line: 2, text: '6.2%', kind: 'change', value: 6.2 },
      { line: 4, text: '7%', occurrence: 2, modality: 'target', indicator: '固定资产投资' },
    ]);
    const r = run([report, '--expected', expected, '--fields', 'all']);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('(subset: 2 expected, 4 extracted;');
  });

  it('fails on a wrong figure, and on a text that is not where the file says', () => {
    const { report, expected } = subsetFixture([
      { line: 4, text: '7%', occurrence: 1, kind: 'change', value: 7.5, modality: 'target' },
      { line: 2, text: '6.3%', value: 6.3 },
      { line: 4, text: '7%', occurrence: 3, value: 7 },
      { line: 2, text: '513.35亿', value: 51335000000 }, // the extracted span is wider: 513.35亿元
    ]);
    const r = run([report, '--expected', expected]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/line 2 +“513\.35亿” +changed +text 513\.35亿 → 513\.35亿元\n/);
    expect(r.stdout).toMatch(/line 2 +“6\.3%” +missing +\(value 6\.3\): “6\.3%” does not occur on line 2/);
    expect(r.stdout).toMatch(/line 4 +“7%” +changed +value 7\.5 → 7\n/);
    // no third 7% on line 4: aligned by content and order, it is the 7% after the first one
    expect(r.stdout).not.toMatch(/not 3/);
    expect(r.stdout).toMatch(/3 differences: 2 changed, 1 missing\n/);
    expect(r.stdout).not.toContain('new');
  });

  it('--update never replaces a named subset file, --force or not, and never suggests --force', () => {
    const { report, expected } = subsetFixture([{ line: 2, text: '6.2%', value: 6.2 }]);
    const before = readFileSync(expected, 'utf8');
    for (const extra of [[], ['--force']]) {
      const refused = run([report, '--expected', expected, '--update', ...extra]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(`${expected}: is a hand-written subset file, which --update never replaces (without --expected, --update writes report.expected.json beside the report)`);
      expect(refused.stderr).not.toContain('--force');
      expect(readFileSync(expected, 'utf8')).toBe(before);
    }
  });

  it('the bundled headline figures (hand-checked) are found in the bundled report', () => {
    const r = run([join(fixtures, 'ganzi-2024.txt'), '--expected', join(fixtures, 'ganzi-2024.headline.expected.json'), '--json']);
    expect(r.status, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).files[0].counts).toMatchObject({ expected: 18, matched: 18 });
  });
});

describe('zhibiao check: directories', () => {
  it('pairs X.txt with X.expected.json and X.*.expected.json and prints a summary per file', () => {
    const { dir } = smallFixture(); // report.txt + report.expected.json: passes
    writeJson(join(dir, 'report.headline.expected.json'), { schema: 'zhibiao/expected@1', mode: 'subset', claims: [{ line: 2, text: '6.2%', value: 6.2 }] });
    writeFileSync(join(dir, 'broken.txt'), SMALL_REPORT);
    writeJson(join(dir, 'broken.expected.json'), { schema: 'zhibiao/expected@1', mode: 'subset', claims: [{ line: 2, text: '6.2%', value: 6 }] });
    writeFileSync(join(dir, 'notes.txt'), '地区生产总值增长7%。');
    const r = run([dir]);
    expect(r.status).toBe(1);
    const out = r.stdout.split('\n');
    expect(out[0]).toMatch(/^FAIL +.*broken\.txt ← .*broken\.expected\.json \(subset: 1 expected, 4 extracted/);
    expect(out[1]).toMatch(/line 2 +“6\.2%” +changed +value 6 → 6\.2/);
    expect(r.stdout).toMatch(/NOTE +.*notes\.txt: no expected file \(.*notes\.expected\.json\); write one with --update/);
    expect(r.stdout).toMatch(/PASS +.*report\.txt ← .*report\.expected\.json \(full/);
    expect(r.stdout).toMatch(/PASS +.*report\.txt ← .*report\.headline\.expected\.json \(subset/);
    expect(r.stdout).toMatch(/\n2 passed, 1 failed, 1 without an expected file\n$/);
    // --strict: a report without an expected file is an error
    expect(run([dir, '--strict']).status).toBe(2);
  });

  it('--update writes X.expected.json for each report and leaves subset files as they are', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.txt'), SMALL_REPORT);
    const headline = join(dir, 'report.headline.expected.json');
    writeJson(headline, { schema: 'zhibiao/expected@1', mode: 'subset', claims: [{ line: 2, text: '6.2%', value: 6.2 }] });
    const before = readFileSync(headline, 'utf8');
    const r = run([dir, '--update']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^CREATED .*report\.expected\.json \(4 claims of .*report\.txt\)\nPASS +.*report\.headline\.expected\.json/);
    expect(readFileSync(headline, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(join(dir, 'report.expected.json'), 'utf8'))).toMatchObject({ mode: 'full', claims: { length: 4 } });
    expect(run([dir]).stdout).toMatch(/\n2 passed, 0 failed\n$/);
  });

  it('one corrupt expected file is an error (exit 2) and the others are still checked', () => {
    const { dir } = smallFixture();
    writeFileSync(join(dir, 'other.txt'), SMALL_REPORT);
    writeFileSync(join(dir, 'other.expected.json'), '{"schema": "zhibiao/expected@1", "mode": "full", "claims": [');
    const r = run([dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/other\.expected\.json: corrupt expected file: bad JSON/);
    expect(r.stdout).toMatch(/PASS +.*report\.txt/);
    expect(r.stdout).toContain('1 passed, 0 failed, 1 error');
  });
});

describe('zhibiao check: expected files that cannot be used', () => {
  it('a missing expected file: exit 2 and a message naming it', () => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    writeFileSync(report, SMALL_REPORT);
    const named = run([report, '--expected', join(dir, 'nope.json')]);
    expect(named.status).toBe(2);
    expect(named.stderr).toBe(`zhibiao: ${join(dir, 'nope.json')}: no such expected file (write it with --update)\n`);
    const beside = run([report]);
    expect(beside.status).toBe(2);
    expect(beside.stderr).toContain(`${report}: no expected file ${join(dir, 'report.expected.json')}`);
  });

  it.each([
    ['not JSON', '{"schema": "zhibiao/expected@1",', /corrupt expected file: bad JSON/],
    ['not an object', '[1, 2]', /corrupt expected file: expected a JSON object with "schema", "mode" and "claims", got an array/],
    ['a wrong schema', '{"schema": "zhibiao/claims@1", "mode": "full", "claims": []}', /"schema" must be "zhibiao\/expected@1", got "zhibiao\/claims@1"/],
    ['a wrong mode', '{"schema": "zhibiao/expected@1", "mode": "partial", "claims": []}', /"mode" must be "full" or "subset", got "partial"/],
    ['an unknown kind', '{"schema": "zhibiao/expected@1", "mode": "subset", "claims": [{"line": 2, "text": "6.2%", "kind": "growth"}]}', /claims\[0\]\.kind: "growth" is not one of amount, change, ratio, gap, rank/],
    ['a misspelt field', '{"schema": "zhibiao/expected@1", "mode": "subset", "claims": [{"line": 2, "text": "6.2%", "vaule": 6.2}]}', /claims\[0\]\.vaule: unknown key/],
    ['no location', '{"schema": "zhibiao/expected@1", "mode": "subset", "claims": [{"text": "6.2%", "value": 6.2}]}', /claims\[0\]: needs "line" \(with "text"\) or "span"/],
    ['a string value', '{"schema": "zhibiao/expected@1", "mode": "subset", "claims": [{"line": 2, "text": "6.2%", "value": "6.2"}]}', /claims\[0\]\.value: expected a number, got "6\.2"/],
  ])('a corrupt expected file (%s): exit 2 and a message naming the file and the problem', (_name, content, problem) => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    writeFileSync(report, SMALL_REPORT);
    const expected = join(dir, 'report.expected.json');
    writeFileSync(expected, content);
    const r = run([report]);
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(`zhibiao: ${expected}: `)).toBe(true);
    expect(r.stderr).toMatch(problem);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('locating an expected claim by line and text', () => {
  const text = '增长6.2%、12%，物价控制在2%以内。\n分别增长5%和7.5%，8.5%';
  const lines = new TextLines(text);

  it('does not count an occurrence inside a longer number', () => {
    expect(locateExpected({ line: 1, text: '2%' }, text, lines)).toEqual({ found: true, span: { start: 16, end: 18 } });
    expect(locateExpected({ line: 2, text: '5%' }, text, lines)).toEqual({ found: true, span: { start: 26, end: 28 } });
    expect(locateExpected({ line: 2, text: '5%', occurrence: 2 }, text, lines)).toEqual({ found: false, reason: 'line 2 has 1 “5%”, not 2' });
  });

  it('prefers the span while the text is still there, else falls back to line and text', () => {
    expect(locateExpected({ span: { start: 2, end: 6 }, text: '6.2%' }, text, lines)).toEqual({ found: true, span: { start: 2, end: 6 } });
    expect(locateExpected({ span: { start: 3, end: 7 }, line: 1, text: '6.2%' }, text, lines)).toEqual({ found: true, span: { start: 2, end: 6 } });
    expect(locateExpected({ span: { start: 3, end: 7 }, text: '6.2%' }, text, lines)).toMatchObject({ found: false, reason: 'the report has “.2%、” at 3–7, not “6.2%”' });
    expect(locateExpected({ line: 9, text: '6.2%' }, text, lines)).toEqual({ found: false, reason: 'the report has only 2 lines' });
  });
});

describe('pairing reports with expected files', () => {
  it('gives X.expected.json and X.NAME.expected.json to X.txt, and lists the rest', () => {
    expect(pairFixtures(['d/a.txt', 'd/a.headline.expected.json', 'd/a.expected.json', 'd/a.b.txt', 'd/a.b.expected.json', 'd/c.txt', 'd/z.expected.json'])).toEqual({
      reports: [
        { report: 'd/a.b.txt', expected: ['d/a.b.expected.json'] },
        { report: 'd/a.txt', expected: ['d/a.expected.json', 'd/a.headline.expected.json'] },
        { report: 'd/c.txt', expected: [] },
      ],
      orphans: ['d/z.expected.json'],
    });
  });
});

describe('zhibiao check: claims aligned by content and order, like lines in a text diff', () => {
  // The bundled report against its committed full snapshot, after edits a report goes through.
  const original = readFileSync(join(fixtures, 'ganzi-2024.txt'), 'utf8');
  const snapshot = readFileSync(join(fixtures, 'ganzi-2024.expected.json'), 'utf8');
  const checkEdited = (text: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ganzi-2024.txt'), text);
    writeFileSync(join(dir, 'ganzi-2024.expected.json'), snapshot);
    return run([join(dir, 'ganzi-2024.txt'), '--json']);
  };
  const counts = (r: ReturnType<typeof run>) => JSON.parse(r.stdout).files[0].counts as Record<string, number>;

  it('a line inserted at the top moves every claim and fails none', () => {
    const r = checkEdited(`（根据录音整理）\n${original}`);
    expect(r.status, r.stdout).toBe(0);
    expect(counts(r)).toMatchObject({ matched: counts(r).expected, missing: 0, new: 0, changed: 0 });
  });

  it('a paragraph with figures inserted in the middle is new, and only it', () => {
    const lines = original.split('\n');
    lines.splice(20, 0, '全年新建公厕12座。'); // hand-made: one amount, 12座
    const r = checkEdited(lines.join('\n'));
    expect(r.status).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.counts).toMatchObject({ missing: 0, new: 1, changed: 0 });
    expect(file.differences).toMatchObject([{ type: 'new', line: 21, text: '12座' }]);
  });

  it('a removed line loses its claims only', () => {
    const lines = original.split('\n');
    // line 9 of the report holds the 2023 headline figures (地区生产总值…513.35亿元…)
    const removed = lines.splice(8, 1)[0];
    expect(removed).toContain('513.35亿元');
    const r = checkEdited(lines.join('\n'));
    const file = JSON.parse(r.stdout).files[0];
    const onLine9 = (JSON.parse(snapshot).claims as { line: number }[]).filter((c) => c.line === 9).length;
    expect(file.counts).toMatchObject({ missing: onLine9, new: 0, changed: 0 });
  });

  it('a changed figure is `changed value`, not missing plus new', () => {
    // line 9: 地区生产总值…增长6.2% edited to 6.3%, after a line inserted above
    const edited = `新增一行\n${original.replace('513.35亿元，增长6.2%', '513.35亿元，增长6.3%')}`;
    expect(edited).not.toBe(`新增一行\n${original}`);
    const r = checkEdited(edited);
    expect(r.status).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.counts).toMatchObject({ missing: 0, new: 0, changed: 1 });
    expect(file.differences).toEqual([
      expect.objectContaining({ type: 'changed', line: 10, text: '6.2%', changes: [{ field: 'text', expected: '6.2%', actual: '6.3%' }, { field: 'value', expected: 6.2, actual: 6.3 }] }),
    ]);
    const text = run([join(tempDirWith(edited), 'ganzi-2024.txt')]);
    expect(text.stdout).toMatch(/line 10 +“6\.2%” +changed +text 6\.2% → 6\.3%, value 6\.2 → 6\.3/);
  });

  function tempDirWith(text: string): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'ganzi-2024.txt'), text);
    writeFileSync(join(dir, 'ganzi-2024.expected.json'), snapshot);
    return dir;
  }
});
