/**
 * Folds text for forgiving search: case, accents (é → e), compatibility forms, and the
 * typographic variants of quotes, apostrophes and dashes all compare equal.
 */
export function foldForSearch(text: string): string {
  // Quotes and primes first: NFKD would turn a double prime into two single ones.
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/** Splits a query into folded terms; a text matches when it contains every term. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}
