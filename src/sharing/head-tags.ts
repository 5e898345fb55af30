import type { PageMeta, Site } from './page-meta.ts';

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

/**
 * The `<head>` tags of a prerendered page: title, description, canonical, Open Graph, Twitter,
 * JSON-LD, and preload hints for the data the page hydrates with (`preload` paths, under the
 * base), so those fetches start with the HTML instead of after the script runs.
 */
export function headTags(
  meta: PageMeta,
  site: Site,
  jsonLd?: object,
  preload: readonly string[] = [],
): string {
  const tag = (attribute: 'name' | 'property', key: string, content: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(String(content))}" />`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('name', 'description', meta.description),
    meta.canonical ? `<link rel="canonical" href="${escapeHtml(meta.canonical)}" />` : '',
    tag('property', 'og:site_name', site.name),
    tag('property', 'og:type', meta.type),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    meta.canonical ? tag('property', 'og:url', meta.canonical) : '',
    tag('property', 'og:image', meta.image.url),
    tag('property', 'og:image:width', meta.image.width),
    tag('property', 'og:image:height', meta.image.height),
    tag('property', 'og:image:alt', meta.image.alt),
    tag('property', 'og:locale', 'en_GB'),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    tag('name', 'twitter:image', meta.image.url),
    tag('name', 'twitter:image:alt', meta.image.alt),
    jsonLd ? `<script type="application/ld+json">${scriptJson(jsonLd)}</script>` : '',
    ...preload.map(
      (path) =>
        `<link rel="preload" href="${escapeHtml(`${site.base}${path}`)}" as="fetch" crossorigin="anonymous" />`,
    ),
  ]
    .filter(Boolean)
    .join('\n    ');
}
