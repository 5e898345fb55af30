/**
 * Prerendering entry (built with `vite build --ssr`): renders one address of the app to HTML
 * with the corpus and source texts already in the query cache, as the browser will have them
 * when it hydrates.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app.tsx';
import { claimPage, sourcePage } from './app/pages.ts';
import { indexCorpus, type CorpusIndex } from './corpus/corpus-index.ts';
import { corpusQueryOptions } from './corpus/corpus-query.ts';
import { parseCompiledCorpus } from './corpus/parse-corpus.ts';
import { sourceTextQueryOptions } from './sources/source-text-query.ts';

export { claimJsonLd } from './sharing/claim-json-ld.ts';
export { headTags } from './sharing/head-tags.ts';
export { claimImagePath, pageMeta, siteImagePath } from './sharing/page-meta.ts';

/** Parses and indexes the compiled corpus JSON. */
export function loadCorpus(json: unknown): CorpusIndex {
  return indexCorpus(parseCompiledCorpus(json));
}

/** The app's HTML at `path` (with the base) and `search`, given the corpus and source texts. */
export async function renderPage(
  index: CorpusIndex,
  sourceTexts: ReadonlyMap<string, string>,
  path: string,
  search = '',
): Promise<string> {
  // With the pages' code loaded, nothing suspends: the content is written inline, not in a
  // hidden block that only a script would reveal (readers without JavaScript must see it).
  await Promise.all([claimPage.preload(), sourcePage.preload()]);
  const queryClient = new QueryClient();
  queryClient.setQueryData(corpusQueryOptions().queryKey, index);
  for (const source of index.corpus.sources) {
    const text = sourceTexts.get(source.id);
    if (text !== undefined) queryClient.setQueryData(sourceTextQueryOptions(source).queryKey, text);
  }
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App ssrPath={path} ssrSearch={search} />
      </QueryClientProvider>
    </StrictMode>,
    // Never split large parts out into script-revealed blocks: the page must read without JS.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
