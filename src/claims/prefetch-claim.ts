import { useQueryClient } from '@tanstack/react-query';
import { claimPage } from '../app/pages.ts';
import { claimSliceQueryOptions } from '../corpus/corpus-query.ts';
import { sourceTextQueryOptions } from '../sources/source-text-query.ts';

/**
 * Handlers for a link to a claim's page that start loading what the page shows (its code, the
 * claim, its source text) as soon as the reader points at or focuses the link, so the page is
 * usually complete when it opens.
 */
export function usePrefetchClaim(id: string) {
  const client = useQueryClient();
  const prefetch = () => {
    claimPage.preload().catch(() => {}); // as below: the page shows it
    void client
      .fetchQuery(claimSliceQueryOptions(id))
      .then((slice) => {
        const view = slice.claimById.get(id);
        return view && client.prefetchQuery(sourceTextQueryOptions(view.source));
      })
      .catch(() => {}); // the page itself shows any failure, with Retry
  };
  return { onMouseEnter: prefetch, onFocus: prefetch, onTouchStart: prefetch };
}
