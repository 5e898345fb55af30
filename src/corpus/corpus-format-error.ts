import * as words from './corpus-format-error.words.ts';

/** Raised when a data file does not match the schema this app was built for. */
export class CorpusFormatError extends Error {
  override name = 'CorpusFormatError';
}

/**
 * Parses the JSON of a data file, or throws a {@link CorpusFormatError} that says it may have
 * arrived cut short.
 */
export function parseDataJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CorpusFormatError(words.notJson(path));
  }
}
