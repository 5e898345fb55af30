/**
 * `corpus:check [<corpus folder>] [--out <folder>]`: verifies the corpus and prints a summary,
 * or lists every problem and fails. With --out, also writes the compiled files there (and
 * nothing at all when verification fails).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compiledFiles } from '../corpus/corpus-files.ts';
import { summarizeCorpus } from '../corpus/summary.ts';
import { verifyFolder } from '../corpus/verify-folder.ts';
import type { Output } from './output.ts';

/** Runs `corpus:check` with its arguments; returns the exit code (0, or 1 on any problem). */
export function corpusCheck(args: string[], output: Output): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  const dir = resolve(positionals[0] ?? 'data');
  const verified = verifyFolder(dir, 'written', output);
  if (!verified) return 1;
  output.out(`Corpus in ${dir} verified.\n\n${summarizeCorpus(verified.corpus)}\n`);
  if (values.out) {
    const out = resolve(values.out);
    for (const [path, content] of compiledFiles(verified)) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), content);
    }
    output.out(`\nCompiled corpus written to ${out}\n`);
  }
  return 0;
}
