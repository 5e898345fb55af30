/**
 * The article in a saved web page: its text, as the plain text that becomes the archived copy,
 * and what the page's own metadata says of it (headline, publisher, byline, publication date,
 * canonical address). Mozilla Readability, the engine of Firefox's reader view, finds the
 * article; linkedom gives it a DOM without a browser. Nothing is guessed: a field the page does
 * not state is left out, for the author to give.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import {
  articleHeadline,
  bylineOf,
  canonicalUrl,
  publishedDay,
  publisherOf,
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
    ...(bylineGuess ? { bylineGuess } : {}),
  };
}
