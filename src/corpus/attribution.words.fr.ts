import type * as en from './attribution.words.ts';

// The words saying whose a claim's quote is (attribution.ts), in French; the English words are
// in `attribution.words.ts` beside this file.

export const withRole: typeof en.withRole = (name, role) => `${name} (${role})`;
export const said: typeof en.said = (speaker, quote) => `${speaker}\u00a0: ${quote}`;
export const reported: typeof en.reported = (leadIn, quote) => `${leadIn} ${quote}`;
export const quoted: typeof en.quoted = (quote) => `«\u00a0${quote}\u00a0»`;
export const directDescription: typeof en.directDescription = (speaker) =>
  `Citation directe\u00a0: les mots prononcés par ${speaker}, tels que la source les cite.`;
export const reportedDescription: typeof en.reportedDescription = (speaker) =>
  `Propos rapportés\u00a0: ce qu’a dit ${speaker}, relaté par la source avec ses propres mots\u202f; seuls les mots qu’elle place entre guillemets sont ceux de l’intervenant.`;
