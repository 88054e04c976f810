// The code a page inlines, read from disk when a page is made: the page's script (built by
// `npm run build` from ./browser/page.ts into dist/view/browser/) and uPlot from node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageAssets } from './page.js';

// From dist/view/ and from src/view/ (tests run the sources) alike, two levels below the package.
const SCRIPT = new URL('../../dist/view/browser/page.js', import.meta.url);

export function loadAssets(withCharts: boolean): PageAssets {
  let script: string;
  try {
    script = readFileSync(SCRIPT, 'utf8');
  } catch {
    throw new Error(`the page script ${SCRIPT.pathname} is missing: run npm run build`);
  }
  if (!withCharts) return { script };
  const require = createRequire(import.meta.url);
  return {
    script,
    uplotJs: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8'),
    uplotCss: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
  };
}
