/**
 * `npm run screenshots` — builds the app, then saves full-page PNGs of each page state at phone
 * (390 px) and desktop (1280 px) widths, light and dark, into test-results/screenshots/: on the
 * dossier, then on a generated corpus of 300 claims (a page of a paged comparison, the pager at
 * its foot, and a claim page with non-Latin text).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './tooling/chromium.ts';
import { writeSyntheticCorpus } from './corpus/synth-corpus.ts';
import { serveBuild } from './tooling/serve-build.ts';

const outDir = 'test-results/screenshots';
type Shot = { name: string; path: string; scrollToEnd?: boolean };
const dossierPages: Shot[] = [
  { name: 'home', path: '' },
  { name: 'filtered', path: '?party=us,dprk&q=sanctions' },
  { name: 'claim-direct', path: 'claims/ri-difficult-to-meet-again' },
  { name: 'claim', path: 'claims/ri-only-2016-2017-sanctions' },
  {
    name: 'source',
    path: 'sources/st-2019-03-02-kim-vows-to-meet-trump-again?claim=choe-yongbyon-offer-under-us-observation',
  },
  { name: 'topic', path: 'topics/sanctions-relief-sought' },
  { name: 'party', path: 'parties/dprk' },
  { name: 'timeline', path: 'timeline' },
  { name: 'timeline-zoomed', path: 'timeline?from=2019-02-28&to=2019-03-01&relations=shown' },
  { name: 'not-found', path: 'claims/no-such-claim' },
];
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

const syntheticPages: Shot[] = [
  { name: 'synthetic-page-2', path: '?page=2' },
  { name: 'synthetic-pager', path: '?page=3', scrollToEnd: true },
  { name: 'synthetic-claim', path: 'claims/claim-17' },
  { name: 'synthetic-timeline', path: 'timeline' },
];

mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
const corpusDir = mkdtempSync(join(tmpdir(), 'screenshots-corpus-'));
try {
  await shoot(await serveBuild(), dossierPages);
  writeSyntheticCorpus({ claims: 300, sources: 30, seed: 1, out: corpusDir });
  await shoot(await serveBuild({ corpusDir, previewImages: false }), syntheticPages);
} finally {
  await browser.close();
  rmSync(corpusDir, { recursive: true, force: true });
}

async function shoot(served: Awaited<ReturnType<typeof serveBuild>>, pages: Shot[]) {
  for (const page of pages) {
    for (const viewport of viewports) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme });
        const tab = await context.newPage();
        await tab.goto(served.url + page.path);
        await tab.getByRole('heading', { level: 1 }).first().waitFor();
        await tab.waitForLoadState('networkidle');
        if (page.scrollToEnd)
          await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const file = `${outDir}/${page.name}-${viewport.name}-${colorScheme}.png`;
        // The top of each page, at a height that stays legible when the PNG is viewed whole.
        await tab.screenshot(
          page.scrollToEnd
            ? { path: file }
            : {
                path: file,
                fullPage: true,
                clip: { x: 0, y: 0, width: viewport.width, height: viewport.height * 2 },
              },
        );
        console.log(file);
        await context.close();
      }
    }
  }
  await served.close();
}
