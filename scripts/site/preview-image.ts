import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { createElement, type CSSProperties, type ReactNode } from 'react';
import satori, { type Font } from 'satori';
import { presentedWords, speakerRole, type QuotationMarks } from '../../src/corpus/attribution.ts';
import { quoted } from '../../src/corpus/attribution.words.ts';
import { reportLeadIn } from '../../src/corpus/report-lead-in.ts';
import type { ClaimView } from '../../src/corpus/corpus-index.ts';
import type { PartyColour } from '../../src/corpus/schema.ts';
import { formatStatedAt } from '../../src/corpus/stated-at.ts';
import { fontsFor, satoriLanguage } from './script-fonts.ts';
import { latinSubsets, previewDraws } from './preview-coverage.ts';
import { previewImageSize, shorten } from '../../src/sharing/page-meta.ts';
import * as englishWords from '../../src/sharing/preview-image.words.ts';
import { formatLocale } from '../../src/corpus/formats.words.ts';

const require = createRequire(import.meta.url);
const font = (file: string, weight: 400 | 700, style: 'normal' | 'italic'): Font => ({
  name: 'Noto Sans',
  data: readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`)),
  weight,
  style,
});
const [latin, latinExt] = latinSubsets;
const fonts = [
  font(`noto-sans-${latin}-400-normal.woff`, 400, 'normal'),
  font(`noto-sans-${latin}-700-normal.woff`, 700, 'normal'),
  font(`noto-sans-${latin}-400-italic.woff`, 400, 'italic'),
  font(`noto-sans-${latinExt}-400-normal.woff`, 400, 'normal'),
];

/** Party accents, matching the app's badges; a party without one gets a neutral one. */
const accents: Record<PartyColour, string> = {
  blue: '#1d4ed8',
  red: '#b91c1c',
  amber: '#b45309',
  teal: '#0f766e',
  violet: '#6d28d9',
  pink: '#be185d',
};
const neutralAccent = '#44403c';

/** A party's accent, as a CSS colour. */
function accentOf(colour: PartyColour | undefined): string {
  return colour ? accents[colour] : neutralAccent;
}

/** A box for satori (no JSX here: the scripts run under tsx without a JSX setting). */
function box(style: CSSProperties, ...children: ReactNode[]): ReactNode {
  return createElement('div', { style }, ...children);
}

/** Which fonts an image is drawn with: the Latin ones only, or also those of other scripts. */
export type PreviewFonts = 'latin' | 'all';

/**
 * The Latin fonts again, as other objects: satori keeps the fonts it loaded for a script with
 * the list it was given, so a drawing limited to Latin needs a list of its own.
 */
let latinFonts: Font[] | undefined;

async function toPng(element: ReactNode, with_: PreviewFonts = 'all'): Promise<Buffer> {
  latinFonts ??= fonts.map((one) => ({ ...one, data: one.data.slice(0) }));
  const svg = await satori(element, {
    ...previewImageSize,
    fonts: with_ === 'all' ? fonts : latinFonts,
    // Other scripts in their own Noto fonts, read only for an image that draws them.
    ...(with_ === 'all'
      ? {
          loadAdditionalAsset: (code: string, segment: string) =>
            Promise.resolve(fontsFor(code, segment)),
        }
      : {}),
  });
  // Satori draws text as paths, so resvg needs no fonts; scanning the system's fonts for every
  // image took longer than drawing it.
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * The words of preview images in one interface language, as the prerendering bundle has them
 * in the build's (`previewImageWords` and `reportLeadIn` of src/entry-server.tsx); here, read
 * outside Vite, the words files are English.
 */
export type PreviewWords = {
  // Any language's strings: the English file's type is each English text itself.
  [Name in keyof typeof englishWords]: (typeof englishWords)[Name] extends string
    ? string
    : (typeof englishWords)[Name];
} & {
  reportLeadIn: typeof reportLeadIn;
  /** The locale dates are written in (`formatLocale` of src/corpus/formats.words.ts). */
  formatLocale: string;
  /** A quote in the interface's quotation marks (`quoted` of src/corpus/attribution.words.ts). */
  quoted: (quote: string) => string;
};

const english: PreviewWords = { ...englishWords, reportLeadIn, formatLocale, quoted };

/**
 * What a claim's image says besides the corpus's words: plain strings, made where the words
 * are (functions do not cross to a worker thread).
 */
export type ClaimImageWords = {
  /** The label of its kind of speech, at its foot. */
  speech: string;
  /** How a reported quote is introduced, as the source's words. */
  leadIn: string;
  /** What stands in place of words no font here draws, before our summary. */
  elsewhere: string;
  /** When the claim was said, if the source says, and when its source was published. */
  statedAt?: string | undefined;
  published: string;
  /** The quotation marks a speaker's words are set in, as on the claim's page. */
  marks: QuotationMarks;
};

/** Names of languages in each interface language, for the line saying what a quote is in. */
const languageNames = new Map<string, Intl.DisplayNames>();

/**
 * A claim's image words in the interface language `language` (BCP 47, as the language names
 * are given in), from that language's {@link PreviewWords}: by default English.
 */
export function claimImageWords(
  { claim, source }: ClaimView,
  words: PreviewWords = english,
  language = 'en',
): ClaimImageWords {
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    languageNames.set(language, names);
  }
  const named = names.of(source.language) ?? source.language;
  const direct = claim.speech === 'direct';
  return {
    speech: direct ? words.directQuote : words.reportedSpeech,
    leadIn: words.reportLeadIn(source),
    elsewhere: direct ? words.quoteElsewhere(named) : words.reportElsewhere(named),
    statedAt: claim.statedAt && formatStatedAt(claim.statedAt, words.formatLocale),
    published: formatStatedAt(source.published, words.formatLocale),
    marks: words.quoted('\u0000').split('\u0000') as unknown as QuotationMarks,
  };
}

/**
 * The quote's words as the image sets them: in the quote's language and direction, and in
 * quotation marks and italics when they are the speaker's (Hangul, Han, kana, Hebrew and
 * Arabic have no italics: they stand upright). A right-to-left quote starts at the right, and
 * its marks go with it: the opening mark at its right end. They are the interface's, as on the
 * claim's page (“ ” in English).
 */
function quoteWords(view: ClaimView, marks: QuotationMarks): ReactNode {
  const direct = view.claim.speech === 'direct';
  const words = shorten(view.claim.quote.textQuoteSelector.exact, direct ? 150 : 140);
  const script = satoriLanguage(view.source.language);
  const direction = view.source.direction;
  return createElement(
    'div',
    {
      // Han is drawn in the forms of the quote's own language, Hebrew and Arabic in theirs.
      lang: script,
      dir: direction,
      style: {
        fontSize: words.length > 110 ? 38 : 46,
        fontStyle: direct && script === undefined ? 'italic' : 'normal',
        lineHeight: 1.3,
        direction,
        textAlign: 'start',
      },
    },
    presentedWords(view, words, marks),
  );
}

/**
 * In place of words no font here draws (which would be a row of empty boxes given as the
 * speaker's or the source's words): what language they are in and that the claim's page has
 * them, then our summary, upright, in no marks and labelled as ours.
 */
function wordsElsewhere(view: ClaimView, words: ClaimImageWords): ReactNode {
  return box(
    { display: 'flex', flexDirection: 'column' },
    box({ fontSize: 26, fontWeight: 700, color: '#57534e', marginBottom: 12 }, words.elsewhere),
    box({ fontSize: 38, lineHeight: 1.3 }, shorten(view.claim.summary, 150)),
  );
}

/**
 * A claim's 1200×630 preview image, as the element satori draws: party, speaker, the quote
 * (shortened with an ellipsis where long), source and date, in type large enough to read at
 * thumbnail size. Direct speech is the speaker's words in quotation marks, in italics;
 * reported speech is introduced as the source's words ("The Averne Courier reports:"), upright
 * and in no marks, and labelled so. A quote in a script the image has no font for is not drawn:
 * the image says where it is and gives our summary instead. `words` are what it says besides
 * the corpus's words ({@link claimImageWords}), by default in English.
 */
export function claimPreviewElement(
  view: ClaimView,
  siteName: string,
  words: ClaimImageWords = claimImageWords(view),
): ReactNode {
  const { claim, speaker, party, source } = view;
  const accent = accentOf(party.colour);
  const direct = claim.speech === 'direct';
  const drawn = previewDraws(claim.quote.textQuoteSelector.exact);
  const when = words.statedAt ? ` · ${words.statedAt}` : '';
  return box(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      background: '#fafaf9',
      color: '#1c1917',
      fontFamily: 'Noto Sans',
    },
    box({ width: 24, height: '100%', background: accent }),
    box(
      { display: 'flex', flexDirection: 'column', flex: 1, padding: '48px 64px' },
      box(
        { display: 'flex', alignItems: 'center', gap: 20, fontSize: 34 },
        box(
          {
            background: accent,
            color: 'white',
            fontWeight: 700,
            padding: '4px 16px',
            borderRadius: 8,
          },
          party.label.toUpperCase(),
        ),
        box({ fontWeight: 700 }, speaker.name),
      ),
      box(
        { fontSize: 26, color: '#57534e', marginTop: 8 },
        `${speakerRole(speaker) ?? party.name}${when}`,
      ),
      box(
        {
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          justifyContent: 'center',
          borderLeft: `8px ${direct ? 'solid' : 'dashed'} ${accent}`,
          paddingLeft: 32,
          margin: '24px 0',
        },
        ...(direct || !drawn
          ? []
          : [
              box(
                { fontSize: 26, fontWeight: 700, color: '#57534e', marginBottom: 12 },
                words.leadIn,
              ),
            ]),
        drawn ? quoteWords(view, words.marks) : wordsElsewhere(view, words),
      ),
      box(
        { display: 'flex', justifyContent: 'space-between', fontSize: 24, color: '#57534e' },
        box({}, `${words.speech} · ${shorten(source.publisher, 40)} · ${words.published}`),
        box({ fontWeight: 700, color: '#1c1917' }, siteName),
      ),
    ),
  );
}

/**
 * A claim's 1200×630 preview image as PNG (see {@link claimPreviewElement}); `with_` limits the
 * fonts, for a test that must tell drawn glyphs from empty boxes.
 */
export function claimPreviewImage(
  view: ClaimView,
  siteName: string,
  with_?: PreviewFonts,
  words?: ClaimImageWords,
) {
  return toPng(claimPreviewElement(view, siteName, words), with_);
}

/**
 * The preview image of the site's other pages, as the element satori draws: the name, what it
 * compares, and the parties' accents.
 */
export function sitePreviewElement(
  siteName: string,
  tagline: string,
  colours: (PartyColour | undefined)[],
): ReactNode {
  return box(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'center',
      padding: '64px 80px',
      background: '#fafaf9',
      color: '#1c1917',
      fontFamily: 'Noto Sans',
    },
    box(
      { display: 'flex', gap: 16, marginBottom: 40 },
      ...colours.map((colour) => box({ width: 120, height: 16, background: accentOf(colour) })),
    ),
    box({ fontSize: 72, fontWeight: 700, lineHeight: 1.1, width: 1040 }, siteName),
    box({ fontSize: 36, color: '#44403c', marginTop: 24, lineHeight: 1.3, width: 1040 }, tagline),
  );
}

/** The preview image of the site's other pages as PNG (see {@link sitePreviewElement}). */
export function sitePreviewImage(
  siteName: string,
  tagline: string,
  colours: (PartyColour | undefined)[],
) {
  return toPng(sitePreviewElement(siteName, tagline, colours));
}

/** Options of {@link renderClaimPreviewImages}. */
export type RenderPreviewImagesOptions = {
  /**
   * Worker threads to render in; 1 renders in this thread. Default: one per CPU core, or 1 for
   * fewer than 100 claims.
   */
  concurrency?: number;
  /** The words the images say, in the build's interface language (default English). */
  words?: PreviewWords;
  /** The interface language's tag, in which languages are named (default `en`). */
  language?: string;
};

/** A claim for a preview image worker (preview-image-worker.ts) to render, with its words. */
export type PreviewImageJob = { view: ClaimView; siteName: string; words: ClaimImageWords };
/** A worker's answer: the claim's PNG (a Uint8Array once it has crossed threads). */
export type PreviewImageResult = { claimId: string; png: Uint8Array };

/** Claims each worker holds at once, so it never waits for this thread between images. */
const jobsPerWorker = 2;

/**
 * Images a worker draws before it is replaced. resvg 2.6 keeps each image's pixels (about
 * 3 MB) outside the JavaScript heap, and no garbage collection gives them back
 * (github.com/thx/resvg-js/issues/216): workers kept for all 10,000 claims of the bench's
 * corpus grew the build to 8 GB. A thread's memory is all given back when it ends. Measured on
 * 3,000 claims, each image a worker keeps adds about 3.5 MB to the peak (100 per worker:
 * 1.8 GB; 50: 1.45 GB), and the 10,000-claim build reached 2.07 GB at 100; a fresh pair every
 * 120 images keeps it within 2 GB, at a second or so of loading each time.
 */
const imagesPerWorker = 60;

/** A worker takes a second or two to load, as long as some 50 images take in this thread. */
const minClaimsForWorkers = 100;

/**
 * Renders every claim's preview image, in worker threads when there are several cores, and
 * hands each one to `write` as it is done (in no particular order). Falls back to this thread
 * when workers cannot start. Each image's words are made here, from the words given (the
 * build's), and sent with its claim.
 */
export async function renderClaimPreviewImages(
  views: readonly ClaimView[],
  siteName: string,
  write: (claimId: string, png: Buffer) => void,
  {
    concurrency = views.length < minClaimsForWorkers ? 1 : availableParallelism(),
    words = english,
    language = 'en',
  }: RenderPreviewImagesOptions = {},
): Promise<void> {
  const jobs = views.map((view) => ({
    view,
    siteName,
    words: claimImageWords(view, words, language),
  }));
  const count = Math.min(concurrency, jobs.length);
  // Fresh workers for each stretch of claims (see imagesPerWorker).
  const stretch = imagesPerWorker * Math.max(count, 1);
  for (let start = 0; start < jobs.length; start += stretch) {
    const workers = await startWorkers(count);
    if (workers.length === 0) {
      for (const job of jobs.slice(start)) {
        write(job.view.claim.id, await claimPreviewImage(job.view, siteName, 'all', job.words));
      }
      return;
    }
    try {
      await renderInWorkers(workers, jobs.slice(start, start + stretch), write);
    } finally {
      for (const worker of workers) worker.removeAllListeners('message'); // no writes after a failure
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  }
}

/** Deals the claims out to the workers as they finish; settles once every image is written. */
function renderInWorkers(
  workers: Worker[],
  jobs: readonly PreviewImageJob[],
  write: (claimId: string, png: Buffer) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const pending = jobs.values();
    let left = jobs.length;
    const feed = (worker: Worker) => {
      const next = pending.next();
      if (next.done) return;
      worker.postMessage(next.value);
    };
    for (const worker of workers) {
      worker.on('message', ({ claimId, png }: PreviewImageResult) => {
        try {
          write(claimId, Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        } catch (error) {
          reject(error);
          return;
        }
        if (--left === 0) resolve();
        else feed(worker);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`A preview image worker exited (${code}).`)));
      for (let i = 0; i < jobsPerWorker; i++) feed(worker);
    }
  });
}

/**
 * Starts `count` preview image workers and waits until each has loaded, or returns none when
 * they cannot run (see preview-image-worker-loader.js for how they load).
 */
async function startWorkers(count: number): Promise<Worker[]> {
  if (count < 2) return [];
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) {
      workers.push(new Worker(new URL('./preview-image-worker-loader.js', import.meta.url)));
    }
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`exited (${code}) while loading`)));
          }),
      ),
    );
    for (const worker of workers) {
      for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
    }
    return workers;
  } catch (error) {
    console.warn(`Preview images render in one thread: workers did not start (${String(error)}).`);
    await Promise.all(workers.map((worker) => worker.terminate()));
    return [];
  }
}
