import { afterEach, expect, test, vi } from 'vitest';
import {
  claimImageWords,
  claimPreviewImage,
  renderClaimPreviewImages,
} from '../../scripts/site/preview-image.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import { makeClaim, makeSpeaker } from '../support/corpus-factory.ts';

const siteName = 'Who said what';

/** The sample corpus's claims plus one by a speaker without a role. */
function makeViews() {
  const corpus = makeCompiledCorpus((records) => {
    records.speakers.push(
      makeSpeaker({ id: 'choe-son-hui', name: 'Choe Son Hui', role: undefined, party: 'dprk' }),
    );
    records.claims.push(
      makeClaim({
        id: 'choe-plutonium',
        speaker: 'choe-son-hui',
        quote: 'the offer included its plu-tonium facilities.',
      }),
    );
  });
  return indexCorpus(corpus).claims;
}

/** Width and height from a PNG's header, or undefined if it is not a PNG. */
function pngSize(png: Buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function renderAll(concurrency: number) {
  const images = new Map<string, Buffer>();
  await renderClaimPreviewImages(makeViews(), siteName, (id, png) => images.set(id, png), {
    concurrency,
  });
  return images;
}

afterEach(() => vi.restoreAllMocks());

test('worker threads render each claim the same 1200×630 PNG as this thread does', async () => {
  const warn = vi.spyOn(console, 'warn');
  const images = await renderAll(2);
  expect(warn).not.toHaveBeenCalled(); // the workers started: no fallback to this thread
  const views = makeViews();
  expect([...images.keys()].sort()).toEqual(views.map((view) => view.claim.id).sort());
  for (const view of views) {
    const png = images.get(view.claim.id);
    expect(png && pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png?.equals(await claimPreviewImage(view, siteName))).toBe(true);
  }
}, 60_000);

test('with a concurrency of 1 (no workers), every claim still gets a 1200×630 PNG', async () => {
  const images = await renderAll(1);
  expect([...images.keys()].sort()).toEqual([
    'choe-plutonium',
    'ri-partial-relief',
    'trump-all-sanctions',
  ]);
  for (const png of images.values()) expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
}, 60_000);

test("a claim's image says its words in the build's language: its labels, dates and quotation marks", async () => {
  const french = await import('../../src/sharing/preview-image.words.fr.ts');
  const attributionFr = await import('../../src/corpus/attribution.words.fr.ts');
  const formatsFr = await import('../../src/corpus/formats.words.fr.ts');
  const [view] = makeViews().filter((one) => one.claim.speech === 'direct' && one.claim.statedAt);
  if (!view) throw new Error('the sample corpus has no dated direct quote');
  const words = claimImageWords(
    view,
    {
      ...french,
      reportLeadIn: (source) => source.publisher,
      formatLocale: formatsFr.formatLocale,
      quoted: attributionFr.quoted,
    },
    'fr',
  );
  expect(words.speech).toBe(french.directQuote);
  // The months from Intl in the French words' locale, the marks from the French words.
  const month = (text: string) =>
    new Intl.DateTimeFormat(formatsFr.formatLocale, { month: 'long', timeZone: 'UTC' }).format(
      new Date(`${text.slice(0, 7)}-01T00:00:00Z`),
    );
  expect(words.published).toContain(month(view.source.published));
  expect(words.statedAt).toContain(month(view.claim.statedAt ?? ''));
  expect(words.marks.join('…')).toBe(attributionFr.quoted('…'));
  // And by default, English: what the prerenderer's bundle gives for an English dossier.
  const english = claimImageWords(view);
  expect(english.published).not.toBe(words.published);
  expect(english.marks).toEqual(['“', '”']);
});
