import { attributedQuote, presentedWords, speakerWithRole } from '../corpus/attribution.ts';
import { pageTitle } from '../corpus/site-name.ts';
import type { ClaimView, CorpusIndex } from '../corpus/corpus-index.ts';
import type { CompiledSource, Party, Topic } from '../corpus/schema.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import {
  claimPath,
  homePath,
  partyPagePath,
  relationsPagePath,
  sourcePath,
  timelinePath,
  topicPagePath,
} from '../lib/app-paths.ts';
import * as words from './page-meta.words.ts';

/** Where the site is deployed: the origin and base path every absolute URL is built from. */
export type Site = { origin: string; base: string; name: string };

/** What a page tells browsers, search engines and link previews about itself. */
export type PageMeta = {
  title: string;
  description: string;
  /** The page's router path, e.g. `/claims/<id>` (`/` for the home page). */
  path: string;
  /** Absolute canonical URL; absent for the not-found page. */
  canonical?: string;
  /** Open Graph type. */
  type: 'website' | 'article';
  image: { url: string; width: number; height: number; alt: string };
};

/** Size of the preview images (the Open Graph recommendation). */
export const previewImageSize = { width: 1200, height: 630 } as const;

/** Absolute URL of a router path (`/claims/<id>`) or a built file (`og/…`) under the base. */
export function siteUrl(site: Site, path: string): string {
  return new URL(`${site.base}${path.replace(/^\//, '')}`, site.origin).href;
}

/** Where a claim's preview image is, under the base. */
export function claimImagePath(claimId: string): string {
  return `og/claims/${claimId}.png`;
}

/** The preview image for pages that are not one claim. */
export const siteImagePath = 'og/site.png';

/** The shortest form of a text that fits `max` characters, cut at a word, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const cut = characters.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The longest text `build` makes from the claim's quote, shortened at a word, that fits `max`
 * characters; `build` decides how the words are attributed.
 */
export function fitWords(view: ClaimView, max: number, build: (words: string) => string): string {
  const quote = view.claim.quote.textQuoteSelector.exact;
  const room = max - Array.from(build('')).length;
  return build(room >= Array.from(quote).length ? quote : shorten(quote, Math.max(room, 20)));
}

/**
 * A claim told in one paragraph for link previews and search results, within `max`
 * characters. Direct speech is the speaker's words in quotation marks; reported speech is the
 * source's words, said to be the source's:
 *
 *   Mara Quist (Mayor of Port Averne), 11–12 May 2031: “the count was clean” Source: The
 *   Averne Courier (print edition), 12 May 2031.
 *
 *   The Averne Courier (print edition), 12 May 2031, reports: Mr Fenn, however, said … —
 *   reported speech about Tobias Fenn (Union Secretary), 11 May 2031.
 */
export function claimDescription(view: ClaimView, max: number): string {
  const { claim, speaker, source } = view;
  const when = claim.statedAt ? `, ${formatStatedAt(claim.statedAt)}` : '';
  const published = `${source.publisher}, ${formatStatedAt(source.published)}`;
  const who = `${speakerWithRole(speaker)}${when}`;
  return fitWords(view, max, (quote) =>
    claim.speech === 'direct'
      ? words.directDescription(who, presentedWords(view, quote), published)
      : words.reportedDescription(published, quote, who),
  );
}

/** The preview image of pages that are not one claim. */
function siteImage(site: Site): PageMeta['image'] {
  return {
    url: siteUrl(site, siteImagePath),
    ...previewImageSize,
    alt: words.siteImageAlt(site.name),
  };
}

/** The line under the site's name in its preview image: who is compared, and how many claims. */
export function siteImageTagline(index: CorpusIndex): string {
  const parties = index.corpus.parties.map((party) => party.name);
  return words.siteTagline(parties, index.claims.length);
}

/** The head of `/`: the comparison of every claim. */
export function homeMeta(index: CorpusIndex, site: Site): PageMeta {
  const parties = index.corpus.parties.map((party) => party.name);
  const path = homePath();
  return {
    title: site.name,
    description: words.homeDescription(index.claims.length, parties),
    path,
    canonical: siteUrl(site, path),
    type: 'website',
    image: siteImage(site),
  };
}

/** The head of a claim's permalink page. */
export function claimMeta(view: ClaimView, site: Site): PageMeta {
  const { claim, speaker, party } = view;
  const path = claimPath(claim.id);
  return {
    title: pageTitle(claim.summary, site.name),
    description: claimDescription(view, 300),
    path,
    canonical: siteUrl(site, path),
    type: 'article',
    image: {
      url: siteUrl(site, claimImagePath(claim.id)),
      ...previewImageSize,
      alt: fitWords(view, 250, (quote) =>
        claim.speech === 'direct'
          ? `${party.label} · ${attributedQuote(view, quote)}`
          : `${party.label} · ${speaker.name}. ${attributedQuote(view, quote)}`,
      ),
    },
  };
}

/** Where a topic's or a party's preview image is, under the base. */
export function collectionImagePath(kind: 'topics' | 'parties', id: string): string {
  return `og/${kind}/${id}.png`;
}

/** Where the timeline's preview image is drawn. */
export const timelineImagePath = 'og/timeline.png';

/** The head of the timeline: how many claims, by whom, over which days. */
export function timelineMeta(index: CorpusIndex, site: Site, period: string | undefined): PageMeta {
  const path = timelinePath();
  const dated = index.claims.filter((view) => view.claim.statedAt !== undefined).length;
  const parties = index.corpus.parties.map((party) => party.name);
  return {
    title: pageTitle(words.timelineTitle, site.name),
    description: period
      ? words.timelineDescription(dated, period, parties)
      : words.undatedTimelineDescription(parties),
    path,
    canonical: siteUrl(site, path),
    type: 'website',
    image: {
      url: siteUrl(site, timelineImagePath),
      ...previewImageSize,
      alt: period ? words.timelineImageAlt(period) : words.undatedTimelineImageAlt,
    },
  };
}

/** The head of the page of who disputes whom across the dossier: how many relations, between whom. */
export function relationsMeta(index: CorpusIndex, site: Site): PageMeta {
  const path = relationsPagePath();
  const parties = index.corpus.parties.map((party) => party.name);
  const relations = index.corpus.relations.length;
  return {
    title: pageTitle(words.relationsTitle, site.name),
    description: words.relationsDescription(relations, parties),
    path,
    canonical: siteUrl(site, path),
    type: 'website',
    image: {
      url: siteUrl(site, siteImagePath),
      ...previewImageSize,
      alt: words.relationsImageAlt(parties),
    },
  };
}

/** The head of a question's page: each party's first answer, in the description. */
export function topicMeta(topic: Topic, index: CorpusIndex, site: Site): PageMeta {
  const path = topicPagePath(topic.id);
  const claims = index.claims.filter((view) => view.topic.id === topic.id);
  const answers = index.corpus.parties.flatMap((party) => {
    const first = claims.find((view) => view.party.id === party.id);
    // "<party>: <short form>" would read as the party's words; the short form is ours.
    return first ? [words.topicAnswer(party.name, first.claim.short ?? first.claim.summary)] : [];
  });
  return {
    title: pageTitle(topic.question, site.name),
    description: shorten(words.topicDescription(answers, claims.length), 300),
    path,
    canonical: siteUrl(site, path),
    type: 'website',
    image: {
      url: siteUrl(site, collectionImagePath('topics', topic.id)),
      ...previewImageSize,
      alt: words.topicImageAlt(topic.question),
    },
  };
}

/** The head of a party's page: how many claims, and on which questions. */
export function partyMeta(party: Party, index: CorpusIndex, site: Site): PageMeta {
  const path = partyPagePath(party.id);
  const claims = index.claims.filter((view) => view.party.id === party.id);
  const topics = index.corpus.topics.filter((topic) =>
    claims.some((view) => view.topic.id === topic.id),
  );
  return {
    title: pageTitle(words.partyTitle(party.name), site.name),
    description: shorten(
      words.partyDescription(
        claims.length,
        party.name,
        topics.map((topic) => topic.title),
      ),
      300,
    ),
    path,
    canonical: siteUrl(site, path),
    type: 'website',
    image: {
      url: siteUrl(site, collectionImagePath('parties', party.id)),
      ...previewImageSize,
      alt: words.partyImageAlt(party.name),
    },
  };
}

/** The head of a source's reader. */
export function sourceMeta(source: CompiledSource, index: CorpusIndex, site: Site): PageMeta {
  const path = sourcePath(source.id);
  const quoted = index.claims.filter((view) => view.source.id === source.id).length;
  return {
    title: pageTitle(source.headline, site.name),
    description: words.sourceDescription(
      source.publisher,
      formatStatedAt(source.published),
      quoted,
    ),
    path,
    canonical: siteUrl(site, path),
    type: 'article',
    image: siteImage(site),
  };
}

/** The head of the not-found page (`404.html`): no canonical URL, as it has no address. */
export function notFoundMeta(site: Site): PageMeta {
  return {
    title: pageTitle(words.notFoundTitle, site.name),
    description: words.notFoundDescription,
    path: '/404.html',
    type: 'website',
    image: siteImage(site),
  };
}
