import { QueryClient } from '@tanstack/react-query';
import { DataFileMissing, DataFileTimeout, DataOutdated } from '../corpus/data-file.ts';
import { CorpusFormatError } from '../corpus/corpus-format-error.ts';

/**
 * The app's query client. A failed request is tried again twice (networks blink), but a file
 * that does not exist or does not parse will not change on a second try, nor will data replaced
 * by a new build (only a reload helps), and one that stalled
 * has already kept the reader waiting: those fail at once, to a message with a Retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          !(
            error instanceof DataFileMissing ||
            error instanceof DataFileTimeout ||
            error instanceof DataOutdated ||
            error instanceof CorpusFormatError
          ) && failures < 2,
      },
    },
  });
}
