/**
 * `npm run build`: the production site in dist/, every page prerendered.
 * SITE_ORIGIN sets the public origin for canonical and preview URLs and for permalinks
 * (default http://localhost:4173 in tags, the page's own origin in the browser); BASE_PATH
 * deploys under a sub-path (default /); CORPUS_DIR builds another corpus folder (default data).
 */
import { buildSite } from './site/build-site.ts';

const started = performance.now();
const { pages, images } = await buildSite({
  base: process.env.BASE_PATH || '/',
  siteOrigin: process.env.SITE_ORIGIN || undefined,
  corpusDir: process.env.CORPUS_DIR || undefined,
  logLevel: 'info',
});
console.log(
  `Prerendered ${pages} pages and ${images} preview images in ${Math.round(performance.now() - started)} ms.`,
);
