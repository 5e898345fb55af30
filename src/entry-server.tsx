/**
 * Prerendering entry (built with `vite build --ssr`): renders one address of the app to HTML
 * with the data it shows already loaded, read from the built data files by the same route
 * loaders the browser runs when a link is pointed at (see `app/routes.ts`).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app.tsx';
import { loadAddress } from './app/routes.ts';
import { indexCorpus, type CorpusIndex } from './corpus/corpus-index.ts';
import { setDataFileReader, type DataFileReader } from './corpus/data-file.ts';
import { dataFileOfQueryKey } from './corpus/corpus-query.ts';
import { parseCompiledCorpus } from './corpus/corpus-schema.ts';
import { routerBase } from './lib/router-base.ts';
import * as previewImageWords from './sharing/preview-image.words.ts';

export { routes } from './app/routes.ts';
export { claimImagePath, siteImagePath, siteImageTagline } from './sharing/page-meta.ts';
// The words the claims' preview images draw, in the build's language: the images are drawn
// outside Vite (scripts/site/preview-image.ts), where a words file would be read in English.
export { previewImageWords };
export { reportLeadIn } from './corpus/report-lead-in.ts';
export { formatLocale } from './corpus/formats.words.ts';
export { quoted } from './corpus/attribution.words.ts';
// The feeds' entries, in the build's language (scripts/site/feeds.ts writes them).
export { feedOf } from './sharing/feed-entries.ts';
// The site's name in the build's language, for the prerenderer and the images.
export { siteName } from './corpus/site-name.ts';

/** Parses and indexes the whole compiled corpus (`corpus.json`). */
export function loadCorpus(json: unknown): CorpusIndex {
  return indexCorpus(parseCompiledCorpus(json));
}

let readDataFileText: DataFileReader = async () => undefined;

/** Makes the prerenderer read data files with `read` (from the build's output folder). */
export function readDataFilesWith(read: DataFileReader): void {
  readDataFileText = read;
  setDataFileReader(read);
}

/** A page rendered: its HTML, the data files it carries, and those it may load after. */
export type RenderedPage = {
  html: string;
  /** The files its first view needs, by path, to embed in the page (see `page-data.ts`). */
  embedded: Record<string, string>;
  /** The files of the parts it fills in after its first view, to preload. */
  deferred: string[];
};

/** The paths of the data files in the cache (those a page read). */
function dataFilesIn(client: QueryClient): string[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success')
    .flatMap((query) => dataFileOfQueryKey(query.queryKey) ?? [])
    .sort();
}

/**
 * The app's HTML at a router path (`/claims/<id>`, under the base), the data files its first
 * view was rendered from (to embed, so the browser hydrates without a fetch), and the files of
 * the parts it fills in after (to preload, so those fetches start with the HTML).
 */
export async function renderPage(path: string): Promise<RenderedPage> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await loadAddress(queryClient, path, 'first-view').catch(() => {});
  const firstView = dataFilesIn(queryClient);
  await loadAddress(queryClient, path, 'all').catch(() => {});
  const embedded: Record<string, string> = {};
  for (const file of firstView) {
    const text = await readDataFileText(file);
    if (text !== undefined) embedded[file] = text;
  }
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App ssrPath={`${routerBase}${path}`} />
      </QueryClientProvider>
    </StrictMode>,
    // Never split large parts out into script-revealed blocks: the page must read without JS.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return {
    html: await new Response(prelude).text(),
    embedded,
    deferred: dataFilesIn(queryClient).filter((file) => !firstView.includes(file)),
  };
}
