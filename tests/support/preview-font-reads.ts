/**
 * Which font files a preview image reads, watched in a process of its own (the test workers
 * share their modules, so fonts another test loaded would be read already there):
 *
 *   node --import tsx tests/support/preview-font-reads.ts views.json
 *
 * reads the claims from the JSON file, draws each one's image in turn and prints, as JSON,
 * the font files read while the preview module loaded (`atLoad`) and while each image was
 * drawn (`perImage`), with their sizes in bytes.
 */
import { readFileSync as readFile } from 'node:fs';
import { basename } from 'node:path';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type { ClaimView } from '../../src/corpus/corpus-index.ts';

/** A font file read, and its size. */
export type FontRead = { file: string; bytes: number };

const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
let reads: FontRead[] = [];
const original = fs.readFileSync;
// Every module's `readFileSync` from node:fs is this one once the exports are synced.
fs.readFileSync = ((...args: Parameters<typeof original>) => {
  const data = original(...args);
  const [path] = args;
  if (typeof path === 'string' && /\.woff2?$/.test(path)) {
    reads.push({ file: basename(path), bytes: data.length });
  }
  return data;
}) as typeof original;
syncBuiltinESMExports();

const views = JSON.parse(readFile(process.argv[2] ?? '', 'utf8')) as ClaimView[];
const { claimPreviewImage } = await import('../../scripts/site/preview-image.ts');
const atLoad = reads;
const perImage: FontRead[][] = [];
for (const view of views) {
  reads = [];
  await claimPreviewImage(view, 'Site');
  perImage.push(reads);
}
process.stdout.write(JSON.stringify({ atLoad, perImage }));
