/**
 * Ids made from words in any script. An id is a slug (lowercase ASCII letters, digits and
 * hyphens: it names a file and sits in every permalink), so words in other scripts are
 * transliterated by any-ascii (Hangul romanised, Han in pinyin, kana in Hepburn, Cyrillic,
 * Greek, Arabic…) rather than dropped: a headline in Han characters gives an id that still
 * says which article it is, and two articles of one day do not collide.
 */
import anyAscii from 'any-ascii';
import { maxIdLength } from '../../src/corpus/schema.ts';

/**
 * The words of a text as slug words: transliterated, lowercase letters and digits. A Han
 * character is a syllable of its own ("新电脑" → xin-dian-nao): Han script puts no spaces
 * between words, and run together its pinyin would read as one long word.
 */
function slugWords(text: string): string[] {
  return anyAscii(text.normalize('NFC').replace(/\p{Script=Han}/gu, ' $& '))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A slug of at most `maxLength` characters from a text's first `maxWords` words (a date is
 * three), cut between words (a first word longer than the limit is cut).
 */
export function slugWithin(text: string, maxLength = maxIdLength, maxWords = 12): string {
  let id = '';
  for (const word of slugWords(text).slice(0, maxWords)) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > maxLength) return id || word.slice(0, maxLength);
    id = next;
  }
  return id;
}

/**
 * An id from a text that `taken` says is free: the text's slug, else that slug with "-2",
 * "-3"… (still within the length limit).
 */
export function idFrom(text: string, taken: (id: string) => boolean = () => false): string {
  const base = slugWithin(text) || 'source';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${slugWithin(text, maxIdLength - suffix.length) || 'source'}${suffix}`;
    if (!taken(id)) return id;
  }
}
