import { DataOutdated } from '../corpus/data-file.ts';

/** Props of {@link ErrorPanel}. */
export type ErrorPanelProps = {
  /** What failed, for people. */
  title: string;
  /** The underlying error, shown as detail. */
  error: Error;
  /** Tries again; the button is disabled while a retry is under way. */
  onRetry: () => void;
  /** True while retrying. */
  retrying: boolean;
  /** `1` when the error replaces the whole page. */
  headingLevel?: 1 | 2;
  /** `reload` when only reloading the page can help (a Retry is offered otherwise). */
  action?: 'retry' | 'reload';
};

/**
 * A failure the reader can act on: what went wrong and a Retry that works; or, when the site
 * has been rebuilt since the page was opened, a Reload (trying again could never work).
 */
export function ErrorPanel({
  title,
  error,
  onRetry,
  retrying,
  headingLevel = 2,
  action = 'retry',
}: ErrorPanelProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const reload = action === 'reload' || error instanceof DataOutdated;
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <Heading className="font-semibold">{title}</Heading>
      <p className="mt-1 text-sm whitespace-pre-line">{error.message}</p>
      <button
        type="button"
        onClick={reload ? () => window.location.reload() : onRetry}
        disabled={retrying}
        className="mt-3 rounded bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900 disabled:opacity-60 dark:bg-red-200 dark:text-red-950 dark:hover:bg-red-100"
      >
        {reload ? 'Reload' : retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
