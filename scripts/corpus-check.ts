/**
 * `npm run corpus:check [-- <corpus folder>] [--out <folder>]`
 * Verifies the corpus and prints a summary, or lists every problem and exits 1.
 * With --out, also writes the compiled files there (and nothing at all when verification fails).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compiledFiles, readCorpusFolder } from './corpus/corpus-files.ts';
import { formatProblem } from './corpus/problem.ts';
import { summarizeCorpus } from './corpus/summary.ts';
import { verifyCorpus } from './corpus/verify-corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const dir = resolve(positionals[0] ?? 'data');

let result;
try {
  result = verifyCorpus(readCorpusFolder(dir));
} catch (error) {
  console.error(
    `Cannot read the corpus folder ${dir}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

if (!result.ok) {
  console.error(
    `The corpus in ${dir} has ${result.problems.length} problem(s); nothing was written.\n`,
  );
  for (const problem of result.problems) console.error(`${formatProblem(problem)}\n`);
  process.exit(1);
}

console.log(`Corpus in ${dir} verified.\n`);
console.log(summarizeCorpus(result.verified.corpus));
if (values.out) {
  const out = resolve(values.out);
  for (const [path, content] of compiledFiles(result.verified)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
  console.log(`\nCompiled corpus written to ${out}`);
}
