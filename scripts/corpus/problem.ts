/**
 * The journal of an edit of the author's workbench that is being written, or was cut short
 * (author/commit-files.ts): while it is there, the folder may hold part of an edit.
 */
export const interruptedEditJournal = '.author-journal.json';

/** One thing wrong with the corpus, located as precisely as the input allows. */
export type CorpusProblem = {
  /** File, relative to the corpus folder, e.g. `claims.yaml`. */
  file: string;
  /** The record at fault, e.g. `claim "ri-denies" (#4)`; absent for whole-file problems. */
  record?: string;
  /** 1-based line in the file. */
  line?: number;
  /** 1-based column in the file. */
  column?: number;
  /** Path to the field within the record, e.g. `quote` or `printArtifacts[0].text`. */
  field?: string;
  /** What is wrong, in one line. */
  message: string;
  /** Further lines that help fix it, such as the closest passage of the source. */
  detail?: string;
  /**
   * Changes that would fix it, for a form to offer as buttons: each a label and the fields it
   * sets, named as in the record at fault (e.g. `{ quote: '…' }` or `{ speech: 'direct' }`).
   */
  fixes?: ProblemFix[];
};

/** One change that would fix a problem (see {@link CorpusProblem.fixes}). */
export type ProblemFix = { label: string; set: Record<string, string> };

/** Formats a problem as `file:line:col  record › field: message`, then any detail indented. */
export function formatProblem(problem: CorpusProblem): string {
  const where = [problem.file, problem.line, problem.column]
    .filter((x) => x !== undefined)
    .join(':');
  const what = [problem.record, problem.field].filter(Boolean).join(' › ');
  const head = `${where}  ${what ? `${what}: ` : ''}${problem.message}`;
  if (!problem.detail) return head;
  return `${head}\n${problem.detail.replace(/^/gm, '    ')}`;
}
