/**
 * The article in a saved web page: its text, as the plain text that becomes the archived copy,
 * and what the page's own metadata says of it (headline, publisher, byline, publication date,
 * canonical address). Mozilla Readability, the engine of Firefox's reader view, finds the
 * article; linkedom gives it a DOM without a browser. Nothing is guessed: a field the page does
 * not state is left out, for the author to give.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import * as z from 'zod/mini';
import type { Extractor } from '../../src/corpus/schema.ts';
import { decodeUtf8 } from '../corpus/read-records.ts';
import {
  articleHeadline,
  bylineOf,
  canonicalUrl,
  publishedDay,
  publisherOf,
  pageLanguage,
  squeeze,
} from './page-metadata.ts';

/** What a saved page proposes for its source record; each field only when the page says it. */
export type ArticleProposal = {
  headline?: string;
  publisher?: string;
  byline?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  /** The canonical address: `<link rel="canonical">`, else `og:url`; http(s) only. */
  url?: string;
  /** The dateline the text opens with ("PORT AVERNE - …"), when it has one. */
  dateline?: string;
  /** The language the page says it is in (BCP 47), from `<html lang>` or its metadata. */
  language?: string;
  /**
   * A byline found in the article's text by Readability when the page's metadata names no
   * author: a guess ("by Lucas Nolan22 Dec 2016651"), shown for the author to confirm and
   * never written unless given.
   */
  bylineGuess?: string;
};

/** A saved page's article: its plain text and the metadata the page gives. */
export type ExtractedArticle = ArticleProposal & { text: string };

/** Blocks whose text is a paragraph of its own in the plain text. */
const blocks = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th';

/** Reads a saved page (its HTML as text) and extracts its article and metadata. */
export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  // Read before Readability, which changes the document it is given.
  const url = canonicalUrl(document);
  const published = publishedDay(document);
  const language = pageLanguage(document);
  const publisher = publisherOf(document);
  const byline = bylineOf(document);
  const { headline, shown } = articleHeadline(
    document,
    [publisher, byline].filter((name): name is string => name !== undefined),
  );

  const article = new Readability(document as unknown as Document).parse();
  const paragraphs: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(
      `<!doctype html><html><body>${article.content}</body></html>`,
    );
    for (const block of content.querySelectorAll(blocks)) {
      // A block inside another (a paragraph in a quote) is the outer block's text already.
      if (block.parentElement?.closest(blocks)) continue;
      const text = squeeze(block.textContent ?? '');
      if (text) paragraphs.push(text);
    }
  }
  // The headline leads the archived text as the page shows it, above the article (Readability
  // leaves it out); a headline only the metadata gives is not the page's text.
  if (shown && paragraphs[0] !== shown) paragraphs.unshift(shown);
  const dateline = /^([\p{Lu}][\p{Lu} ./'-]{1,40}?)\s+[-–—•]\s/u.exec(
    paragraphs.find((paragraph) => paragraph !== shown) ?? '',
  )?.[1];
  const bylineGuess =
    byline === undefined && article?.byline ? squeeze(article.byline) || undefined : undefined;
  return {
    text: paragraphs.length > 0 ? `${paragraphs.join('\n\n')}\n` : '',
    ...(headline ? { headline } : {}),
    ...(publisher ? { publisher } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    ...(dateline ? { dateline } : {}),
    ...(language ? { language } : {}),
    ...(bylineGuess ? { bylineGuess } : {}),
  };
}

/**
 * The version of the rules above that lay Readability's article out as plain text (which
 * blocks are paragraphs, how white space is squeezed, the headline on top). Bump it whenever
 * they change, so a source records which rules made its text.
 */
export const articleTextRules = 1;

const packageJson = z.object({ version: z.string() });

/** The exact version of a package as installed, read from its own package.json. */
function installedVersion(name: string): string {
  return packageJson.parse(createRequire(import.meta.url)(`${name}/package.json`)).version;
}

/** The extractor as installed here: what a page's text is extracted, and re-extracted, with. */
export function installedExtractor(): Extractor {
  return {
    name: '@mozilla/readability',
    version: installedVersion('@mozilla/readability'),
    dom: `linkedom ${installedVersion('linkedom')}`,
    rules: articleTextRules,
  };
}

/** An extractor in words: "@mozilla/readability 0.6.0 on linkedom 0.18.15, text rules 1". */
export function describeExtractor({ name, version, dom, rules }: Extractor): string {
  return `${name} ${version} on ${dom}, text rules ${rules}`;
}

/** Whether two extractors are the same programs at the same versions. */
export function sameExtractor(a: Extractor, b: Extractor): boolean {
  return describeExtractor(a) === describeExtractor(b);
}

/** A saved page read: its article and metadata, or why it cannot be read, in words. */
export type PageReading = { ok: true; article: ExtractedArticle } | { ok: false; reason: string };

/**
 * Reads a saved page's bytes as adding a source does, and as the verifier does again to
 * re-check an archived text: decoded as UTF-8, else in the encoding the page declares, then
 * its article extracted. `fileName` only names the page in the reasons.
 */
export function readPage(fileName: string, bytes: Uint8Array): PageReading {
  const html = decodeUtf8(bytes) ?? decodeDeclared(bytes);
  if (html === undefined) {
    return {
      ok: false,
      reason: `${fileName} is not valid UTF-8 text, nor in an encoding it declares`,
    };
  }
  if (!/<(?:!doctype|html|head|body|article|main|div|p|h1)\b/i.test(html)) {
    return {
      ok: false,
      reason: `${fileName} holds no HTML markup: save the page itself ("Web page, complete" or "HTML only"), or name a plain text .txt`,
    };
  }
  let article;
  try {
    article = extractArticle(html);
  } catch (error) {
    return {
      ok: false,
      reason: `${fileName} could not be read as a web page (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (article.text.trim() === '') return { ok: false, reason: `${fileName} holds no article text` };
  return { ok: true, article };
}

/**
 * A page's text in the encoding its markup declares (`<meta charset>` or the
 * `http-equiv="Content-Type"` tag, within the first 1,024 bytes as the HTML standard reads it);
 * undefined when it declares none the platform knows or its bytes are not of that encoding.
 */
function decodeDeclared(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
