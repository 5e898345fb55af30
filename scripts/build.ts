/**
 * `npm run build`: the production site in dist/, every page prerendered.
 * SITE_ORIGIN sets the public origin for canonical and preview URLs (default
 * http://localhost:4173); BASE_PATH deploys under a sub-path (default /).
 */
import { buildSite } from './site/build-site.ts';

const started = performance.now();
const { pages, images } = await buildSite({ base: process.env.BASE_PATH ?? '/', logLevel: 'info' });
console.log(
  `Prerendered ${pages} pages and ${images} preview images in ${Math.round(performance.now() - started)} ms.`,
);
