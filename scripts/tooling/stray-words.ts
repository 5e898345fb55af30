/**
 * Builds a dossier with every interface word wrapped in `⟦ ⟧` and lists, page by page, what
 * its pages show that is neither wrapped nor the dossier's: words written in the code instead
 * of a words file. `npx tsx scripts/tooling/stray-words.ts [corpus folder] [--keep]`; with
 * `--keep` the build stays, for a look at the pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../site/build-site.ts';
import { strayInBuild } from './interface-leaks.ts';

const keep = process.argv.includes('--keep');
const corpusDir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'data';
const outDir = mkdtempSync(join(tmpdir(), 'pseudo-build-'));
try {
  await buildSite({ corpusDir, outDir, previewImages: false, interfaceLanguage: 'pseudo' });
  const pages = strayInBuild(outDir, 'en');
  const byPiece = new Map<string, string[]>();
  for (const [page, stray] of pages) {
    for (const piece of stray) byPiece.set(piece, [...(byPiece.get(piece) ?? []), page]);
  }
  for (const [piece, where] of [...byPiece].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${JSON.stringify(piece)}  (${where.length} pages, e.g. ${where[0]})`);
  }
  console.log(`${byPiece.size} stray piece(s) on ${pages.size} page(s)`);
} finally {
  if (keep) console.log(`The build is in ${outDir}`);
  else rmSync(outDir, { recursive: true, force: true });
}
