// How the interface writes numbers and dates, in French; the English file is `formats.words.ts`
// beside this file. Shared by every module that formats them.

/**
 * The locale `Intl` writes numbers and dates in (a BCP 47 tag, not words: a pseudo build
 * leaves every constant named `…Locale` as it is).
 */
export const formatLocale: string = 'fr';
