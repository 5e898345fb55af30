/**
 * `npm run corpus:record [-- <corpus folder>] [--now <instant>]`
 * Records what a build publishes in the folder's `published.json`, for the verifier to hold
 * published claims to (see `commands/corpus-record.ts`).
 */
import { corpusRecord } from './commands/corpus-record.ts';
import { processOutput } from './commands/output.ts';

process.exitCode = corpusRecord(process.argv.slice(2), processOutput);
