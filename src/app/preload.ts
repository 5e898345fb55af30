import type { QueryClient } from '@tanstack/react-query';
import { corpusQueryOptions } from '../corpus/corpus-query.ts';
import { sourceTextQueryOptions } from '../sources/source-text-query.ts';
import { claimPage, sourcePage } from './pages.ts';

/**
 * Loads what a prerendered page was rendered with (the corpus, and the source text a claim or
 * source page shows, and that page's code), so hydration finds the same data and markup.
 */
export async function preloadForPath(queryClient: QueryClient, path: string): Promise<void> {
  const index = await queryClient.fetchQuery(corpusQueryOptions());
  const route = path.slice(import.meta.env.BASE_URL.length);
  const [kind, id] = route.split('/');
  if (kind === 'claims' && id) {
    const view = index.claimById.get(decodeURIComponent(id));
    await Promise.all([
      claimPage.preload(),
      view && queryClient.fetchQuery(sourceTextQueryOptions(view.source)),
    ]);
  } else if (kind === 'sources' && id) {
    const source = index.sourceById.get(decodeURIComponent(id));
    await Promise.all([
      sourcePage.preload(),
      source && queryClient.fetchQuery(sourceTextQueryOptions(source)),
    ]);
  }
}
