/**
 * `npm run screenshots` — builds the app, then saves full-page PNGs of each page state at phone
 * (360 px) and desktop (1440 px) widths, light and dark, into test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium.ts';
import { serveBuild } from '../tests/e2e/serve-build.ts';

const outDir = 'test-results/screenshots';
const pages = [{ name: 'home', path: '' }];
const viewports = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1440, height: 900 },
];

mkdirSync(outDir, { recursive: true });
const served = await serveBuild();
const browser = await launchChromium();
try {
  for (const page of pages) {
    for (const viewport of viewports) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme });
        const tab = await context.newPage();
        await tab.goto(served.url + page.path);
        await tab.getByRole('article').first().waitFor();
        const file = `${outDir}/${page.name}-${viewport.name}-${colorScheme}.png`;
        await tab.screenshot({ path: file, fullPage: viewport.name === 'desktop' });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await served.close();
}
