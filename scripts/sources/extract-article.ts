/**
 * The article in a saved web page: its text, as the plain text that becomes the archived copy,
 * and what the page's own metadata says of it (headline, publisher, byline, publication date,
 * canonical address). Mozilla Readability, the engine of Firefox's reader view, finds the
 * article; linkedom gives it a DOM without a browser. Nothing is guessed: a field the page does
 * not state is left out, for the author to give.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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
};

/** A saved page's article: its plain text and the metadata the page gives. */
export type ExtractedArticle = ArticleProposal & { text: string };

/** Blocks whose text is a paragraph of its own in the plain text. */
const blocks = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th';

/** Text with its runs of white space made single spaces, and trimmed. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function httpUrl(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The calendar day of an ISO 8601 date or date-time, as the page wrote it. */
function isoDay(text: string | null | undefined): string | undefined {
  return /^\s*(\d{4}-\d{2}-\d{2})/.exec(text ?? '')?.[1];
}

/** Every JSON-LD object of the page, `@graph`s flattened; broken blocks are skipped. */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken structured data says nothing.
    }
  }
  return found;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return squeeze(value) || undefined;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && 'name' in value) return nameOf(value.name);
  return undefined;
}

/** Reads a saved page (its HTML as text) and extracts its article and metadata. */
export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const meta = (key: string) =>
    document
      .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
      ?.getAttribute('content')
      ?.trim() || undefined;
  const articles = jsonLdObjects(document).filter((one) =>
    /Article|Posting|Report/.test(String(one['@type'] ?? '')),
  );
  const ld = (key: string) => articles.map((one) => one[key]).find((value) => value !== undefined);
  // Read before Readability, which changes the document it is given.
  const url =
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    httpUrl(meta('og:url'));
  const published =
    isoDay(meta('article:published_time')) ??
    isoDay(typeof ld('datePublished') === 'string' ? (ld('datePublished') as string) : undefined) ??
    isoDay(meta('date')) ??
    isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const publisher = meta('og:site_name') ?? nameOf(ld('publisher'));
  const byline = meta('author') ?? nameOf(ld('author'));
  const metaHeadline = meta('og:title') ?? nameOf(ld('headline'));

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
  const headline = metaHeadline ?? (article?.title ? squeeze(article.title) : undefined);
  // The headline leads the archived text, as on the page, unless the article repeats it.
  if (headline && paragraphs[0] !== headline) paragraphs.unshift(headline);
  const dateline = /^([\p{Lu}][\p{Lu} ./'-]{1,40}?)\s+[-–—•]\s/u.exec(paragraphs[1] ?? '')?.[1];
  const byWho = byline ?? (article?.byline ? squeeze(article.byline) : undefined);
  return {
    text: `${paragraphs.join('\n\n')}\n`,
    ...(headline ? { headline } : {}),
    ...(publisher ? { publisher } : {}),
    ...(byWho ? { byline: byWho } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    ...(dateline ? { dateline } : {}),
  };
}
