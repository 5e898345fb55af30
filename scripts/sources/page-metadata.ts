/**
 * What a saved news page states about itself, read from the places pages state it: Open Graph
 * and other `<meta>` tags, schema.org JSON-LD and microdata, Dublin Core, `rel=author` links and
 * the page's own `<h1>`. Each reader returns a value only when the page states it; nothing here
 * guesses. The forms come from real saved pages (tests/fixtures/real-pages).
 */
import { parsePartialDate } from '../../src/corpus/stated-at.ts';

/** Text with its runs of white space made single spaces, and trimmed. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a value is an address rather than a name (`article:author` often holds a URL). */
const isAddress = (text: string) => /^(?:https?:|mailto:|\/\/|www\.)/i.test(text.trim());

/** The `content` of the first `<meta>` with one of these names or properties that has one. */
export function metaContent(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const element of document.querySelectorAll(
      `meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}"]`,
    )) {
      const content = squeeze(element.getAttribute('content') ?? '');
      if (content) return content;
    }
  }
  return undefined;
}

/** Every JSON-LD object of the page, `@graph`s flattened; broken blocks are skipped. */
export function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    // Some sites wrap the JSON in a CDATA section, as XHTML once asked.
    const json = (script.textContent ?? '')
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
      .replace(/(?:\/\/\s*)?\]\]>\s*$/, '');
    try {
      visit(JSON.parse(json));
    } catch {
      // A page's broken structured data says nothing.
    }
  }
  return found;
}

/** The JSON-LD objects that describe an article (NewsArticle, ReportageNewsArticle, …). */
function ldArticles(document: Document): Record<string, unknown>[] {
  return jsonLdObjects(document).filter((one) =>
    [one['@type']].flat().some((type) => /Article|Posting|Report/.test(String(type))),
  );
}

/** The names in a JSON-LD value: a string, a Person or Organization, or a list of them. */
function ldNames(value: unknown): string[] {
  if (typeof value === 'string') return isAddress(value) || !squeeze(value) ? [] : [squeeze(value)];
  if (Array.isArray(value)) return value.flatMap(ldNames);
  if (value && typeof value === 'object' && 'name' in value) return ldNames(value.name);
  return [];
}

/** The first value a JSON-LD article gives for a key. */
function ldValue(document: Document, key: string): unknown {
  return ldArticles(document)
    .map((one) => one[key])
    .find((value) => value !== undefined && value !== null && value !== '');
}

/** The text of each `<h1>` of the page, in order, without empty ones. */
export function headings(document: Document): string[] {
  return [...document.querySelectorAll('h1')]
    .map((h1) => squeeze(h1.textContent ?? ''))
    .filter(Boolean);
}

/**
 * Separators sites put between a headline and their own name (or the section, or the author):
 * " - ", " | ", " – ", " — ", " :: ", " · ", " » ", and "_" as portals in Han script use it.
 */
const separator = /\s+[-|–—·»]\s+|\s+::\s+|_/u;

/** A name folded for comparison: lowercase letters and digits only. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a title's trailing part names the site (or the author): "BBC News", "Aktuálně.cz". */
function namesTheSite(part: string, names: string[]): boolean {
  const folded = fold(part);
  if (folded.length < 2) return false;
  return names.some((name) => {
    const other = fold(name);
    return (
      other.length >= 2 &&
      (other === folded || other.startsWith(folded) || folded.startsWith(other))
    );
  });
}

/**
 * A title with the parts that name the site, its section or the author taken off its end
 * ("Obama admits … - BBC News" → "Obama admits …"): a part goes only when it names one of
 * `names` or, once one has gone, when it is a short section name before it ("_科技_腾讯网").
 */
export function withoutSiteSuffix(title: string, names: string[]): string {
  const parts: string[] = [];
  const separators: string[] = [];
  let rest = title;
  for (let match = separator.exec(rest); match; match = separator.exec(rest)) {
    parts.push(rest.slice(0, match.index));
    separators.push(match[0]);
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(rest);
  let end = parts.length;
  while (end > 1 && namesTheSite(parts[end - 1] ?? '', names)) end--;
  // A section between the headline and the site's name ("_科技_腾讯网"): short, and only when
  // the site's name was there to take off.
  if (end < parts.length) {
    while (end > 1 && [...(parts[end - 1] ?? '')].length <= 4) end--;
  }
  return squeeze(
    parts
      .slice(0, end)
      .map((part, i) => (i === 0 ? part : `${separators[i - 1] ?? ''}${part}`))
      .join(''),
  );
}

/** What the page states of its headline: the one it shows, and the one its metadata gives. */
export type HeadlineFound = {
  /** The headline, as the page shows it when it shows one (its `<h1>`), else as its metadata says. */
  headline?: string;
  /** The `<h1>` that shows it on the page, when one does. */
  shown?: string;
};

/**
 * The article's own headline. The metadata's titles (Open Graph, JSON-LD, Dublin Core,
 * `<title>`) often carry the site's name, section or author after a separator; the `<h1>` is
 * the headline as the reader sees it. The headline is the `<h1>` that a title, its suffix taken
 * off, agrees with; else the page's only `<h1>` that is not the site's name; else the first
 * title with its suffix taken off.
 */
export function articleHeadline(document: Document, siteNames: string[]): HeadlineFound {
  const titles = [
    metaContent(document, 'og:title', 'twitter:title'),
    ldNames(ldValue(document, 'headline'))[0],
    metaContent(document, 'DC.title', 'dcterms.title', 'headline'),
    squeeze(document.querySelector('title')?.textContent ?? '') || undefined,
  ].filter((title): title is string => title !== undefined);
  const cleaned = titles.map((title) => withoutSiteSuffix(title, siteNames));
  const shownHeadings = headings(document).filter((text) => !namesTheSite(text, siteNames));
  const agreed = shownHeadings.find((text) =>
    [...titles, ...cleaned].some((title) => fold(title) === fold(text)),
  );
  if (agreed) return { headline: agreed, shown: agreed };
  if (shownHeadings.length === 1) return { headline: shownHeadings[0], shown: shownHeadings[0] };
  return cleaned[0] ? { headline: cleaned[0] } : {};
}

/**
 * The name schema.org microdata gives a property (`itemprop="author"`, `"publisher"`): the
 * element's `content`, else its `itemprop="name"` child's content or text, else its own text.
 */
function microdataName(document: Document, property: string): string | undefined {
  for (const element of document.querySelectorAll(`[itemprop~="${property}"]`)) {
    const nameElement = element.querySelector('[itemprop~="name"]');
    const named =
      element.getAttribute('content') ??
      nameElement?.getAttribute('content') ??
      nameElement?.textContent ??
      element.textContent;
    const name = squeeze(named ?? '');
    if (name && !isAddress(name)) return name;
  }
  return undefined;
}

/**
 * Who published the page: its site name, else its JSON-LD, Dublin Core or microdata publisher.
 * A site name with a tagline ("Aktuálně.cz - Víte, co se právě děje") gives the part its own
 * titles end with ("… | Aktuálně.cz").
 */
export function publisherOf(document: Document): string | undefined {
  const stated = statedPublisher(document);
  if (!stated) return undefined;
  const parts = stated.split(separator).map(squeeze).filter(Boolean);
  if (parts.length < 2) return stated;
  const titles = [metaContent(document, 'og:title'), document.querySelector('title')?.textContent]
    .filter((title): title is string => Boolean(title))
    .map((title) => fold(title));
  return parts.find((part) => titles.some((title) => title.endsWith(fold(part)))) ?? stated;
}

function statedPublisher(document: Document): string | undefined {
  return (
    metaContent(document, 'og:site_name') ??
    ldNames(ldValue(document, 'publisher'))[0] ??
    metaContent(document, 'DC.publisher', 'dcterms.publisher') ??
    microdataName(document, 'publisher')
  );
}

/**
 * Who wrote the article, as its metadata names them: `<meta name=author>`, the JSON-LD
 * article's authors, schema.org microdata (`itemprop=author`), `article:author` or Dublin
 * Core's creator when they hold a name (not an address), or a `rel=author` link's text.
 */
export function bylineOf(document: Document): string | undefined {
  const fromMeta = metaContent(
    document,
    'author',
    'article:author',
    'og:article:author',
    'parsely-author',
    'sailthru.author',
  );
  if (fromMeta && !isAddress(fromMeta)) return fromMeta;
  const fromLd = [...new Set(ldNames(ldValue(document, 'author')))];
  if (fromLd.length > 0) return fromLd.join(', ');
  const fromMicrodata = microdataName(document, 'author');
  if (fromMicrodata) return fromMicrodata;
  const creator = metaContent(document, 'DC.creator', 'dcterms.creator');
  if (creator && !isAddress(creator)) return creator;
  for (const link of document.querySelectorAll('a[rel~="author"]')) {
    const name = squeeze(link.textContent ?? '');
    if (name && !isAddress(name)) return name;
  }
  return undefined;
}

const months = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** `YYYY-MM-DD` when the numbers make a real calendar day (the corpus's own date rule). */
function calendarDay(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parsePartialDate(text)?.day === undefined ? undefined : text;
}

/**
 * The calendar day a date as pages write it names, in the page's own time (never converted):
 * ISO 8601 (`2019-04-28T06:01:07`, `2019-04-28 06:01:07`), `2019/04/28`, `20170113`,
 * "Fri Mar 13 21:30:09 EST 2015", "March 25, 2015", "Jan. 13, 2017", "13 March 2015".
 */
export function dayOf(text: string | null | undefined): string | undefined {
  const value = squeeze(text ?? '');
  const numeric = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(value);
  if (numeric) return calendarDay(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/.exec(value);
  if (compact) return calendarDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const monthAt = (name: string) => months.indexOf(name.slice(0, 3).toLowerCase() as never) + 1;
  const monthName = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
  const monthFirst = new RegExp(
    `\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b[^\\d]*?(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[A-Za-z]*\\s+)?(\\d{4})\\b`,
    'i',
  ).exec(value);
  if (monthFirst)
    return calendarDay(Number(monthFirst[3]), monthAt(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const dayFirst = new RegExp(`\\b(\\d{1,2})\\.?\\s+${monthName}\\s+(\\d{4})\\b`, 'i').exec(value);
  if (dayFirst)
    return calendarDay(Number(dayFirst[3]), monthAt(dayFirst[2] ?? ''), Number(dayFirst[1]));
  return undefined;
}

/**
 * When the article was published, as a calendar day: from the first of the tags pages use for
 * it that holds a date (Open Graph's `article:published_time` and its variants, schema.org's
 * `datePublished` in JSON-LD or microdata, Dublin Core, and the names news systems use).
 */
export function publishedDay(document: Document): string | undefined {
  const stated = [
    metaContent(
      document,
      'article:published_time',
      'article:published',
      'og:published_time',
      'article:publicationdate',
      'datePublished',
      'publishdate',
      'publish-date',
      'pubdate',
      'pdate',
      'parsely-pub-date',
      'sailthru.date',
      'DC.date.issued',
      'dcterms.issued',
      'DC.date',
      'dcterms.date',
      'DCSext.articleFirstPublished',
      'date',
    ),
    String(ldValue(document, 'datePublished') ?? ''),
    document.querySelector('[itemprop~="datePublished"]')?.getAttribute('datetime'),
    document.querySelector('[itemprop~="datePublished"]')?.getAttribute('content'),
    document.querySelector('time[pubdate]')?.getAttribute('datetime'),
  ];
  for (const value of stated) {
    const day = dayOf(value);
    if (day) return day;
  }
  return undefined;
}

/** The canonical address: `<link rel=canonical>`, else `og:url`; http(s) only. */
export function canonicalUrl(document: Document): string | undefined {
  const candidates = [
    document.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    metaContent(document, 'og:url'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not an absolute address: the page does not say where it lives.
    }
  }
  return undefined;
}

/**
 * The language a page says it is in, as a canonical BCP 47 tag: its `<html lang>`, else its
 * `og:locale` (`ko_KR` is `ko-KR`), else a `Content-Language` it declares; undefined when it
 * says none that is a tag.
 */
export function pageLanguage(document: Document): string | undefined {
  const candidates = [
    document.documentElement?.getAttribute('lang'),
    document.documentElement?.getAttribute('xml:lang'),
    metaContent(document, 'og:locale')?.replace('_', '-'),
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const tag = candidate?.split(',')[0]?.trim();
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical && /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(canonical)) return canonical;
    } catch {
      // Not a language tag ("english", "x"): the next place may say it.
    }
  }
  return undefined;
}
