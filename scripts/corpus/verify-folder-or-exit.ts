import { readCorpusFolder } from './corpus-files.ts';
import { formatProblem } from './problem.ts';
import { verifyCorpus, type VerifiedCorpus } from './verify-corpus.ts';

/**
 * For the CLIs: reads and verifies a corpus folder, or lists every problem on stderr (no stack
 * trace) and exits 1. `outcome` completes "nothing was …", e.g. "written" or "exported".
 */
export function verifyFolderOrExit(dir: string, outcome: string): VerifiedCorpus {
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
      `The corpus in ${dir} has ${result.problems.length} problem(s); nothing was ${outcome}.\n`,
    );
    for (const problem of result.problems) console.error(`${formatProblem(problem)}\n`);
    process.exit(1);
  }
  return result.verified;
}
