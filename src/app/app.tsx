import { useQuery } from '@tanstack/react-query';
import { claimsByParty } from '../corpus/claims-by-party.ts';
import { corpusQueryOptions } from '../corpus/corpus-query.ts';
import { PartyColumns } from '../parties/party-columns.tsx';
import { ErrorPanel } from '../ui/error-panel.tsx';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import { SourceList } from './source-list.tsx';

/** The app shell: the dossier's claims, grouped by party. */
export function App() {
  const corpus = useQuery(corpusQueryOptions());
  return (
    <>
      <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <div className="mx-auto max-w-screen-2xl px-4 py-6 sm:px-6">
          <p className="text-sm font-medium text-stone-600 dark:text-stone-400">
            Hanoi summit, 27–28 February 2019
          </p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">
            Who said what after the summit collapsed
          </h1>
          <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">
            The accounts of the United States, North Korea and China, and of independent analysts,
            each tied to the exact words of the archived source.
          </p>
        </div>
      </header>
      <main className="mx-auto max-w-screen-2xl px-4 py-6 sm:px-6">
        {corpus.isPending ? (
          <LoadingSkeleton />
        ) : corpus.isError ? (
          <ErrorPanel
            title="The claims could not be loaded"
            error={corpus.error}
            onRetry={() => void corpus.refetch()}
            retrying={corpus.isFetching}
          />
        ) : (
          <PartyColumns groups={claimsByParty(corpus.data)} />
        )}
      </main>
      {corpus.data && (
        <footer className="border-t border-stone-200 dark:border-stone-800">
          <div className="mx-auto max-w-screen-2xl px-4 py-6 sm:px-6">
            <SourceList sources={corpus.data.sources} />
          </div>
        </footer>
      )}
    </>
  );
}
