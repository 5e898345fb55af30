import {
  hashKey,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { use } from 'react';

/** For each query waited on, the promise that settles once it has data. */
const arrivals = new Map<string, Promise<void>>();

/** A promise that resolves once the query has data: the same one for every render. */
function arrival(client: QueryClient, queryKey: QueryKey): Promise<void> {
  const hash = hashKey(queryKey);
  let promise = arrivals.get(hash);
  if (!promise) {
    promise = new Promise<void>((resolve) => {
      const cache = client.getQueryCache();
      const done = () => {
        unsubscribe();
        arrivals.delete(hash);
        resolve();
      };
      const unsubscribe = cache.subscribe(({ query }) => {
        if (query.queryHash === hash && query.state.data !== undefined) done();
      });
      if (cache.find({ queryKey, exact: true })?.state.data !== undefined) done();
    });
    arrivals.set(hash, promise);
  }
  return promise;
}

/**
 * A query's data, or a suspension until there is some, even through a failure. Inside a
 * Suspense boundary of a prerendered page that is hydrating, the boundary then keeps the
 * server's HTML, its text readable and its links working, rather than trade it for a
 * fallback or an error, and hydrates once the data arrives (after a Retry, say). The failure
 * itself is for a sibling outside the boundary to show.
 */
export function useKeptQuery<TQueryFnData, TData, TQueryKey extends QueryKey>(
  options: UseQueryOptions<TQueryFnData, Error, TData, TQueryKey>,
): TData {
  const client = useQueryClient();
  const { data } = useQuery(options);
  if (data !== undefined) return data;
  use(arrival(client, options.queryKey));
  // `use` never returns for a promise still pending; once it has settled, the query has data.
  throw new Error(`The query ${hashKey(options.queryKey)} settled without data`);
}
