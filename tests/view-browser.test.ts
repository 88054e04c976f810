// The page of `zhibiao view` in a real browser: Debian's Chromium, driven by playwright-core,
// opens the file from disk with the network cut, hovers and focuses marks, filters and sorts
// the table, clicks a row, follows a #claim-N permalink, draws compare's charts, and saves a
// screenshot. In CI (CI=true) a missing browser fails the test; locally it is skipped, saying why.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, root, tempDir, zhibiao, type JsonClaim } from './e2e-run.js';

/** CHROMIUM_PATH, else `chromium` (Debian) or `chromium-browser` on the PATH. */
function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not this one
    }
  }
  return null;
}

const browserPath = findChromium();
const inCI = !!process.env.CI && process.env.CI !== 'false';

if (!browserPath && inCI) {
  it('finds Chromium (.ci/run installs it: apt-get install chromium)', () => {
    throw new Error('no Chromium found on the PATH or in CHROMIUM_PATH: the browser check cannot run in CI without it');
  });
} else if (!browserPath) {
  console.warn('tests/view-browser.test.ts skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  it.skip('the browser check: no Chromium found (install it with `apt-get install chromium`, or set CHROMIUM_PATH)', () => {});
}

/** A loaded machine (CI shares two cores) may take a while to scroll or paint. */
const POLL = { timeout: 10_000 };

// The brief's launch flags for running as root in a container; playwright adds --headless.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!browserPath)('the page in Chromium', () => {
  const dir = tempDir();
  const pageFile = join(dir, 'ganzi.html');
  const chartsFile = join(dir, 'series.html');
  let claims: JsonClaim[];
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    expect(zhibiao(['view', fixture, '-o', pageFile]).status).toBe(0);
    claims = (JSON.parse(zhibiao(['extract', fixture, '--json']).stdout) as { claims: JsonClaim[] }).claims;
    const compare = zhibiao(['compare', fixture, join(root, 'fixtures', 'compare', 'ganzi-2025-synthetic.txt'), join(root, 'fixtures', 'compare', 'ganzi-2026-synthetic.txt'), '--format', 'html']);
    writeFileSync(chartsFile, compare.stdout);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: browserPath!, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 }, offline: true,
    });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(pathToFileURL(pageFile).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  const visibleRows = () => page.locator('#claims-table tbody tr:visible');

  it('shows every claim marked, and runs without an error', async () => {
    expect(await page.locator('#report mark[data-claim]').count()).toBe(claims.length);
    expect(await visibleRows().count()).toBe(claims.length);
    // the mark is drawn: it has a box and the kind's background
    const box = await page.locator('#claim-1').boundingBox();
    expect(box!.width).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('hovering a mark shows its fields', async () => {
    // claim 1: 地区生产总值…达513.35亿元 (line 9)
    await page.hover('#claim-1');
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible(), POLL).toBe(true);
    const text = await tip.innerText();
    for (const field of ['513.35亿元', '元', 'amount', '地区生产总值', 'gdp 地区生产总值', '2023', 'macro 经济总体', 'actual 实绩']) expect(text).toContain(field);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible(), POLL).toBe(false);
  });

  it('focusing a mark with the keyboard shows its fields too; Escape hides them', async () => {
    const target = claims.findIndex((c) => c.line === 45 && c.text === '4.2%'); // 控制在4.2%以内: a target, ≤
    await page.focus(`#claim-${target}`);
    const text = await page.locator('#tip').innerText();
    expect(text).toContain('≤ 以内');
    expect(text).toContain('target 目标');
    await page.keyboard.press('Escape');
    expect(await page.locator('#tip').isVisible()).toBe(false);
  });

  it('filters the table by sector, kind, modality and words', async () => {
    await page.selectOption('select[name=sector]', 'tourism');
    const tourism = claims.filter((c) => c.sector === 'tourism');
    expect(await visibleRows().count()).toBe(tourism.length);
    await page.selectOption('select[name=modality]', 'target');
    expect(await visibleRows().count()).toBe(tourism.filter((c) => c.modality === 'target').length);
    await page.fill('input[name=q]', '接待游客');
    const expected = tourism.filter((c) => c.modality === 'target' && c.indicator.includes('接待游客'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleRows().count()).toBe(expected.length);
    expect(await page.locator('output[name=count]').innerText()).toBe(`${expected.length} of ${claims.length} claims`);
    // the marks of claims filtered out fade in the text
    expect(await page.locator('#report mark.dim').count()).toBe(claims.length - expected.length);
    await page.fill('input[name=q]', '');
    await page.selectOption('select[name=sector]', '');
    await page.selectOption('select[name=modality]', '');
    await page.selectOption('select[name=kind]', 'rank');
    expect(await visibleRows().count()).toBe(claims.filter((c) => c.kind === 'rank').length);
    await page.selectOption('select[name=kind]', '');
    expect(await visibleRows().count()).toBe(claims.length);
  });

  it('sorts the table by value', async () => {
    const values = async () => (await page.locator('#claims-table tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.value))));
    await page.click('th button[data-sort=value]');
    const ascending = await values();
    expect(ascending).toEqual([...claims.map((c) => c.value)].sort((a, b) => a - b));
    await page.click('th button[data-sort=value]');
    expect(await values()).toEqual([...claims.map((c) => c.value)].sort((a, b) => b - a));
    await page.click('th button[data-sort=value]'); // back to the order of --json
    expect(await values()).toEqual(claims.map((c) => c.value));
  });

  it('clicking a row scrolls to its mark and makes #claim-N the address', async () => {
    const n = claims.length - 5; // near the end of the report, far below the first screen
    await page.evaluate(() => window.scrollTo(0, 0));
    const mark = page.locator(`#claim-${n}`);
    expect(await inViewport(page, `#claim-${n}`)).toBe(false);
    await page.locator(`#claims-table tbody tr[data-claim="${n}"] td:nth-child(4)`).click();
    await expect.poll(() => inViewport(page, `#claim-${n}`), POLL).toBe(true);
    expect(await mark.evaluate((m) => document.activeElement === m)).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#claim-${n}`);
    await page.screenshot({ path: join(dir, 'view.png') });
    const png = readFileSync(join(dir, 'view.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(join(dir, 'view.png')).size).toBeGreaterThan(50_000);
  });

  it('works from the keyboard: Enter on the number of a row goes to its mark, Enter on a mark to its row', async () => {
    const n = claims.length - 20;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.focus(`#claims-table tbody tr[data-claim="${n}"] a`);
    await page.keyboard.press('Enter');
    await expect.poll(() => inViewport(page, `#claim-${n}`), POLL).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`claim-${n}`);
    await page.keyboard.press('Tab'); // the next mark in the text
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-claim'));
    expect(next).toBe(String(n + 1));
    expect(await page.locator('#tip').innerText()).toContain(claims[n + 1].indicator);
    await page.keyboard.press('Enter');
    expect(await page.locator(`#claims-table tbody tr[data-claim="${n + 1}"]`).getAttribute('class')).toBe('current');
  });

  it('prints the text, then the table, without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    const text = await page.locator('#report').boundingBox();
    const table = await page.locator('#claims-table').boundingBox();
    expect(table!.y).toBeGreaterThan(text!.y + text!.height - 1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('a #claim-N permalink opens the page at that claim', async () => {
    const n = Math.floor(claims.length / 2);
    const other = await context.newPage();
    await other.goto(`${pathToFileURL(pageFile).href}#claim-${n}`);
    await expect.poll(() => inViewport(other, `#claim-${n}`), POLL).toBe(true);
    await other.close();
  });

  it('draws a uPlot chart per indicator of a compare series', async () => {
    const charts = await context.newPage();
    charts.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await charts.goto(pathToFileURL(chartsFile).href);
    const plots = await charts.locator('.plot[data-chart]').count();
    expect(plots).toBeGreaterThan(3);
    expect(await charts.locator('.plot[data-chart] canvas').count()).toBe(plots);
    await charts.close();
  });

  it('asked for nothing but the files themselves', () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** Whether the element's box lies within the window. */
function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}
