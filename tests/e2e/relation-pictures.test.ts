/**
 * Every relation picture can be read: in Chromium, with the real type, no relation's label
 * overlaps another's or a claim box's text, on every topic and party page and the whole
 * dossier's, at a phone's width
 * and a desktop's; and a picture wider than the screen shows that it scrolls sideways.
 */
import { expect, inject, test } from 'vitest';
import { partyPagePath, relationsPagePath, topicPagePath } from '../../src/lib/app-paths.ts';
import { dossier } from '../support/dossier.ts';
import { overlapsIn, printedBoxes } from '../support/label-boxes.ts';
import { openPage, useBrowser } from './browser-session.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();
const { parties, topics } = dossier.corpus;

/** Pages with a relation picture: those whose claims some relation touches. */
const touched = (ids: (claimId: string) => boolean) =>
  dossier.corpus.relations.filter((relation) => ids(relation.from) || ids(relation.to)).length;
const pages = [
  ...topics.map((topic) => ({
    path: topicPagePath(topic.id),
    relations: touched((id) => dossier.claimById.get(id)?.topic.id === topic.id),
  })),
  ...parties.map((party) => ({
    path: partyPagePath(party.id),
    relations: touched((id) => dossier.claimById.get(id)?.party.id === party.id),
  })),
  // The whole dossier's: every relation.
  { path: relationsPagePath(), relations: dossier.corpus.relations.length },
].filter(({ relations }) => relations > 0);

test.each(pages.flatMap((page) => [390, 1280].map((width) => [page.path, width, page] as const)))(
  'on %s at %i px, no relation label overlaps another label or a claim’s text',
  async (path, width, { relations }) => {
    const { page, problems, close } = await openPage(browser(), `${appUrl}${path.slice(1)}`, {
      viewport: { width, height: 900 },
    });
    const svg = page.locator('svg[role="group"]').filter({ has: page.locator('[data-label]') });
    await svg.locator('text[data-label="relation"]').first().waitFor();
    const boxes = await svg.evaluate(printedBoxes);
    // Every relation is labelled once, and every claim box's text is measured.
    expect(boxes.filter((box) => box.kind === 'relation')).toHaveLength(relations);
    expect(boxes.filter((box) => box.kind === 'claim').length).toBeGreaterThan(1);
    expect(overlapsIn(boxes)).toEqual([]);
    // A picture wider than its frame has a shadow at the edge it scrolls towards.
    const frame = page.getByRole('region', { name: /: picture$/ });
    const { clipped, shadow } = await frame.evaluate((element) => ({
      clipped: element.scrollWidth > element.clientWidth,
      shadow: getComputedStyle(element).backgroundImage.includes('radial-gradient'),
    }));
    if (clipped) expect(shadow, 'a clipped picture shows that it scrolls').toBe(true);
    expect(problems).toEqual([]);
    await close();
  },
);

test('a picture at a phone’s width is clipped, and says so with a shadow at its edge', async () => {
  const [widest] = pages.toSorted((a, b) => b.relations - a.relations);
  if (!widest) throw new Error('no page with a relation picture');
  const { page, close } = await openPage(browser(), `${appUrl}${widest.path.slice(1)}`, {
    viewport: { width: 390, height: 900 },
  });
  const frame = page.getByRole('region', { name: /: picture$/ });
  await frame.locator('text[data-label="relation"]').first().waitFor();
  const seen = await frame.evaluate((element) => ({
    clipped: element.scrollWidth > element.clientWidth,
    shadow: getComputedStyle(element).backgroundImage.includes('radial-gradient'),
  }));
  expect(seen).toEqual({ clipped: true, shadow: true });
  await close();
});

test('on the timeline with its relations drawn, every bar’s words are drawn over every curve', async () => {
  const [from, to = from] = dossier.corpus.dossier.event.dates.split('/');
  const { page, problems, close } = await openPage(
    browser(),
    `${appUrl}timeline?from=${from}&to=${to}&relations=shown`,
  );
  const svg = page.locator('svg[role="group"]').filter({ has: page.locator('[data-label]') });
  await svg.locator('a[href*="#relations-heading"]').first().waitFor();
  const order = await svg.evaluate((element) => {
    const words = [...element.querySelectorAll('text[data-label="bar"]')];
    const curves = [...element.querySelectorAll('a[href*="#relations-heading"] path')];
    return {
      words: words.length,
      curves: curves.length,
      // Later in the document is drawn on top.
      under: words.filter((text) =>
        curves.some(
          (curve) => text.compareDocumentPosition(curve) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      ).length,
    };
  });
  expect(order.words).toBeGreaterThan(0);
  expect(order.curves).toBeGreaterThan(0);
  expect(order.under).toBe(0);
  expect(problems).toEqual([]);
  await close();
});
