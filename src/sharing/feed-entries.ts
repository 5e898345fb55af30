import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { pageTitle } from '../corpus/site-name.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import { claimPath, correctionPath, homePath } from '../lib/app-paths.ts';
import { claimDescription, siteUrl, type Site } from './page-meta.ts';
import * as words from './feed-entries.words.ts';

/**
 * What the site's feeds say, in the build's language, for `scripts/site/feeds.ts` to write as
 * Atom and JSON Feed: a dossier's published claims, and each correction made to one since.
 * Only claims on record as published are listed (`published.json`), each at the instant it
 * was first published; a correction at the day it was made.
 */

/** One entry of a feed: a claim published, or a correction of one. */
export type FeedEntry = {
  /** Its permanent id: the claim's permalink, or its correction's (`#correction-<n>`). */
  id: string;
  /** The page it is about. */
  url: string;
  /** Our summary of the claim, or that it was corrected: never a quote. */
  title: string;
  /** The claim told as its previews tell it (whose words are whose), or the correction's reason. */
  text: string;
  /** When it was published (RFC 3339). */
  published: string;
  /** The parties and questions it is filed under, by id and name. */
  categories: { term: string; label: string }[];
};

/** What a feed is: its title, what it follows, its home page and language. */
export type FeedHead = {
  title: string;
  subtitle: string;
  home: string;
  language: string;
  /** Who publishes it: the site. */
  author: string;
};

/** Newest first; an entry's id settles a tie, so the same entries give the same feed. */
export function newestFirst(a: FeedEntry, b: FeedEntry): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How many entries a feed holds: the newest, as feed readers poll for what is new. */
export const feedEntryLimit = 100;

/** A feed's title: what it follows, on the site of that name. */
export function feedTitleOf(siteName: string): string {
  return pageTitle(words.feedTitle, siteName);
}

/** The entries of a dossier's feed, newest first, at most `limit`. */
export function feedOf(
  index: CorpusIndex,
  site: Site,
  published: ReadonlyMap<string, string>,
  limit = feedEntryLimit,
): { head: FeedHead; entries: FeedEntry[] } {
  const entries: FeedEntry[] = [];
  for (const view of index.claims) {
    const { claim, party, topic } = view;
    const first = published.get(claim.id);
    if (first === undefined) continue;
    const url = siteUrl(site, claimPath(claim.id));
    const categories = [
      { term: `party:${party.id}`, label: party.name },
      { term: `topic:${topic.id}`, label: topic.title },
    ];
    entries.push({
      id: url,
      url,
      title: claim.summary,
      text: claimDescription(view, 1000),
      published: first,
      categories,
    });
    (claim.corrections ?? []).forEach((correction, i) => {
      entries.push({
        id: siteUrl(site, correctionPath(claim.id, i)),
        url: siteUrl(site, correctionPath(claim.id, i)),
        title: words.correctedTitle(claim.summary),
        text: words.correctionText(formatStatedAt(correction.date), correction.reason),
        published: `${correction.date}T00:00:00Z`,
        categories,
      });
    });
  }
  entries.sort(newestFirst);
  return {
    head: {
      title: feedTitleOf(site.name),
      subtitle: index.corpus.dossier.headline,
      home: siteUrl(site, homePath()),
      language: index.corpus.dossier.language,
      author: site.name,
    },
    entries: entries.slice(0, limit),
  };
}
