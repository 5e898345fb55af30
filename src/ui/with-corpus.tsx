import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel.tsx';
import { LoadingSkeleton } from './loading-skeleton.tsx';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { metaQueryOptions } from '../corpus/corpus-query.ts';
import { DataFileMissing } from '../corpus/data-file.ts';
import * as words from './with-corpus.words.ts';

/** Props of {@link Loaded}. */
export type LoadedProps<T> = {
  result: UseQueryResult<T>;
  /** What could not be loaded, as the error's heading. */
  failure: string;
  /** Shown instead when the data file does not exist (an unknown claim or source). */
  missing?: ReactNode;
  /** Heading level of the error: `1` when it replaces the whole page. */
  headingLevel?: 1 | 2;
  children: (data: T) => ReactNode;
};

/** Renders its children with a query's data; a skeleton while loading; an error with Retry. */
export function Loaded<T>({
  result,
  failure,
  missing,
  headingLevel = 1,
  children,
}: LoadedProps<T>) {
  if (result.isPending) return <LoadingSkeleton />;
  if (result.isError) {
    if (missing !== undefined && result.error instanceof DataFileMissing) return missing;
    return (
      <ErrorPanel
        title={failure}
        error={result.error}
        onRetry={() => void result.refetch()}
        retrying={result.isFetching}
        headingLevel={headingLevel}
      />
    );
  }
  return children(result.data);
}

/** Props of {@link WithCorpus}. */
export type WithCorpusProps = { children: (index: MetaIndex) => ReactNode };

/** Renders its children with the corpus index (parties, speakers, topics, layout). */
export function WithCorpus({ children }: WithCorpusProps) {
  return (
    <Loaded result={useQuery(metaQueryOptions())} failure={words.claimsFailed}>
      {children}
    </Loaded>
  );
}
