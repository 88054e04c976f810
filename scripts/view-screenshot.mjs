// Makes docs/view.png, the README's picture of `zhibiao view`: the bundled report in Debian's
// Chromium (playwright-core), the table filtered to targets (results fade), a row clicked, its tooltip open.
// Run after `npm run build`: node scripts/view-screenshot.mjs [out.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs', 'view.png');
const chartsOut = join(root, 'docs', 'view-charts.png');
const dir = mkdtempSync(join(tmpdir(), 'zhibiao-shot-'));
const page = join(dir, 'ganzi.html');
const zhibiao = (...args) => execFileSync('node', [join(root, 'bin', 'zhibiao.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
zhibiao('view', join(root, 'fixtures', 'ganzi-2024.txt'), '-o', page);
const chartsPage = join(dir, 'series.html');
writeFileSync(chartsPage, zhibiao('compare', join(root, 'fixtures', 'ganzi-2024.txt'), join(root, 'fixtures', 'compare', 'ganzi-2025-synthetic.txt'), join(root, 'fixtures', 'compare', 'ganzi-2026-synthetic.txt'), '--format', 'html'));

const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  offline: true,
  viewport: { width: 1400, height: 820 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const tab = await context.newPage();
await tab.goto(pathToFileURL(page).href);
await tab.selectOption('select[name=modality]', 'target');
// 地方一般公共预算收入增长8.5% (line 45), a target of the year's main goals
await tab.locator('#claims-table tbody tr:visible', { hasText: '地方一般公共预算收入' }).first().locator('td:nth-child(4)').click();
await tab.mouse.move(20, 700); // in the margin, off the table and the marks: no hover highlight
await tab.waitForTimeout(1800); // let the flash fade
await tab.screenshot({ path: out });
await tab.setViewportSize({ width: 1400, height: 600 });
await tab.goto(pathToFileURL(chartsPage).href);
await tab.screenshot({ path: chartsOut });
await context.close();
console.log(`wrote ${out} and ${chartsOut}`);
