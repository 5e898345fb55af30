/**
 * The app serves any event: a build of a second dossier (tests/fixtures/second-dossier, an
 * invented referendum with its own invented source), deployed under a sub-path, shows that
 * dossier and none of the bundled one's words: not in any page, data file, script or
 * stylesheet, not in any preview image, not in any export.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { isValidElement, type ReactNode } from 'react';
import { expect, inject, test } from 'vitest';
import { exportCommand } from '../../scripts/commands/export.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import {
  claimPreviewElement,
  claimPreviewImage,
  sitePreviewElement,
  sitePreviewImage,
} from '../../scripts/site/preview-image.ts';
import { defaultSiteOrigin } from '../../scripts/site/build-site.ts';
import { routes } from '../../src/app/routes.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { partyColours } from '../../src/corpus/schema.ts';
import { siteName } from '../../src/corpus/site-name.ts';
import { exportFile, type ExportFormat } from '../../src/exports/download-export.ts';
import { partyMarkStyle, partyStyle } from '../../src/parties/party-style.ts';
import { claimImagePath, siteImagePath, siteImageTagline } from '../../src/sharing/page-meta.ts';
import { dossier } from '../support/dossier.ts';
import { dossierWords, wordsIn } from '../support/dossier-words.ts';
import { axeViolations, horizontalOverflow, openPage, useBrowser } from './browser-session.ts';
import { checkMarkup } from '../support/nu-checker.ts';
import { secondDossierBase, secondDossierDir } from './global-setup.ts';

const browser = useBrowser();
const secondUrl = inject('secondUrl');
const outDir = inject('secondOutDir');

const verified = verifyCorpus(readCorpusFolder(secondDossierDir));
if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
const second = indexCorpus(verified.verified.corpus);
const secondDossier = second.corpus.dossier;
/** The bundled dossier's names: its event, people and places. */
const firstWords = dossierWords(dossier.corpus);
const site = { origin: defaultSiteOrigin, base: secondDossierBase, name: siteName(secondDossier) };

/** Every file of the build, by path under its folder. */
const builtFiles = readdirSync(outDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));

/** The text an element for satori draws: every string in it, in order. */
function drawnText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(drawnText).join(' ');
  if (isValidElement<{ children?: ReactNode }>(node)) return drawnText(node.props.children);
  return '';
}

test('the second dossier is another event: it shares no name with the bundled one', () => {
  expect(firstWords.length).toBeGreaterThan(0);
  expect(wordsIn(JSON.stringify(second.corpus), firstWords)).toEqual([]);
  expect(
    wordsIn(
      readFileSync(join(secondDossierDir, second.corpus.sources[0]?.textPath ?? ''), 'utf8'),
      firstWords,
    ),
  ).toEqual([]);
});

test('no page, data file, script or stylesheet of its build names the bundled dossier', () => {
  const texts = builtFiles.filter((path) => !path.endsWith('.png'));
  expect(texts).toContain('index.html');
  expect(texts.some((path) => path.endsWith('.js'))).toBe(true);
  const found = texts.flatMap((path) => {
    const hits = wordsIn(readFileSync(join(outDir, path), 'utf8'), firstWords);
    return hits.length > 0 ? [`${path}: ${hits.join(', ')}`] : [];
  });
  expect(found).toEqual([]);
  // And it is a build of the second dossier, in its words.
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  expect(home).toContain(`<html lang="${secondDossier.language}">`);
  expect(home).toContain(`<title>${site.name}</title>`);
  expect(home).toContain(secondDossier.headline);
});

test('every preview image is drawn from the second dossier’s words alone', async () => {
  const expected = new Map<string, { element: ReactNode; png: () => Promise<Buffer> }>();
  for (const view of second.claims) {
    expected.set(claimImagePath(view.claim.id), {
      element: claimPreviewElement(view, site.name),
      png: () => claimPreviewImage(view, site.name),
    });
  }
  const colours = second.corpus.parties.map((party) => party.colour);
  const tagline = siteImageTagline(second);
  expected.set(siteImagePath, {
    element: sitePreviewElement(site.name, tagline, colours),
    png: () => sitePreviewImage(site.name, tagline, colours),
  });
  for (const route of routes) {
    const prerender = route.prerender;
    if (!prerender) throw new Error(`the route ${route.name} is not prerendered`);
    for (const params of prerender.pages(second)) {
      const image = prerender.head(params, second, site)?.previewImage;
      if (!image) continue;
      expected.set(image.path, {
        element: sitePreviewElement(image.title, image.tagline, image.colours),
        png: () => sitePreviewImage(image.title, image.tagline, image.colours),
      });
    }
  }
  // The build drew exactly these images, each the same bytes as drawn from this text.
  expect(builtFiles.filter((path) => path.endsWith('.png')).sort()).toEqual(
    [...expected.keys()].sort(),
  );
  for (const [path, { element, png }] of expected) {
    const text = drawnText(element);
    expect(text.length, path).toBeGreaterThan(0);
    expect(wordsIn(text, firstWords), path).toEqual([]);
    expect((await png()).equals(readFileSync(join(outDir, path))), path).toBe(true);
  }
});

test('no export of the second dossier names the bundled one', () => {
  const origin = new URL(secondUrl).origin;
  const formats: ExportFormat[] = ['json', 'csv', 'annotations', 'bibtex'];
  const input = {
    lists: second.corpus,
    views: second.claims,
    relationsByClaim: second.relationsByClaim,
  };
  for (const format of formats) {
    const file = exportFile(format, input, origin);
    expect(file.name.startsWith(`${secondDossier.id}-claims.`), format).toBe(true);
    expect(wordsIn(file.text, firstWords), format).toEqual([]);
    expect(file.text, format).toContain(second.claims[0]?.claim.id ?? '?');
  }
  for (const format of [...formats, 'citations']) {
    let out = '';
    const code = exportCommand(['--format', format, secondDossierDir], {
      out: (text) => (out += text),
      err: () => {},
    });
    expect(code, format).toBe(0);
    expect(wordsIn(out, firstWords), format).toEqual([]);
    expect(out.length, format).toBeGreaterThan(0);
  }
});

test('deployed under its sub-path, it opens on its own headline, event and lead questions', async () => {
  const { page, problems, close } = await openPage(browser(), secondUrl);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  expect(await page.title()).toBe(site.name);
  expect(await page.getAttribute('html', 'lang')).toBe(secondDossier.language);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(secondDossier.headline);
  await expect
    .poll(() => page.getByRole('banner').getByRole('link').first().textContent())
    .toBe(`${secondDossier.name} · ${secondDossier.tagline}`);
  const main = (await page.getByRole('main').textContent()) ?? '';
  expect(main).toContain(secondDossier.intro);
  expect(main).toContain(secondDossier.event.place);
  // The lead questions first, in the dossier's order; the others after, in theirs.
  const rows = page.getByRole('table', { name: 'Positions at a glance' }).getByRole('rowheader');
  const questions = await rows.allTextContents();
  const byId = new Map(second.corpus.topics.map((topic) => [topic.id, topic.question]));
  expect(questions.slice(0, secondDossier.leadTopics.length)).toEqual(
    secondDossier.leadTopics.map((id) => byId.get(id)),
  );
  expect(questions).toHaveLength(second.corpus.topics.length);
  expect(wordsIn(await page.content(), firstWords)).toEqual([]);
  expect(problems).toEqual([]);
  await close();
});

test('every party colour a dossier may choose has its classes in the built stylesheet', () => {
  const css = builtFiles
    .filter((path) => path.endsWith('.css'))
    .map((path) => readFileSync(join(outDir, path), 'utf8'))
    .join('\n');
  // Tailwind escapes a class's colon: `dark:bg-x` is the selector `.dark\:bg-x`.
  const selector = (name: string) => `.${name.replace(/:/g, '\\:')}`;
  const missing = partyColours.flatMap((colour) => {
    const { badge, rule } = partyStyle({ colour });
    const classes = [badge, rule, partyMarkStyle({ colour })].join(' ').split(/\s+/);
    return classes.filter((name) => !css.includes(selector(name)));
  });
  expect(missing).toEqual([]);
  // Each party wears a colour, none the same as another's, those without one of their own too.
  const worn = new Set(
    second.corpus.parties.flatMap((party) => (party.colour ? [party.colour] : [])),
  );
  expect(worn.size).toBe(second.corpus.parties.length);
  expect(second.corpus.parties.map((party) => party.colour)).toContain(partyColours[0]);
});

/** The second dossier's claim that more than one source carries. */
const carried = second.claims.find((view) => view.alsoIn.length > 0);

test('a claim several sources carry: its card counts them, its page shows each in context', async () => {
  if (!carried) throw new Error('the second dossier has no claim in more than one source');
  const sources = [carried.source, ...carried.alsoIn.map((one) => one.source)];
  const words = [carried.claim, ...carried.alsoIn.map((one) => one.appearance)].map(
    (one) => one.quote.textQuoteSelector.exact,
  );
  const { page, problems, close } = await openPage(browser(), secondUrl);
  const card = page.locator('article').filter({ hasText: carried.claim.summary }).first();
  await expect.poll(() => card.textContent()).toContain(`In ${sources.length} sources`);
  await page.goto(`${secondUrl}claims/${carried.claim.id}`);
  const context = page.getByRole('region', { name: `In ${sources.length} sources` });
  await context.waitFor();
  await expect.poll(() => context.locator('mark').allTextContents()).toEqual(words);
  for (const source of sources) {
    expect(await context.locator('cite').allTextContents()).toContain(source.headline);
  }
  const links = context.getByRole('link', { name: 'Read the whole source at this quote' });
  expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(
    sources.map((source) => `${secondDossierBase}sources/${source.id}`),
  );
  // In the further source's reader, the claim is marked at that source's words.
  await page.goto(`${secondUrl}sources/${sources[1]?.id ?? ''}?claim=${carried.claim.id}`);
  await page.locator('main mark').first().waitFor();
  expect(await page.locator('main mark').allTextContents()).toEqual([words[1]]);
  expect(problems).toEqual([]);
  await close();
});

/** The second dossier's pages that differ most from the first's: its home, the claim several
 * sources carry, and the further source's reader. */
const ownPages = () => [
  '',
  `claims/${carried?.claim.id ?? ''}`,
  `sources/${carried?.alsoIn[0]?.source.id ?? ''}`,
];

test.each([
  { device: 'phone', viewport: { width: 390, height: 844 } },
  { device: 'desktop', viewport: { width: 1280, height: 900 } },
])(
  'its home, its claim in two sources and their reader ($device, light and dark): no axe-core violation',
  async ({ viewport }) => {
    for (const path of ownPages()) {
      const { page, problems, close } = await openPage(browser(), secondUrl + path, {
        viewport,
        colorScheme: 'light',
      });
      await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), `${path} light`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page), `${path} dark`).toEqual([]);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
      expect(problems, path).toEqual([]);
      await close();
    }
  },
);

test('those pages, as rendered, pass the Nu HTML Checker', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-second-'));
  try {
    const files: string[] = [];
    for (const [i, path] of ownPages().entries()) {
      const { page, close } = await openPage(browser(), secondUrl + path);
      await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
      await page.waitForLoadState('networkidle');
      const file = join(dir, `page-${i}.html`);
      writeFileSync(
        file,
        `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`,
      );
      files.push(file);
      await close();
    }
    const messages = (await checkMarkup(files)).filter(
      (m) => !(m.type === 'info' && /Content Security Policy/.test(m.message)),
    );
    expect(messages.map((m) => `${m.type} in ${m.url.split('/').at(-1)}: ${m.message}`)).toEqual(
      [],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
