import { queryOptions } from '@tanstack/react-query';
import { readDataFile } from '../corpus/data-file.ts';
import { CorpusFormatError } from '../corpus/corpus-format-error.ts';
import type { CompiledSource } from '../corpus/schema.ts';
import { sourceTextQueryKey } from './source-text-key.ts';
import * as words from './source-text-query.words.ts';

/**
 * An archived source text, fetched on demand and kept for the visit (it never changes). It is
 * checked against the SHA-256 in its record before any quote is shown in it: a text cut short
 * or altered on the way fails, naming the file, rather than showing quotes at wrong places.
 */
export function sourceTextQueryOptions(source: CompiledSource) {
  return queryOptions({
    queryKey: sourceTextQueryKey(source),
    queryFn: async ({ signal }) => {
      const text = await readDataFile(source.textPath, signal);
      if (!(await isArchivedText(text, source.sha256))) {
        throw new CorpusFormatError(words.notArchived(source.textPath));
      }
      return text;
    },
    staleTime: Infinity,
  });
}

/**
 * Whether `text` (as decoded, so without a byte order mark it may have had) hashes to `sha256`.
 * Without Web Crypto (a page served over plain HTTP from another host) it cannot tell, and
 * trusts the text.
 */
async function isArchivedText(text: string, sha256: string): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return true;
  for (const candidate of [text, `\uFEFF${text}`]) {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(candidate));
    const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'));
    if (hex.join('') === sha256) return true;
  }
  return false;
}
