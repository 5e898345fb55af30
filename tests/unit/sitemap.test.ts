// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { robotsTxt, sitemapFiles } from '../../scripts/site/sitemap.ts';

const siteUrl = 'https://example.org/dossiers/hanoi/';
const urls = ['/', 'claims/a', 'claims/b&c', 'sources/x', "claims/it's"].map(
  (path) => `${siteUrl}${path.replace(/^\//, '')}`,
);

/** A file parsed as XML (jsdom's parser); throws on a malformed one. */
function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

const locs = (document: Document) =>
  [...document.getElementsByTagName('loc')].map((loc) => loc.textContent);

test('a sitemap lists every URL once, in order, escaped, in the protocol’s namespace', () => {
  const files = sitemapFiles(urls, siteUrl);
  expect(files.map((file) => file.path)).toEqual(['sitemap.xml']);
  const document = parseXml(files[0]?.content ?? '');
  expect(document.documentElement.localName).toBe('urlset');
  expect(document.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(locs(document)).toEqual(urls);
  expect(files[0]?.content).toContain('claims/b&#38;c');
});

test('past the limit, sitemap.xml is an index of sitemaps that hold every URL once', () => {
  const files = sitemapFiles(urls, siteUrl, 2);
  expect(files.map((file) => file.path)).toEqual([
    'sitemap.xml',
    'sitemap-1.xml',
    'sitemap-2.xml',
    'sitemap-3.xml',
  ]);
  const [index, ...parts] = files.map((file) => parseXml(file.content));
  expect(index?.documentElement.localName).toBe('sitemapindex');
  expect(locs(index as Document)).toEqual(parts.map((_, n) => `${siteUrl}sitemap-${n + 1}.xml`));
  expect(parts.flatMap(locs)).toEqual(urls);
  for (const part of parts) expect(locs(part).length).toBeLessThanOrEqual(2);
});

test('robots.txt allows every page and names the sitemap by its absolute URL', () => {
  expect(robotsTxt(siteUrl).split('\n')).toContain(`Sitemap: ${siteUrl}sitemap.xml`);
  expect(robotsTxt(siteUrl)).toMatch(/^User-agent: \*\nAllow: \/\n/);
});
