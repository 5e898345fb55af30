import * as words from './loading-skeleton.words.ts';

/** Placeholder columns shown while the corpus loads; announced once as "Loading claims". */
export function LoadingSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{words.loadingClaims}</span>
      <div aria-hidden="true" className="grid animate-pulse gap-6 md:grid-cols-2 xl:grid-cols-4">
        {[0, 1, 2, 3].map((column) => (
          <div
            key={column}
            className="space-y-4 border-t-4 border-stone-300 pt-3 dark:border-stone-700"
          >
            <div className="h-6 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
            {[0, 1].map((card) => (
              <div key={card} className="h-40 rounded-lg bg-stone-200 dark:bg-stone-800" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
