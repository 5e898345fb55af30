import type { Output } from '../commands/output.ts';
import { readCorpusFolder } from './corpus-files.ts';
import { formatProblem } from './problem.ts';
import { verifyCorpus, type VerifiedCorpus } from './verify-corpus.ts';

/**
 * For the CLIs: reads and verifies a corpus folder, or lists every problem on the error output
 * (no stack trace) and returns undefined, for the command to exit 1. `outcome` completes
 * "nothing was …", e.g. "written" or "exported".
 */
export function verifyFolder(
  dir: string,
  outcome: string,
  output: Output,
): VerifiedCorpus | undefined {
  let result;
  try {
    result = verifyCorpus(readCorpusFolder(dir));
  } catch (error) {
    output.err(
      `Cannot read the corpus folder ${dir}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return undefined;
  }
  if (!result.ok) {
    output.err(
      `The corpus in ${dir} has ${result.problems.length} problem(s); nothing was ${outcome}.\n\n`,
    );
    for (const problem of result.problems) output.err(`${formatProblem(problem)}\n\n`);
    return undefined;
  }
  return result.verified;
}
