/**
 * The sitemap of a built site (sitemaps.org protocol 0.9): the canonical URL of every page that
 * has one. A sitemap file holds at most 50,000 URLs; a larger site gets several, listed by a
 * sitemap index at `sitemap.xml`, so search engines always start from the same address.
 */

/** The most URLs one sitemap file may hold (the protocol's limit). */
export const sitemapUrlLimit = 50_000;

/** A file to write into the built site: its path there, and its text. */
export type SiteFile = { path: string; content: string };

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>\n';
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** Text as XML character data: the five characters XML reserves, escaped. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A sitemap of these URLs. */
export const urlset = (urls: readonly string[]) =>
  `${xmlHead}<urlset xmlns="${namespace}">\n${urls.map((url) => `  <url><loc>${xmlText(url)}</loc></url>\n`).join('')}</urlset>\n`;

/**
 * The sitemap files for the pages' absolute URLs, in the order given: `sitemap.xml` alone, or
 * an index at `sitemap.xml` of `sitemap-1.xml`, `sitemap-2.xml`… when there are more than
 * `limit` URLs. `siteUrl` is the site's absolute address with its base, ending in `/`.
 */
export function sitemapFiles(
  urls: readonly string[],
  siteUrl: string,
  limit = sitemapUrlLimit,
): SiteFile[] {
  if (urls.length <= limit) return [{ path: 'sitemap.xml', content: urlset(urls) }];
  const parts: SiteFile[] = [];
  for (let start = 0; start < urls.length; start += limit) {
    parts.push({
      path: `sitemap-${parts.length + 1}.xml`,
      content: urlset(urls.slice(start, start + limit)),
    });
  }
  const index = sitemapIndex(parts.map((part) => `${siteUrl}${part.path}`));
  return [{ path: 'sitemap.xml', content: index }, ...parts];
}

/** A sitemap index of these sitemaps' URLs. */
export function sitemapIndex(sitemaps: readonly string[]): string {
  return `${xmlHead}<sitemapindex xmlns="${namespace}">\n${sitemaps.map((url) => `  <sitemap><loc>${xmlText(url)}</loc></sitemap>\n`).join('')}</sitemapindex>\n`;
}

/** The site's robots.txt: every page may be crawled, and the sitemap is where it says. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${siteUrl}sitemap.xml\n`;
}
