import * as z from 'zod/mini';
import { CorpusFormatError, parseDataJson } from './corpus-format-error.ts';
import * as words from './parse-corpus.words.ts';

/** Parses a data file's JSON with its schema, or throws a readable list of what does not match. */
export function parseDataFile<T>(schema: z.ZodMiniType<T>, json: unknown, path: string): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new CorpusFormatError(words.malformed(path, z.prettifyError(result.error)));
  }
  return result.data;
}

/** Parses the text of a data file as JSON, then with its schema. */
export function parseDataText<T>(schema: z.ZodMiniType<T>, text: string, path: string): T {
  return parseDataFile(schema, parseDataJson(text, path), path);
}
