/**
 * Prerendering entry (built with `vite build --ssr`): renders one address of the app to HTML
 * with the data it shows already loaded, read from the built data files by the same preload the
 * browser runs before it hydrates.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app.tsx';
import { preloadForPath } from './app/preload.ts';
import { indexCorpus, type CorpusIndex } from './corpus/corpus-index.ts';
import { setDataFileReader, type DataFileReader } from './corpus/data-file.ts';
import { parseCompiledCorpus } from './corpus/corpus-schema.ts';

export { claimJsonLd } from './sharing/claim-json-ld.ts';
export { headTags } from './sharing/head-tags.ts';
export { claimImagePath, pageMeta, siteImagePath } from './sharing/page-meta.ts';

/** Parses and indexes the whole compiled corpus (`corpus.json`). */
export function loadCorpus(json: unknown): CorpusIndex {
  return indexCorpus(parseCompiledCorpus(json));
}

/** Makes the prerenderer read data files with `read` (from the build's output folder). */
export function readDataFilesWith(read: DataFileReader): void {
  setDataFileReader(read);
}

/**
 * The app's HTML at `path` (with the base) and `search`, and the data files it was rendered
 * with (to preload, so the browser hydrates without waiting on a chain of requests).
 */
export async function renderPage(
  path: string,
  search = '',
): Promise<{ html: string; dataFiles: string[] }> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const read: string[] = [];
  await preloadForPath(queryClient, path, search).catch(() => {});
  for (const query of queryClient.getQueryCache().getAll()) {
    const [scope, file] = query.queryKey;
    if (scope === 'data' && typeof file === 'string' && query.state.status === 'success') {
      read.push(file);
    }
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
  return { html: await new Response(prelude).text(), dataFiles: read.sort() };
}
