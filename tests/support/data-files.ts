import { QueryClient } from '@tanstack/react-query';
import { compiledFiles } from '../../scripts/corpus/corpus-files.ts';
import { browserDataFiles } from '../../scripts/corpus/browser-data-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { comparisonQueryOptions } from '../../src/comparison/comparison-query.ts';
import { defaultSearch, type ComparisonSearch } from '../../src/comparison/comparison-search.ts';
import { setDataFileReader } from '../../src/corpus/data-file.ts';
import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';
import { makeCorpusFiles, makeRecords, type CorpusRecords } from './corpus-factory.ts';

/**
 * The files the build writes for factory records (compiled through the real verifier); `texts`
 * adds archived files to the corpus folder (a further source's text, a saved page).
 */
export function makeDataFiles(
  change: (records: CorpusRecords) => void = () => {},
  chunkSize?: number,
  texts?: Record<string, string | Uint8Array>,
): Map<string, string> {
  const records = makeRecords();
  change(records);
  const result = verifyCorpus(makeCorpusFiles(records, { texts }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  const decoder = new TextDecoder();
  const files = new Map(
    [...compiledFiles(result.verified)].map(([path, content]) => [
      path,
      typeof content === 'string' ? content : decoder.decode(content),
    ]),
  );
  if (chunkSize !== undefined) {
    for (const path of [...files.keys()]) if (path.startsWith('chunks/')) files.delete(path);
    for (const [path, content] of browserDataFiles(result.verified.corpus, chunkSize)) {
      files.set(path, content);
    }
  }
  return files;
}

/** Makes the app read its data files from `files`, as the prerenderer does, counting reads. */
export function readDataFrom(files: ReadonlyMap<string, string>): string[] {
  const reads: string[] = [];
  setDataFileReader(async (path) => {
    reads.push(path);
    return files.get(path);
  });
  return reads;
}

/** The whole-corpus JSON of some data files. */
export function corpusOf(files: ReadonlyMap<string, string>): CompiledCorpus {
  return JSON.parse(files.get('corpus.json') ?? '{}') as CompiledCorpus;
}

/** One page of the comparison, loaded through the app's own queries from `files`. */
export async function compare(
  files: ReadonlyMap<string, string>,
  search: Partial<ComparisonSearch> = {},
) {
  readDataFrom(files);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return client.fetchQuery(comparisonQueryOptions({ ...defaultSearch, ...search }));
}
