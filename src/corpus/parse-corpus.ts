import * as z from 'zod/mini';
import { compiledCorpusSchema, type CompiledCorpus } from './schema.ts';

/** Raised when the fetched corpus does not match the schema this app was built for. */
export class CorpusFormatError extends Error {
  override name = 'CorpusFormatError';
}

/** Parses the compiled corpus JSON, or throws a readable list of what does not match. */
export function parseCompiledCorpus(json: unknown): CompiledCorpus {
  const result = compiledCorpusSchema.safeParse(json);
  if (!result.success) {
    throw new CorpusFormatError(`The corpus file is malformed:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
