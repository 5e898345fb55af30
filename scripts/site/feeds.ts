/**
 * The site's feeds, written from what `src/sharing/feed-entries.ts` says in the build's
 * language: Atom (RFC 4287) at `feed.atom` and JSON Feed 1.1 at `feed.json`, each naming the
 * other and the site. Deterministic: the same corpus and record give the same bytes (no build
 * time in them: a feed is updated when its newest entry is).
 */
import type { FeedEntry, FeedHead } from '../../src/sharing/feed-entries.ts';
import { xmlText, type SiteFile } from './sitemap.ts';

/** Where the feeds are, under the base. */
export const feedPaths = { atom: 'feed.atom', json: 'feed.json' } as const;

/** Their media types, as pages link to them. */
export const feedTypes = { atom: 'application/atom+xml', json: 'application/feed+json' } as const;

/** A feed: its head and its entries, newest first. */
export type Feed = { head: FeedHead; entries: FeedEntry[] };

/** When a feed last changed: its newest entry's time (entries come newest first). */
function updated(feed: Feed): string | undefined {
  return feed.entries[0]?.published;
}

/** The Atom feed. `urls` are the absolute addresses of both feeds. */
export function atomFeed(feed: Feed, urls: { atom: string; json: string }): string {
  const { head } = feed;
  const link = (rel: string, type: string, href: string) =>
    `<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;
  const entry = (one: FeedEntry) =>
    [
      '  <entry>',
      `    <id>${xmlText(one.id)}</id>`,
      `    <title type="text">${xmlText(one.title)}</title>`,
      `    ${link('alternate', 'text/html', one.url)}`,
      `    <published>${one.published}</published>`,
      `    <updated>${one.published}</updated>`,
      ...one.categories.map(
        (category) =>
          `    <category term="${xmlText(category.term)}" label="${xmlText(category.label)}"/>`,
      ),
      `    <summary type="text">${xmlText(one.text)}</summary>`,
      '  </entry>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(head.language)}">`,
    `  <id>${xmlText(head.home)}</id>`,
    `  <title type="text">${xmlText(head.title)}</title>`,
    `  <subtitle type="text">${xmlText(head.subtitle)}</subtitle>`,
    // With no entry yet, the feed says nothing has changed since the epoch: no build time.
    `  <updated>${updated(feed) ?? '1970-01-01T00:00:00Z'}</updated>`,
    `  ${link('self', 'application/atom+xml', urls.atom)}`,
    `  ${link('alternate', 'text/html', head.home)}`,
    `  ${link('alternate', feedTypes.json, urls.json)}`,
    `  <author><name>${xmlText(head.author)}</name><uri>${xmlText(head.home)}</uri></author>`,
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

/** The JSON Feed 1.1 feed. `urls` are the absolute addresses of both feeds. */
export function jsonFeed(feed: Feed, urls: { atom: string; json: string }): string {
  const { head } = feed;
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: head.title,
      home_page_url: head.home,
      feed_url: urls.json,
      description: head.subtitle,
      language: head.language,
      authors: [{ name: head.author, url: head.home }],
      items: feed.entries.map((one) => ({
        id: one.id,
        url: one.url,
        title: one.title,
        content_text: one.text,
        date_published: one.published,
        tags: [...new Set(one.categories.map((category) => category.label))],
      })),
    },
    null,
    2,
  )}\n`;
}

/** Both feeds, as files to write. */
export function feedFiles(feed: Feed, siteUrl: string): SiteFile[] {
  const urls = { atom: `${siteUrl}${feedPaths.atom}`, json: `${siteUrl}${feedPaths.json}` };
  return [
    { path: feedPaths.atom, content: atomFeed(feed, urls) },
    { path: feedPaths.json, content: jsonFeed(feed, urls) },
  ];
}
