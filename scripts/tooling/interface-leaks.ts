/**
 * Finds the interface's words that do not come from a words file, in a build made with the
 * `pseudo` interface language (scripts/site/interface-words.ts), where every word of a words
 * file is wrapped in `⟦ ⟧`. What a page shows outside the marks must be the dossier's: a
 * piece of one of its texts, a number, a date, or the words `Intl` puts between list items.
 * Anything else is a word written in the code, which a dossier in another language would show
 * in English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { pseudoClose, pseudoOpen } from '../../src/lib/pseudo-words.ts';

/** The attributes whose values a reader hears or sees. */
export const spokenAttributes = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];

/** The texts a dossier's pages may show outside the marks, and what `Intl` adds to them. */
export type DossierTexts = { texts: string; intlWords: Set<string> };

/** Every string of a compiled corpus (`data/corpus.json`) and of its source texts. */
export function dossierTexts(corpus: unknown, sourceTexts: readonly string[], language: string) {
  const strings: string[] = [...sourceTexts];
  const collect = (value: unknown) => {
    if (typeof value === 'string') strings.push(value.normalize('NFC'));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(corpus);
  const words = intlWords(language);
  // The names `Intl` gives the languages the dossier's words are in.
  const names = new Intl.DisplayNames([language], { type: 'language' });
  for (const tag of languageTags(corpus)) {
    for (const word of names.of(tag)?.match(/\p{L}+/gu) ?? []) words.add(word);
  }
  return { texts: strings.join('\u0000'), intlWords: words } satisfies DossierTexts;
}

/** Every `language` a compiled corpus names. */
function languageTags(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((each) => languageTags(each, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, each] of Object.entries(value)) {
      if (key === 'language' && typeof each === 'string') found.add(each);
      else languageTags(each, found);
    }
  }
  return found;
}

/** Month and weekday names, and the words between list items, in `language`. */
function intlWords(language: string): Set<string> {
  const found = new Set<string>();
  const add = (text: string) => {
    for (const word of text.match(/\p{L}+/gu) ?? []) found.add(word);
  };
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2000, month, 3));
    for (const style of ['long', 'short'] as const) {
      add(new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' }).format(date));
      add(new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(date));
    }
  }
  for (const type of ['conjunction', 'disjunction'] as const) {
    add(new Intl.ListFormat(language, { type }).format(['1', '2', '3']));
  }
  return found;
}

/**
 * The pieces of `text` outside the marks that are not the dossier's, given how deep in marks
 * it starts; and how deep it ends. A piece is what lies between marks, less punctuation,
 * digits and `Intl`'s words at its ends.
 */
export function strayPieces(
  text: string,
  dossier: DossierTexts,
  depth = 0,
): { stray: string[]; depth: number } {
  const stray: string[] = [];
  let piece = '';
  const settle = () => {
    const words = piece
      .normalize('NFC')
      .split(/[\s\p{P}\p{S}\p{N}]+/u)
      .filter((word) => word !== '');
    if (!isTheDossiers(words, dossier) && !composedOfTheDossiers(piece, dossier)) {
      stray.push(piece.trim());
    }
    piece = '';
  };
  // An address is the site's, not words.
  for (const character of text.replace(/\bhttps?:\/\/\S+/g, ' ')) {
    if (character === pseudoOpen) {
      if (depth === 0) settle();
      depth++;
    } else if (character === pseudoClose) {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0) {
      piece += character;
    }
  }
  settle();
  return { stray, depth };
}

/**
 * Whether the words are the dossier's: in that order in one of its texts, or, split at the
 * words `Intl` puts between list items and dates, each part in one.
 */
function isTheDossiers(words: readonly string[], dossier: DossierTexts): boolean {
  if (words.length === 0 || includesWords(dossier.texts, words)) return true;
  const parts: string[][] = [[]];
  for (const word of words) {
    if (dossier.intlWords.has(word)) parts.push([]);
    else parts.at(-1)?.push(word);
  }
  const nonEmpty = parts.filter((part) => part.length > 0);
  return (
    nonEmpty.length < parts.length && nonEmpty.every((part) => includesWords(dossier.texts, part))
  );
}

/**
 * Whether a piece is the dossier's texts set side by side with punctuation between (`summary —
 * speaker (party)`): each part between punctuation marks that touch a space is the dossier's.
 */
function composedOfTheDossiers(piece: string, dossier: DossierTexts): boolean {
  const parts = piece.normalize('NFC').split(/\s*[\p{P}\p{S}]+\s+|\s+[\p{P}\p{S}]+\s*|[()]/u);
  return parts.every((part) =>
    isTheDossiers(
      part.split(/[\s\p{P}\p{S}\p{N}]+/u).filter((word) => word !== ''),
      dossier,
    ),
  );
}

/** Whether the words occur in that order in one of the texts, with anything but letters between. */
function includesWords(texts: string, words: readonly string[]): boolean {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('[^\\p{L}\\u0000]*'), 'u').test(texts);
}

/** What a reader gets of a page: its texts in document order, and the values it hears. */
export type PageTexts = { texts: string[]; heard: string[] };

/**
 * What a page shows in `document`: the text of each text node in document order, and the
 * spoken attributes, title and description; leaving out code and what says `translate="no"`
 * (HTML's mark for what is not to be translated: a BibTeX entry). Runs in Chromium as well
 * (`page.evaluate`), so it uses nothing from outside.
 */
export function pageTexts(document: Document, attributes: readonly string[]): PageTexts {
  const heard = [
    document.title,
    ...['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:image:alt'].map(
      (name) =>
        document
          .querySelector(`meta[name="${name}"], meta[property="${name}"]`)
          ?.getAttribute('content') ?? '',
    ),
  ];
  for (const element of document.body.querySelectorAll('*')) {
    if (element.closest('[translate="no"]')) continue;
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (value) heard.push(value);
    }
  }
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, template, [translate="no"]')) continue;
    // With scripts on, a browser keeps what `<noscript>` holds as one raw text: its words are
    // checked where a parser without scripts (the prerendered pages' check) reads them as text.
    if (node.parentElement?.localName === 'noscript') continue;
    texts.push(node.textContent ?? '');
  }
  return { texts, heard };
}

/** The pieces of a page's texts that are stray: neither in marks nor the dossier's. */
export function strayInTexts({ texts, heard }: PageTexts, dossier: DossierTexts): string[] {
  const stray = heard.flatMap((value) => strayPieces(value, dossier).stray);
  // A mark may open in one text node and close in another, around an element.
  let depth = 0;
  for (const text of texts) {
    const found = strayPieces(text, dossier, depth);
    for (const piece of found.stray) stray.push(piece);
    depth = found.depth;
  }
  return stray;
}

/** What is stray on one page of built HTML. */
export function strayOnPage(html: string, dossier: DossierTexts): string[] {
  const { document } = parseHTML(html);
  return strayInTexts(pageTexts(document as unknown as Document, spokenAttributes), dossier);
}

/** The dossier texts of a build in `outDir`: its compiled corpus and archived source texts. */
export function dossierTextsOfBuild(outDir: string, language: string): DossierTexts {
  const corpus: unknown = JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8'));
  const sourcesDir = join(outDir, 'data/sources');
  const sourceTexts = readdirSync(sourcesDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(sourcesDir, file), 'utf8'));
  return dossierTexts(corpus, sourceTexts, language);
}

/** Each built page (`*.html`) of `outDir` with what is stray on it. */
export function strayInBuild(outDir: string, language: string): Map<string, string[]> {
  const dossier = dossierTextsOfBuild(outDir, language);
  const pages = new Map<string, string[]>();
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith(`data${sep}`)) continue;
    const stray = strayOnPage(readFileSync(join(outDir, file), 'utf8'), dossier);
    if (stray.length > 0) pages.set(relative('.', file), [...new Set(stray)]);
  }
  return pages;
}
