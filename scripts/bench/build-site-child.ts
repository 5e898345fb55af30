/**
 * `node --import tsx scripts/bench/build-site-child.ts <corpusDir> <outDir>`: the full build
 * (client bundle, every page prerendered, preview images) of a corpus folder, alone in its own
 * process so the bench can time it and read its peak memory.
 */
import { buildSite } from '../site/build-site.ts';

const [corpusDir, outDir] = process.argv.slice(2);
if (!corpusDir || !outDir) {
  console.error('usage: build-site-child.ts <corpusDir> <outDir>');
  process.exit(1);
}
const { pages, images } = await buildSite({ corpusDir, outDir, logLevel: 'error' });
console.log(`${pages} pages, ${images} images in ${outDir}`);
