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
