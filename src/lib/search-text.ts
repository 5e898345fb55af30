/**
 * A dotted abbreviation: single letters, each but perhaps the last followed by a dot ("U.S.",
 * "U.S", "A.B.C."), not inside a longer word ("Mr. Fenn" and "No.1" are not ones). The
 * highlighter takes one as one word, as folding makes it one.
 */
export const dottedAbbreviation =
  /(?<![\p{L}\p{M}\p{N}.])\p{L}\p{M}*(?:\.\p{L}\p{M}*)+\.?(?![\p{L}\p{M}\p{N}])/gu;

/**
 * Folds text for forgiving search: case, accents (é → e), compatibility forms (full-width
 * letters, the kana voicing marks), the
 * typographic variants of quotes, apostrophes and dashes, and the dots of an abbreviation
 * ("U.S." → "us") all compare equal. One folding for the index, the query and the highlighter.
 */
export function foldForSearch(text: string): string {
  // Quotes and primes first: NFKD would turn a double prime into two single ones.
  return (
    text
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(dottedAbbreviation, (abbreviation) => abbreviation.replaceAll('.', ''))
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/g, ' ')
      // Hangul syllables come apart into their letters under NFKD; put them back together.
      .normalize('NFC')
  );
}

/** Splits a query into folded terms; a text matches when it contains every term. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}
