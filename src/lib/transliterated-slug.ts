/**
 * Slugs from words in any script, for the ids authors make: an id is lowercase ASCII letters,
 * digits and hyphens (it names a file and sits in every permalink), so words in other scripts
 * are transliterated by any-ascii (Hangul romanised, Han in pinyin, kana in Hepburn, Cyrillic,
 * Greek, Arabic…) rather than dropped: 한서연 gives `hanseoyeon`, 林巧文 `lin-qiao-wen`, and
 * an id still says whom or what it names. Loaded by the workbench and the build, never by a
 * reader's page (its tables are large).
 */
import anyAscii from 'any-ascii';
import { maxIdLength } from '../corpus/id-length.ts';

/**
 * The words of a text as slug words: transliterated, lowercase letters and digits. A Han
 * character is a syllable of its own ("新电脑" → xin-dian-nao): Han script puts no spaces
 * between words, and run together its pinyin would read as one long word. Hangul keeps the
 * spaces its texts put between words ("부두 노동자들" → budu-nodongjadeul).
 */
export function slugWords(text: string): string[] {
  return anyAscii(text.normalize('NFC').replace(/\p{Script=Han}/gu, ' $& '))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A slug of at most `maxLength` characters from a text's first `maxWords` words, cut between
 * words (a first word longer than the limit is cut).
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
 * "-3"… (still within the length limit); `fallback` when the text gives no word at all.
 */
export function uniqueId(
  text: string,
  taken: (id: string) => boolean = () => false,
  fallback = 'id',
  maxWords = 12,
): string {
  const base = slugWithin(text, maxIdLength, maxWords) || fallback;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${slugWithin(text, maxIdLength - suffix.length, maxWords) || fallback}${suffix}`;
    if (!taken(id)) return id;
  }
}

/** `id` if `taken` says it is free, else it with "-2", "-3"… (within the length limit). */
export function freeId(id: string, taken: (id: string) => boolean): string {
  if (!taken(id)) return id;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const next = `${id.slice(0, maxIdLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken(next)) return next;
  }
}

/** A slug of a text's first `words` words, transliterated (for `claimIdOf`). */
export function transliteratedSlug(text: string, words: number): string {
  return slugWords(text).slice(0, words).join('-');
}
