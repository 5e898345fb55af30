/**
 * `npm run screenshots [-- <corpus folder>]` — builds the app, then saves full-page PNGs of each
 * page state at phone (390 px) and desktop (1280 px) widths, light and dark, into
 * test-results/screenshots/: on the dossier (`data/`, or the folder given), then on a generated
 * corpus of 300 claims (a page of a paged comparison, the pager at its foot, and a claim page
 * with non-Latin text). The pages shot are picked from the dossier's own claims.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './tooling/chromium.ts';
import { readCorpusFolder } from './corpus/corpus-files.ts';
import { formatProblem } from './corpus/problem.ts';
import { writeSyntheticCorpus } from './corpus/synth-corpus.ts';
import { verifyCorpus } from './corpus/verify-corpus.ts';
import { serveBuild } from './tooling/serve-build.ts';
import type { CompiledCorpus } from '../src/corpus/corpus-schema.ts';

const outDir = 'test-results/screenshots';
const dossierDir = process.argv[2] ?? 'data';
type Shot = { name: string; path: string; scrollToEnd?: boolean };

/** A page of each kind and state, on the dossier's own claims. */
function dossierPages(corpus: CompiledCorpus): Shot[] {
  const direct = corpus.claims.find((claim) => claim.speech === 'direct') ?? corpus.claims[0];
  const reported = corpus.claims.find((claim) => claim.speech === 'reported') ?? corpus.claims[0];
  if (!direct || !reported) throw new Error(`${dossierDir} has no claim to show`);
  // A search word the dossier's first claim has: its longest word.
  const word = direct.quote.textQuoteSelector.exact
    .split(/[^\p{L}\p{N}]+/u)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  const [from, to = from] = corpus.dossier.event.dates.split('/');
  return [
    { name: 'home', path: '' },
    {
      name: 'filtered',
      path: `?party=${corpus.parties
        .slice(0, 2)
        .map((party) => party.id)
        .join(',')}&q=${encodeURIComponent(word)}`,
    },
    { name: 'claim-direct', path: `claims/${direct.id}` },
    { name: 'claim', path: `claims/${reported.id}` },
    { name: 'source', path: `sources/${reported.source}?claim=${reported.id}` },
    { name: 'topic', path: `topics/${corpus.topics[0]?.id ?? ''}` },
    { name: 'party', path: `parties/${corpus.parties[1]?.id ?? corpus.parties[0]?.id ?? ''}` },
    { name: 'timeline', path: 'timeline' },
    { name: 'timeline-zoomed', path: `timeline?from=${from}&to=${to}&relations=shown` },
    { name: 'not-found', path: 'claims/no-such-claim' },
  ];
}

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
  const verified = verifyCorpus(readCorpusFolder(dossierDir));
  if (!verified.ok) throw new Error(verified.problems.map(formatProblem).join('\n'));
  await shoot(await serveBuild({ corpusDir: dossierDir }), dossierPages(verified.verified.corpus));
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
