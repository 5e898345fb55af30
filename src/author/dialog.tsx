/**
 * The shell every form of the workbench shares: a modal dialog, and the verifier's answer to
 * an edit in words.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { problemLine, type EditAnswer, type Problem } from './author-api.ts';

/** A modal dialog, opened as it mounts; Escape or Cancel closes it. */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="author-dialog" aria-labelledby={id} onClose={onClose}>
      <h2 id={id}>{title}</h2>
      {children}
    </dialog>
  );
}

/** The answer to an edit, in words: what went wrong, and every problem the verifier found. */
export function Answer({ answer }: { answer: EditAnswer | undefined }) {
  if (!answer || answer.ok) return null;
  return (
    <div role="alert">
      <p className="author-problems" style={{ listStyle: 'none', paddingLeft: '0.75rem' }}>
        {answer.message}
      </p>
      <ProblemList problems={answer.problems ?? []} />
    </div>
  );
}

/**
 * The verifier's problems, one an item: what is wrong, the detail that helps (the closest
 * passage, the quote widened or narrowed), and, given `onFix`, a button for each change it
 * offers to the claim's own words; nothing when it finds none.
 */
export function ProblemList({
  problems,
  onFix,
}: {
  problems: Problem[];
  onFix?: (fields: Record<string, string>) => void;
}) {
  if (problems.length === 0) return null;
  return (
    <ul className="author-problems" aria-label="What the verifier says">
      {problems.map((problem, i) => (
        <li key={i}>
          {problemLine(problem)}
          {problem.detail && <pre className="author-detail">{problem.detail}</pre>}
          {onFix && ownWords(problem) && (problem.fixes ?? []).length > 0 && (
            <span className="author-actions">
              {(problem.fixes ?? []).map((fix) => (
                <button
                  key={fix.label}
                  type="button"
                  className="author-button quiet"
                  onClick={() => onFix(fix.set)}
                >
                  {fix.label}
                </button>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Whether a problem is of a claim's own words (its quote or speech, not a further appearance's). */
function ownWords(problem: Problem): boolean {
  return (
    problem.file === 'claims.yaml' && (problem.field === 'quote' || problem.field === 'speech')
  );
}
