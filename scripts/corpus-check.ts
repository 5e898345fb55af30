/**
 * `npm run corpus:check [-- <corpus folder>] [--out <folder>]`
 * Verifies the corpus and prints a summary, or lists every problem and exits 1.
 * With --out, also writes the compiled files there (and nothing at all when verification fails).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compiledFiles } from './corpus/corpus-files.ts';
import { summarizeCorpus } from './corpus/summary.ts';
import { verifyFolderOrExit } from './corpus/verify-folder-or-exit.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const dir = resolve(positionals[0] ?? 'data');

const verified = verifyFolderOrExit(dir, 'written');

console.log(`Corpus in ${dir} verified.\n`);
console.log(summarizeCorpus(verified.corpus));
if (values.out) {
  const out = resolve(values.out);
  for (const [path, content] of compiledFiles(verified)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
  console.log(`\nCompiled corpus written to ${out}`);
}
