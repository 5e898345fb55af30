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
 * Loads everything a page shows at `path` and `search` (its data and its code), so that it
 * renders complete at once: the prerenderer renders with it, and the browser hydrates with the
 * same. Throws when something cannot be loaded (the page then shows the failure, with Retry).
 */
export async function preloadForPath(
  client: QueryClient,
  path: string,
  search = '',
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
      client.fetchQuery(topicPreviewQueryOptions(view.topic.id)),
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
