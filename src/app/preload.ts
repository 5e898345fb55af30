import type { QueryClient } from '@tanstack/react-query';
import {
  comparisonQueryOptions,
  topicPreviewQueryOptions,
} from '../comparison/comparison-query.ts';
import { parseComparisonSearch } from '../comparison/comparison-search.ts';
import { knownIds } from '../comparison/known-ids.ts';
import {
  claimSliceQueryOptions,
  metaQueryOptions,
  sourceSliceQueryOptions,
} from '../corpus/corpus-query.ts';
import { sourceTextQueryOptions } from '../sources/source-text-query.ts';
import { claimPage, sourcePage } from './pages.ts';

/**
 * What of a page to load: `first-view`, what it shows and needs to work at once (a prerendered
 * page carries these files with it); `all`, also the parts it may fill in after (a claim's
 * page: every party's answer to its question).
 */
export type PreloadScope = 'first-view' | 'all';

/**
 * Loads what a page shows at `path` and `search` (its data and its code), so that it renders
 * complete at once: the prerenderer renders with `all` and embeds the `first-view` files; the
 * browser loads the rest as the page asks for it. Throws when something cannot be loaded.
 */
export async function preloadForPath(
  client: QueryClient,
  path: string,
  search = '',
  scope: PreloadScope = 'all',
): Promise<void> {
  const route = path.slice(import.meta.env.BASE_URL.length);
  const [kind, rawId, ...rest] = route.split('/');
  const id = rawId === undefined || rest.length > 0 ? undefined : safeDecode(rawId);
  if (kind === 'claims' && id) {
    const [slice] = await Promise.all([
      client.fetchQuery(claimSliceQueryOptions(id)),
      client.fetchQuery(metaQueryOptions()),
      claimPage.preload(),
    ]);
    const view = slice.claimById.get(id);
    if (!view) return;
    await Promise.all([
      client.fetchQuery(sourceTextQueryOptions(view.source)),
      scope === 'all' && client.fetchQuery(topicPreviewQueryOptions(view.topic.id)),
    ]);
  } else if (kind === 'sources' && id) {
    const [slice] = await Promise.all([
      client.fetchQuery(sourceSliceQueryOptions(id)),
      client.fetchQuery(metaQueryOptions()),
      sourcePage.preload(),
    ]);
    const source = slice.sourceById.get(id);
    if (source) await client.fetchQuery(sourceTextQueryOptions(source));
  } else if (route === '') {
    const index = await client.fetchQuery(metaQueryOptions());
    const parsed = parseComparisonSearch(search, knownIds(index.meta)).search;
    await client.fetchQuery(comparisonQueryOptions(parsed));
  } else {
    await client.fetchQuery(metaQueryOptions());
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
