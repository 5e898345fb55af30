/**
 * `npm run corpus:check [-- <corpus folder>] [--out <folder>]`
 * Verifies the corpus and prints a summary, or lists every problem and exits 1 (see
 * `commands/corpus-check.ts`).
 */
import { corpusCheck } from './commands/corpus-check.ts';
import { processOutput } from './commands/output.ts';

process.exitCode = corpusCheck(process.argv.slice(2), processOutput);
