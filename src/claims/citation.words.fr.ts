import type * as en from './citation.words.ts';

// The words of a quote with its citation (citation.ts), in French; the English words are in
// `citation.words.ts` beside this file.

export const speakerWithRole: typeof en.speakerWithRole = (name, role) => `${name}, ${role}`;
export const quoted: typeof en.quoted = (quote) => `«\u00a0${quote}\u00a0»`;
export const reported: typeof en.reported = (leadIn, quote) => `${leadIn} ${quote}`;
export const directCredit: typeof en.directCredit = (speaker) => `— ${speaker} (citation directe).`;
export const directCreditWhenWhere: typeof en.directCreditWhenWhere = (speaker, whenWhere) =>
  `— ${speaker} (citation directe), ${whenWhere}.`;
export const reportedCredit: typeof en.reportedCredit = (speaker) =>
  `— Propos rapportés\u00a0: ce qu’a dit ${speaker}, relaté par la source avec ses propres mots.`;
export const reportedCreditWhenWhere: typeof en.reportedCreditWhenWhere = (speaker, whenWhere) =>
  `— Propos rapportés\u00a0: ce qu’a dit ${speaker}, ${whenWhere}, relaté par la source avec ses propres mots.`;
export const whenWhere: typeof en.whenWhere = (venue, date) => `${venue}, ${date}`;
export const source: typeof en.source = (headline, publisher, date) =>
  `Source\u00a0: ${headline}, ${publisher}, ${date}.`;
