import type * as en from './cite-claim.words.ts';

// The words of a claim's citation (cite-claim.ts), in French; the English words are in
// `cite-claim.words.ts` beside this file.

export const openQuote: string = '«\u00a0';
export const closeQuote: string = '\u00a0»';
export const speakerWhenWhere: typeof en.speakerWhenWhere = (speaker, venue, date) =>
  [speaker, venue, date].filter(Boolean).join(', ');
export const quoting: typeof en.quoting = (speaker, quote) => `citant ${speaker}\u00a0: ${quote}`;
export const reportingOn: typeof en.reportingOn = (speaker, quote) =>
  `relatant avec ses propres mots les propos tenus par ${speaker}\u00a0: ${quote}`;
export const withTranslation: typeof en.withTranslation = (
  presentation,
  translator,
  language,
  translation,
) =>
  `${presentation} (${translator.charAt(0).toLowerCase()}${translator.slice(1)}, de l’original en ${language}\u00a0: ${translation})`;
export const cited: typeof en.cited = (publisher, headline, date, presentation) =>
  `${publisher}, «\u00a0${headline}\u00a0», ${date}, ${presentation}`;
export const citedAt: typeof en.citedAt = (citation, permalink) => `${citation} ${permalink}`;
/** « consulté le 5 mai 2026 » for a day, « consulté en mai 2026 » for a month or a year. */
export const citedAtAccessed: typeof en.citedAtAccessed = (citation, permalink, date) =>
  `${citation} ${permalink} (consulté ${/^\d{1,2}\D/.test(date) ? 'le' : 'en'} ${date})`;
