import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../ui/error-panel.tsx';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import type { CorpusIndex } from './corpus-index.ts';
import { corpusQueryOptions } from './corpus-query.ts';

/** Props of {@link WithCorpus}. */
export type WithCorpusProps = { children: (index: CorpusIndex) => ReactNode };

/** Renders its children with the loaded corpus; a skeleton while loading; an error with Retry. */
export function WithCorpus({ children }: WithCorpusProps) {
  const corpus = useQuery(corpusQueryOptions());
  if (corpus.isPending) return <LoadingSkeleton />;
  if (corpus.isError) {
    return (
      <ErrorPanel
        title="The claims could not be loaded"
        error={corpus.error}
        onRetry={() => void corpus.refetch()}
        retrying={corpus.isFetching}
        headingLevel={1}
      />
    );
  }
  return children(corpus.data);
}
