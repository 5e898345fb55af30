import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CompiledSource } from '../corpus/schema.ts';
import { ErrorPanel } from '../ui/error-panel.tsx';
import { sourceTextQueryOptions } from './source-text-query.ts';
import * as words from './with-source-text.words.ts';

/** Props of {@link WithSourceText}. */
export type WithSourceTextProps = {
  source: CompiledSource;
  children: (text: string) => ReactNode;
};

/** Renders its children with a source's archived text; a status while loading; an error with Retry. */
export function WithSourceText({ source, children }: WithSourceTextProps) {
  const text = useQuery(sourceTextQueryOptions(source));
  if (text.isPending) {
    return (
      <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {words.loading}
      </p>
    );
  }
  if (text.isError) {
    return (
      <ErrorPanel
        title={words.loadFailed}
        error={text.error}
        onRetry={() => void text.refetch()}
        retrying={text.isFetching}
      />
    );
  }
  return children(text.data);
}
