// The words saying whose a claim's quote is (attribution.ts), in English; each other interface
// language's are in `attribution.words.<language>.ts` beside this file.

export const withRole = (name: string, role: string) => `${name} (${role})`;
export const said = (speaker: string, quote: string) => `${speaker}: ${quote}`;
export const reported = (leadIn: string, quote: string) => `${leadIn} ${quote}`;
export const quoted = (quote: string) => `“${quote}”`;
export const directDescription = (speaker: string) =>
  `Direct quote: the words of ${speaker}, as the source quotes them.`;
export const reportedDescription = (speaker: string) =>
  `Reported speech: the source's account of ${speaker}, in its own words; only words inside its quotation marks are the speaker's.`;
