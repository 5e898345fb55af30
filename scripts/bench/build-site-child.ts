/**
 * `node --import tsx scripts/bench/build-site-child.ts <outDir>`: the full build (client bundle,
 * every page prerendered, preview images) of the corpus in CORPUS_DIR, alone in its own process
 * so the bench can time it and read its peak memory.
 */
import { buildSite } from '../site/build-site.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: build-site-child.ts <outDir>');
  process.exit(1);
}
const { pages, images } = await buildSite({ outDir, logLevel: 'error' });
console.log(`${pages} pages, ${images} images in ${outDir}`);
