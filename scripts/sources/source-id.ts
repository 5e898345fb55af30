/**
 * A source's id from its date and headline, in any script, transliterated (see
 * `src/lib/transliterated-slug.ts`): a headline in Han characters gives an id that still says
 * which article it is, and two articles of one day do not collide.
 */
import { uniqueId } from '../../src/lib/transliterated-slug.ts';

/**
 * An id from a text that `taken` says is free: the text's slug, else that slug with "-2",
 * "-3"… (still within the length limit).
 */
export function idFrom(text: string, taken: (id: string) => boolean = () => false): string {
  return uniqueId(text, taken, 'source');
}
