/**
 * The tags the prerenderer puts around each page's HTML: its head (title, description,
 * canonical URL, Open Graph, Twitter, JSON-LD, preload hints), the content policy, and the data
 * it carries. Rendered by React, which escapes every attribute and text, so nothing from the
 * corpus can become markup (no JSX here: the scripts run under tsx without a JSX setting).
 */
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { pageDataId } from '../../src/app/page-data-id.ts';
import type { PageHead } from '../../src/app/routes.ts';
import type { Site } from '../../src/sharing/page-meta.ts';
import { contentSecurityPolicy } from './content-policy.ts';

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
  /** Data files to preload (paths under the base): the parts the page fills in after. */
  preload?: readonly string[];
  /** Module files to preload (URLs under the base): the code of a page that loads on demand. */
  modulePreload?: readonly string[];
};

/** Renders elements one per line, as the template lays out its own head. */
function render(...nodes: ReactNode[]): string {
  return nodes
    .filter((node) => node !== undefined && node !== false && node !== '')
    .map((node) => renderToStaticMarkup(node))
    .join('\n    ');
}

/** The page's own `<head>` tags. */
export function headTags({ head, site, preload = [], modulePreload = [] }: HeadParts): string {
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
    property('og:locale', 'en_GB'),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', meta.image.url),
    named('twitter:image:alt', meta.image.alt),
    jsonLd !== undefined && h('script', { type: 'application/ld+json' }, scriptJson(jsonLd)),
    ...preload.map((path) =>
      h('link', {
        key: path,
        rel: 'preload',
        href: `${site.base}${path}`,
        as: 'fetch',
        crossOrigin: 'anonymous',
      }),
    ),
    ...modulePreload.map((href) =>
      h('link', { key: href, rel: 'modulepreload', crossOrigin: '', href }),
    ),
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
  const data = render(
    h('script', { type: 'application/json', id: pageDataId }, scriptJson(embedded)),
  );
  return `${root.slice(0, -close.length)}${body}${close}\n    ${data}`;
}
