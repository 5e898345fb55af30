// How the interface writes numbers and dates, in English; each other interface language's is
// in `formats.words.<language>.ts` beside this file. Shared by every module that formats them.

/**
 * The locale `Intl` writes numbers and dates in (a BCP 47 tag, not words: a pseudo build
 * leaves every constant named `…Locale` as it is). British English, the house style.
 */
export const formatLocale = 'en-GB';
