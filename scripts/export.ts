/**
 * `tsx scripts/export.ts --format json|csv|annotations|bibtex|citations [--out <file>]
 *    [--site-origin https://example.org] [--base /] [--accessed YYYY-MM-DD] [<corpus folder>]`
 * Verifies the corpus and writes it in one export format (see `commands/export.ts`); exits 1,
 * with every problem listed, when the corpus does not verify or the options are wrong.
 */
import { exportCommand } from './commands/export.ts';
import { processOutput } from './commands/output.ts';

process.exitCode = exportCommand(process.argv.slice(2), processOutput);
