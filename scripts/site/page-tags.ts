/**
 * The tags the prerenderer puts around each page's HTML: its head (title, description,
 * canonical URL, Open Graph, Twitter, JSON-LD), the content policy, the data it carries, and
 * the script that starts the app once the page has painted. Rendered by React, which escapes every attribute and text, so nothing from the
 * corpus can become markup (no JSX here: the scripts run under tsx without a JSX setting).
 */
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { pageDataId } from '../../src/app/page-data-id.ts';
import type { PageHead } from '../../src/app/routes.ts';
import { startScript } from '../../src/app/start-script.ts';
import type { Site } from '../../src/sharing/page-meta.ts';
import { contentSecurityPolicy } from './content-policy.ts';
import { feedTypes } from './feeds.ts';

/**
 * JSON for a `<script>` element: with `<` written as `\u003c` (and the two line separators
 * escaped), nothing in it can close the element or start a comment, whatever the data holds.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

/** What a page's `<head>` holds besides the template's own tags. */
export type HeadParts = {
  head: PageHead;
  site: Site;
  /** BCP 47 tag of the dossier's language, which the page is in. */
  language: string;
  /** The site's feeds, for readers to follow it from any page: their title and addresses. */
  feeds?: { title: string; atom: string; json: string };
};

/**
 * Open Graph's locale, `language_TERRITORY`, for a BCP 47 tag: its own region, or else the
 * likeliest one (`en-GB` gives `en_GB`, `ko` gives `ko_KR`, `zh-Hant` gives `zh_TW`).
 */
export function ogLocale(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

/** Renders elements one per line, as the template lays out its own head. */
function render(...nodes: ReactNode[]): string {
  return nodes
    .filter((node) => node !== undefined && node !== false && node !== '')
    .map((node) => renderToStaticMarkup(node))
    .join('\n    ');
}

/** The page's own `<head>` tags. */
export function headTags({ head, site, language, feeds }: HeadParts): string {
  const { meta, jsonLd } = head;
  const named = (name: string, content: string | number) =>
    h('meta', { key: name, name, content: String(content) });
  const property = (key: string, content: string | number) =>
    h('meta', { key, property: key, content: String(content) });
  return render(
    h('title', null, meta.title),
    named('description', meta.description),
    meta.canonical !== undefined && h('link', { rel: 'canonical', href: meta.canonical }),
    property('og:site_name', site.name),
    property('og:type', meta.type),
    property('og:title', meta.title),
    property('og:description', meta.description),
    meta.canonical !== undefined && property('og:url', meta.canonical),
    property('og:image', meta.image.url),
    property('og:image:width', meta.image.width),
    property('og:image:height', meta.image.height),
    property('og:image:alt', meta.image.alt),
    property('og:locale', ogLocale(language)),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', meta.image.url),
    named('twitter:image:alt', meta.image.alt),
    feeds !== undefined &&
      h('link', {
        rel: 'alternate',
        type: feedTypes.atom,
        title: feeds.title,
        href: feeds.atom,
      }),
    feeds !== undefined &&
      h('link', {
        rel: 'alternate',
        type: feedTypes.json,
        title: feeds.title,
        href: feeds.json,
      }),
    jsonLd !== undefined && h('script', { type: 'application/ld+json' }, scriptJson(jsonLd)),
  );
}

/**
 * What opens the head, before anything it governs: the content policy, then the page's inline
 * scripts (run before any paint).
 */
export function policyTags(inlineScripts: readonly string[]): string {
  return render(
    h('meta', { httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy }),
    ...inlineScripts.map((script) => h('script', { key: script }, script)),
  );
}

/** The app's root element holding the prerendered HTML, and the data the page carries. */
export function rootTags(path: string, body: string, embedded: Record<string, string>): string {
  const root = render(h('div', { id: 'root', 'data-prerendered-path': path }));
  const close = '</div>';
  if (!root.endsWith(close)) throw new Error(`unexpected root element: ${root}`);
  // Source texts first: they repeat the words the markup just above renders, and gzip finds a
  // repeat only within the last 32 KB. Behind the JSON files, a source page's text lay some
  // 50 KB from its markup and cost about a kilobyte more on the wire.
  const ordered = Object.fromEntries(
    Object.entries(embedded).sort(
      ([a], [b]) => Number(!a.endsWith('.txt')) - Number(!b.endsWith('.txt')),
    ),
  );
  const data = render(
    h('script', { type: 'application/json', id: pageDataId }, scriptJson(ordered)),
  );
  return `${root.slice(0, -close.length)}${body}${close}\n    ${data}`;
}

/** What a page's start script loads once the page has painted, each a URL under the base. */
export type PageCode = {
  /** The app's entry module. */
  entry: string;
  /** The modules of a page whose code loads on demand, preloaded beside the entry. */
  modules?: readonly string[];
  /** The data files the page fills in after (every party's answer on a claim's page). */
  preload?: readonly string[];
};

/**
 * The start script (`src/app/start-script.ts`), last in the body, with what it loads in its
 * attributes: no request for the app's code or data starts before the page has painted.
 */
export function startTags({ entry, modules = [], preload = [] }: PageCode): string {
  const list = (urls: readonly string[]) => (urls.length > 0 ? urls.join(' ') : undefined);
  return render(
    h(
      'script',
      { 'data-entry': entry, 'data-modules': list(modules), 'data-preload': list(preload) },
      startScript,
    ),
  );
}

/**
 * What a built page's start script loads, read back from its HTML (the build's own output, so
 * a pattern suffices): the initial assets and the tests read it here.
 */
export function readPageCode(html: string): Required<PageCode> | undefined {
  const tag = /<script data-entry="([^"]+)"([^>]*)>/.exec(html);
  if (!tag) return undefined;
  const attribute = (name: string) =>
    new RegExp(`\\sdata-${name}="([^"]*)"`).exec(tag[2] ?? '')?.[1]?.split(' ') ?? [];
  return { entry: tag[1] ?? '', modules: attribute('modules'), preload: attribute('preload') };
}
