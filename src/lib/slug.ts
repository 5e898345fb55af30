import { maxIdLength } from '../corpus/id-length.ts';

/**
 * A slug from words, for an id an author may change: lowercase letters and digits, accents
 * dropped, joined by hyphens, at most `words` words ("Ann Ray's view" → `ann-ray-s-view`).
 */
export function slugOf(text: string, words = 8): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');
}

/**
 * A claim's id from its speaker and summary: the speaker's id, then the summary's first words
 * without the speaker's name, which the summary usually repeats ("Mara Quist says the vote was
 * clean" by `mara-quist` → `mara-quist-says-the-vote-was`), at most `words` words in all.
 * `slug` makes the words (the workbench's transliterates other scripts).
 */
export function claimIdOf(
  speaker: { id: string; name: string },
  summary: string,
  words = 7,
  slug: (text: string, words: number) => string = slugOf,
): string {
  const named = new Set([...slug(speaker.name, 99).split('-'), ...speaker.id.split('-')]);
  const rest = slug(summary, 99)
    .split('-')
    .filter((word) => word && !named.has(word));
  const prefix = speaker.id.split('-').filter(Boolean);
  let id = '';
  for (const word of [...prefix, ...rest].slice(0, Math.max(words, prefix.length + 1))) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > maxIdLength) break;
    id = next;
  }
  return id || speaker.id.slice(0, maxIdLength);
}
