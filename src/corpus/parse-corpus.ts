import * as z from 'zod/mini';

/** Raised when a data file does not match the schema this app was built for. */
export class CorpusFormatError extends Error {
  override name = 'CorpusFormatError';
}

/** Parses a data file's JSON with its schema, or throws a readable list of what does not match. */
export function parseDataFile<T>(schema: z.ZodMiniType<T>, json: unknown, path: string): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new CorpusFormatError(
      `The data file ${path} is malformed:\n${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/** Parses the text of a data file as JSON, then with its schema. */
export function parseDataText<T>(schema: z.ZodMiniType<T>, text: string, path: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CorpusFormatError(
      `The data file ${path} is not valid JSON: it may have arrived cut short. Try again.`,
    );
  }
  return parseDataFile(schema, json, path);
}
