import { DataOutdated } from '../corpus/data-file.ts';
import * as words from './error-panel.words.ts';

/** Props of {@link ErrorPanel}. */
export type ErrorPanelProps = {
  /** What failed, for people. */
  title: string;
  /** The underlying error, shown as detail. */
  error: Error;
  /**
   * Tries again; the button is disabled while a retry is under way. Without it (only reloading
   * the page can help) the button is a Reload.
   */
  onRetry?: () => void;
  /** True while retrying. */
  retrying?: boolean;
  /** `1` when the error replaces the whole page. */
  headingLevel?: 1 | 2;
};

/**
 * A failure the reader can act on: what went wrong and a Retry that works; or, when the site
 * has been rebuilt since the page was opened, a Reload (trying again could never work).
 */
export function ErrorPanel({
  title,
  error,
  onRetry,
  retrying = false,
  headingLevel = 2,
}: ErrorPanelProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const retry = error instanceof DataOutdated ? undefined : onRetry;
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <Heading className="font-semibold">{title}</Heading>
      <p className="mt-1 text-sm whitespace-pre-line">{error.message}</p>
      <button
        type="button"
        onClick={retry ?? (() => window.location.reload())}
        disabled={retry !== undefined && retrying}
        className="mt-3 rounded bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900 disabled:opacity-60 dark:bg-red-200 dark:text-red-950 dark:hover:bg-red-100"
      >
        {!retry ? words.reload : retrying ? words.retrying : words.retry}
      </button>
    </div>
  );
}
