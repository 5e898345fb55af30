/**
 * `npm run source:add -- <file.txt|file.html> [--data <corpus folder>] [fields]`
 * Adds a source to the corpus (see `commands/source-add.ts`).
 */
import { processOutput } from './commands/output.ts';
import { sourceAdd } from './commands/source-add.ts';

process.exitCode = sourceAdd(process.argv.slice(2), processOutput);
