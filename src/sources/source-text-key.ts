import { dossierKey } from '../corpus/dossier-key.ts';
import type { CompiledSource } from '../corpus/schema.ts';

/**
 * The query key of a source's archived text: the hash names the text the record vouches for;
 * the path alone names the file. Its own module so the first page's script can put a text it
 * carries in the cache without taking the fetching and checking code along.
 */
export function sourceTextQueryKey(source: Pick<CompiledSource, 'textPath' | 'sha256'>) {
  return [dossierKey, 'data', source.textPath, source.sha256] as const;
}
