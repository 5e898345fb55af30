/**
 * `npm run screenshots` — builds the app, then saves full-page PNGs of each page state at phone
 * (360 px) and desktop (1440 px) widths, light and dark, into test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium.ts';
import { serveBuild } from '../tests/e2e/serve-build.ts';

const outDir = 'test-results/screenshots';
const pages = [
  { name: 'home', path: '' },
  { name: 'filtered', path: '?party=us,dprk&q=sanctions' },
  { name: 'claim', path: 'claims/ri-only-2016-2017-sanctions' },
  {
    name: 'source',
    path: 'sources/st-2019-03-02-kim-vows-to-meet-trump-again?claim=choe-yongbyon-offer-under-us-observation',
  },
  { name: 'not-found', path: 'claims/no-such-claim' },
];
const viewports = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
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
        await tab.getByRole('heading', { level: 1 }).first().waitFor();
        await tab.waitForLoadState('networkidle');
        const file = `${outDir}/${page.name}-${viewport.name}-${colorScheme}.png`;
        // The top of each page, at a height that stays legible when the PNG is viewed whole.
        await tab.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width: viewport.width, height: viewport.height * 2 },
        });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await served.close();
}
