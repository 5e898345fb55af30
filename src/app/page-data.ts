import type { QueryClient } from '@tanstack/react-query';
import type { ResolvedClaims } from '../corpus/corpus-index.ts';
import { metaQueryOptions, seedDataFile, sliceQueryOptions } from '../corpus/corpus-query.ts';
import type { CompiledSource } from '../corpus/schema.ts';
import { sourceTextQueryKey } from '../sources/source-text-key.ts';
import { pageDataId } from './page-data-id.ts';
import { indexFile } from '../corpus/data-paths.ts';

// A prerendered page carries the data files its first view was rendered from (see
// `page-data-id.ts`). They are data, never run: the content policy allows no such script.

/** The data files embedded in the page, by path; none when it has none or they do not parse. */
export function readPageData(doc: Document = document): Map<string, string> {
  const text = doc.getElementById(pageDataId)?.textContent;
  if (!text) return new Map();
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return new Map();
  }
}

/**
 * Puts the page's data files into the cache, decoded as their queries would, so the page
 * renders (and hydrates) at once, without a fetch. A file that does not decode is left out:
 * its query fetches it as usual. A source text is trusted as it came: the page's own text was
 * rendered from it at build time, when its SHA-256 was checked.
 */
export function seedPageData(client: QueryClient, files: ReadonlyMap<string, string>): void {
  const seed = (path: string, text: string) => {
    try {
      seedDataFile(client, path, text);
    } catch {
      // Left to its query, which fetches it and shows a failure with a Retry.
    }
  };
  const index = files.get(indexFile);
  if (index !== undefined) seed(indexFile, index);
  for (const [path, text] of files)
    if (path !== indexFile && path.endsWith('.json')) seed(path, text);
  const sources = new Map<string, CompiledSource>();
  for (const source of client.getQueryData(metaQueryOptions().queryKey)?.meta.sources ?? []) {
    sources.set(source.textPath, source);
  }
  for (const path of files.keys()) {
    if (!isSlicePath(path)) continue;
    const slice: ResolvedClaims | undefined = client.getQueryData(sliceQueryOptions(path).queryKey);
    for (const source of slice?.sourceById.values() ?? []) sources.set(source.textPath, source);
  }
  for (const [path, text] of files) {
    const source = path.endsWith('.txt') ? sources.get(path) : undefined;
    if (source) client.setQueryData(sourceTextQueryKey(source), text);
  }
}

/** Whether a data file is a slice of claims: a chunk, a claim's file or a source's. */
function isSlicePath(path: string): boolean {
  return /^(chunks|claims|sources)\/[^/]+\.json$/.test(path);
}
