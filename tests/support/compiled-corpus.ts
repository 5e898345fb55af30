import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';
import { makeCorpusFiles, makeRecords, type CorpusRecords } from './corpus-factory.ts';

/** Compiles factory records through the real verifier, so fixtures match what the build emits. */
export function makeCompiledCorpus(
  change: (records: CorpusRecords) => void = () => {},
): CompiledCorpus {
  const records = makeRecords();
  change(records);
  const result = verifyCorpus(makeCorpusFiles(records));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified.corpus;
}
