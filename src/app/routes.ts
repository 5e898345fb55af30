import type { QueryClient } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { parse } from 'regexparam';
import { matchRoute } from 'wouter';
import { comparisonQueryOptions } from '../comparison/comparison-query.ts';
import { ComparisonPage } from '../comparison/comparison-page.tsx';
import { comparisonResults } from '../comparison/comparison-results-part.ts';
import { filterPanel } from '../comparison/filter-panel-part.ts';
import { viewBar } from '../comparison/view-bar-part.ts';
import { positionsOverview } from '../comparison/positions-overview-part.ts';
import { defaultSearch, parseComparisonSearch } from '../comparison/comparison-search.ts';
import { knownIds } from '../comparison/known-ids.ts';
import { urlPendingScript } from '../comparison/url-pending.ts';
import type { PartyColour } from '../corpus/schema.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import {
  claimSliceQueryOptions,
  metaQueryOptions,
  sourceSliceQueryOptions,
} from '../corpus/corpus-query.ts';
import {
  claimPath,
  homePath,
  partyPagePath,
  relationsPagePath,
  routePatterns,
  sourcePath,
  timelinePath,
  topicPagePath,
} from '../lib/app-paths.ts';
import { lazyPage } from '../lib/lazy-page.ts';
import { claimJsonLd } from '../sharing/claim-json-ld.ts';
import { collectionJsonLd, homeJsonLd } from '../sharing/collection-json-ld.ts';
import { collectionSearch } from '../collections/collection-search.ts';
import {
  claimMeta,
  collectionImagePath,
  homeMeta,
  notFoundMeta,
  partyMeta,
  relationsMeta,
  sourceMeta,
  timelineImagePath,
  timelineMeta,
  topicMeta,
  type PageMeta,
  type Site,
} from '../sharing/page-meta.ts';
import * as pageWords from '../sharing/page-meta.words.ts';
import { sourceTextQueryOptions } from '../sources/source-text-query.ts';
import { rangeWords, statedDays } from '../corpus/stated-at.ts';
import * as words from './routes.words.ts';
import { extent } from '../lib/extent.ts';

/** A route's parameters, from its pattern (`/claims/:id` gives `{ id }`). */
export type Params = Record<string, string>;

/**
 * What of a page to load: `first-view`, what it shows and needs to work at once (a prerendered
 * page carries these files with it, and a link pointed at loads them); `all`, also the parts it
 * fills in after (a claim's page: every party's answer to its question).
 */
export type LoadScope = 'first-view' | 'all';

/**
 * What a prerendered page tells browsers and link previews (its meta tags and JSON-LD), and
 * the one inline script the content policy allows, on the pages that need it.
 */
export type PageHead = {
  meta: PageMeta;
  jsonLd?: object;
  inlineScript?: string;
  /** A preview image of its own to draw, other than a claim's: where, and what it says. */
  previewImage?: PreviewImage;
};

/** A page's preview image: its title, a line under it, and the parties' accents above. */
export type PreviewImage = {
  path: string;
  title: string;
  tagline: string;
  /** The parties' accents, in their order. */
  colours: (PartyColour | undefined)[];
};

/** One page of the app: everything about it, in one place. */
export type AppRoute<P extends Params = Params> = {
  name: string;
  /** Its wouter pattern (see `app-paths.ts`); none for the page of unknown addresses. */
  pattern?: string;
  /** The page itself. */
  render(params: P): ReactNode;
  /** Loads its code, when that loads on demand: before hydration, and by a link pointed at. */
  preload?: () => Promise<unknown>;
  /**
   * Loads the code of the parts on its first screen that a prerendered page hydrates on first
   * use, for a page rendered afresh from its address (a filtered link): before it renders, so
   * that none comes in after the rest, moving it.
   */
  preloadParts?: () => Promise<unknown>;
  /**
   * Loads what the page shows for `params` and `search` into the cache: the prerenderer runs it
   * before rendering, and a link to the page runs it when pointed at. Throws when a file fails.
   */
  load(client: QueryClient, params: P, search: string, scope: LoadScope): Promise<void>;
  /**
   * What the prerenderer needs, left out of the browser bundle (where `import.meta.env.SSR` is
   * false, so neither this nor what only it imports is bundled): the pages to prerender, from
   * the whole corpus, and each page's head.
   */
  prerender?: Prerender<P>;
};

/** How the prerenderer writes a route's pages. */
export type Prerender<P extends Params> = {
  pages(index: CorpusIndex): P[];
  /** A page's address: the file written answers it (links build it with `app-paths.ts`). */
  path(params: P): string;
  /** The module of a page whose code loads on demand: its pages preload the files it is in. */
  codeModule?: string;
  head(params: P, index: CorpusIndex, site: Site): PageHead | undefined;
};

/** A route with an `id` in its path. */
type IdRoute = AppRoute<{ id: string }>;

// The claim and source pages load on first visit, keeping the initial JavaScript small.
const claimPage = lazyPage(() =>
  import('../claims/claim-page.tsx').then((module) => module.ClaimPage),
);
const sourcePage = lazyPage(() =>
  import('../sources/source-page.tsx').then((module) => module.SourcePage),
);

// The topic and party pages share their code: both are the comparison narrowed to one.
const collectionPages = () => import('../collections/collection-page.tsx');
const topicPage = lazyPage(() => collectionPages().then((module) => module.TopicPage));
const partyPage = lazyPage(() => collectionPages().then((module) => module.PartyPage));
// Who disputes whom across the dossier: the same relation views, for every claim.
const relationsPage = lazyPage(() => collectionPages().then((module) => module.RelationsPage));

// The page of unknown addresses, seldom seen, loads on demand too.
const notFoundPage = lazyPage(() =>
  import('../ui/not-found.tsx').then((module) => module.PageNotFound),
);

// The timeline loads with its own code: it alone works with days (with d3-time's calendar).
const timelinePage = lazyPage(() =>
  import('../timeline/timeline-page.tsx').then((module) => module.TimelinePage),
);

/** A route of pages that narrow the comparison to one topic or one party. */
function collectionRoute(kind: 'topic' | 'party', page: typeof topicPage): IdRoute {
  return {
    name: kind,
    pattern: routePatterns[kind],
    render: ({ id }) => createElement(page.Component, { id }),
    preload: page.preload,
    async load(client, { id }) {
      await client.fetchQuery(metaQueryOptions());
      await client.fetchQuery(comparisonQueryOptions(collectionSearch(kind, id)));
    },
    prerender: import.meta.env.SSR ? collectionPrerender(kind) : undefined,
  };
}

/** How the topic and party pages are prerendered: one per topic or party of the corpus. */
function collectionPrerender(kind: 'topic' | 'party'): Prerender<{ id: string }> {
  const plural = kind === 'topic' ? 'topics' : 'parties';
  return {
    pages: (index) =>
      (kind === 'topic' ? index.corpus.topics : index.corpus.parties).map(({ id }) => ({ id })),
    path: ({ id }) => (kind === 'topic' ? topicPagePath(id) : partyPagePath(id)),
    codeModule: 'src/collections/collection-page.tsx',
    head: ({ id }, index, site) => {
      const topic = kind === 'topic' ? index.topicById.get(id) : undefined;
      const party = kind === 'party' ? index.partyById.get(id) : undefined;
      const meta = topic ? topicMeta(topic, index, site) : party && partyMeta(party, index, site);
      if (!meta) return undefined;
      const views = index.claims.filter((view) =>
        topic ? view.topic.id === id : view.party.id === id,
      );
      const parties = index.corpus.parties.filter((one) =>
        views.some((view) => view.party.id === one.id),
      );
      return {
        meta,
        jsonLd: collectionJsonLd(
          meta,
          topic
            ? { '@type': 'Question', name: topic.question }
            : { '@type': 'Organization', name: party?.name },
          views,
          site,
        ),
        previewImage: {
          path: collectionImagePath(plural, id),
          title: topic ? topic.question : pageWords.partyTitle(party?.name ?? id),
          tagline: topic
            ? words.topicTagline(parties.map((one) => one.name))
            : words.partyTagline(views.length, site.name),
          colours: parties.map((one) => one.colour),
        },
      };
    },
  };
}

/** Every page of the app, the page of unknown addresses last. */
export const routes: readonly AppRoute[] = [
  {
    name: 'home',
    pattern: routePatterns.home,
    render: () => createElement(ComparisonPage),
    preloadParts: () => Promise.all([filterPanel.load(), viewBar.preload()]),
    async load(client, _params, search) {
      const [index] = await Promise.all([
        client.fetchQuery(metaQueryOptions()),
        // Loaded on first use by a prerendered `/`; at once when a link opens it (the download
        // buttons, small and further down, load as it renders).
        comparisonResults.load(),
        positionsOverview.load(),
        filterPanel.load(),
        viewBar.preload(),
      ]);
      const parsed = parseComparisonSearch(search, knownIds(index.meta)).search;
      await client.fetchQuery(comparisonQueryOptions(parsed));
    },
    prerender: import.meta.env.SSR
      ? {
          pages: () => [{}],
          path: () => homePath(),
          head: (_params, index, site) => {
            const meta = homeMeta(index, site);
            return {
              meta,
              jsonLd: homeJsonLd(index.corpus.dossier, meta, site),
              inlineScript: urlPendingScript,
            };
          },
        }
      : undefined,
  },
  {
    name: 'claim',
    pattern: routePatterns.claim,
    render: ({ id }) => createElement(claimPage.Component, { id }),
    preload: claimPage.preload,
    async load(client, { id }, _search, scope) {
      const [slice] = await Promise.all([
        client.fetchQuery(claimSliceQueryOptions(id)),
        client.fetchQuery(metaQueryOptions()),
      ]);
      const view = slice.claimById.get(id);
      if (!view) return;
      await Promise.all([
        client.fetchQuery(sourceTextQueryOptions(view.source)),
        // Only the prerenderer asks for all (the browser loads the answers as the page asks).
        import.meta.env.SSR &&
          scope === 'all' &&
          import('../claims/topic-answers-query.ts').then(({ topicAnswersQueryOptions }) =>
            client.fetchQuery(topicAnswersQueryOptions(view.topic.id)),
          ),
      ]);
    },
    prerender: import.meta.env.SSR
      ? {
          pages: (index) => index.claims.map((view) => ({ id: view.claim.id })),
          path: ({ id }) => claimPath(id),
          codeModule: 'src/claims/claim-page.tsx',
          head: ({ id }, index, site) => {
            const view = index.claimById.get(id);
            return view && { meta: claimMeta(view, site), jsonLd: claimJsonLd(view, site) };
          },
        }
      : undefined,
  } satisfies IdRoute as AppRoute,
  {
    name: 'source',
    pattern: routePatterns.source,
    render: ({ id }) => createElement(sourcePage.Component, { id }),
    preload: sourcePage.preload,
    async load(client, { id }) {
      const [slice] = await Promise.all([
        client.fetchQuery(sourceSliceQueryOptions(id)),
        client.fetchQuery(metaQueryOptions()),
      ]);
      const source = slice.sourceById.get(id);
      if (source) await client.fetchQuery(sourceTextQueryOptions(source));
    },
    prerender: import.meta.env.SSR
      ? {
          pages: (index) => index.corpus.sources.map((source) => ({ id: source.id })),
          path: ({ id }) => sourcePath(id),
          codeModule: 'src/sources/source-page.tsx',
          head: ({ id }, index, site) => {
            const source = index.sourceById.get(id);
            return source && { meta: sourceMeta(source, index, site) };
          },
        }
      : undefined,
  } satisfies IdRoute as AppRoute,
  collectionRoute('topic', topicPage) as AppRoute,
  collectionRoute('party', partyPage) as AppRoute,
  {
    name: 'timeline',
    pattern: routePatterns.timeline,
    render: () => createElement(timelinePage.Component),
    preload: timelinePage.preload,
    async load(client, _params, search) {
      const { loadTimeline } = await import('../timeline/timeline-query.ts');
      await loadTimeline(client, search);
    },
    prerender: import.meta.env.SSR
      ? {
          pages: () => [{}],
          path: () => timelinePath(),
          codeModule: 'src/timeline/timeline-page.tsx',
          head: (_params, index, site) => {
            const period = datedPeriod(index);
            return {
              meta: timelineMeta(index, site, period),
              previewImage: {
                path: timelineImagePath,
                title: pageWords.timelineTitle,
                tagline: words.timelineTagline(period ?? words.noDateGiven, site.name),
                colours: index.corpus.parties.map((party) => party.colour),
              },
            };
          },
        }
      : undefined,
  },
  {
    name: 'relations',
    pattern: routePatterns.relations,
    render: () => createElement(relationsPage.Component),
    preload: relationsPage.preload,
    async load(client) {
      await client.fetchQuery(metaQueryOptions());
      await client.fetchQuery(comparisonQueryOptions(defaultSearch));
    },
    prerender: import.meta.env.SSR
      ? {
          pages: () => [{}],
          path: () => relationsPagePath(),
          codeModule: 'src/collections/collection-page.tsx',
          head: (_params, index, site) => ({ meta: relationsMeta(index, site) }),
        }
      : undefined,
  },
  {
    name: 'not-found',
    render: () => createElement(notFoundPage.Component),
    preload: notFoundPage.preload,
    async load(client) {
      await client.fetchQuery(metaQueryOptions()); // the sources in the footer
    },
    prerender: import.meta.env.SSR
      ? {
          pages: () => [{}],
          // Static hosts serve it for every unknown address.
          path: () => '/404.html',
          codeModule: 'src/ui/not-found.tsx',
          head: (_params, _index, site) => ({ meta: notFoundMeta(site) }),
        }
      : undefined,
  },
];

/** The days the corpus's dated claims span, in words: "1 January – 1 March 2019". */
function datedPeriod(index: CorpusIndex): string | undefined {
  const days = index.claims.flatMap((view) => {
    const stated = view.claim.statedAt && statedDays(view.claim.statedAt);
    return stated ? [stated] : [];
  });
  const from = extent(days.map((d) => d.first))?.min;
  const to = extent(days.map((d) => d.last))?.max;
  if (from === undefined || to === undefined) return undefined;
  return rangeWords({ from, to });
}

/** A route and its parameters. */
export type RouteMatch = { route: AppRoute; params: Params };

/**
 * The route a router path (under the base, without its search) opens, with its parameters as
 * they are in the path (the router hands pages the same): the page of unknown addresses, the
 * table's last, when no pattern matches.
 */
export function matchPath(path: string): RouteMatch {
  for (const route of routes) {
    const [matched, params] = matchRoute(parse, route.pattern ?? '*', path);
    if (matched) return { route, params: params as Params };
  }
  throw new Error('no route'); // the table's last matches every path
}

/**
 * Loads what the page at an address (a router path with its search) shows, code and data, so
 * it renders complete at once. Throws when something cannot be loaded.
 */
export async function loadAddress(
  client: QueryClient,
  address: string,
  scope: LoadScope,
): Promise<void> {
  const { pathname, search } = new URL(address, 'http://app');
  const { route, params } = matchPath(pathname);
  await Promise.all([route.preload?.(), route.load(client, params, search, scope)]);
}

/** Starts loading the page at an address, ahead of a click; failures are the page's to show. */
export function prefetchAddress(client: QueryClient, address: string): void {
  loadAddress(client, address, 'first-view').catch(() => {});
}
