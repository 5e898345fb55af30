// The words of a claim's citation (cite-claim.ts), in English; each other interface language's
// are in `cite-claim.words.<language>.ts` beside this file.

export const openQuote = '“';
export const closeQuote = '”';
export const speakerWhenWhere = (speaker: string, venue?: string, date?: string) =>
  [speaker, venue, date].filter(Boolean).join(', ');
export const quoting = (speaker: string, quote: string) => `quoting ${speaker}: ${quote}`;
export const reportingOn = (speaker: string, quote: string) =>
  `reporting on ${speaker}, in its own words: ${quote}`;
export const withTranslation = (
  presentation: string,
  translator: string,
  language: string,
  translation: string,
) =>
  `${presentation} (${translator.charAt(0).toLowerCase()}${translator.slice(1)}, from ${language}: ${translation})`;
export const cited = (publisher: string, headline: string, date: string, presentation: string) =>
  `${publisher}, “${headline}”, ${date}, ${presentation}`;
export const citedAt = (citation: string, permalink: string) => `${citation} ${permalink}`;
export const citedAtAccessed = (citation: string, permalink: string, date: string) =>
  `${citation} ${permalink} (accessed ${date})`;
