// The words of a quote with its citation (citation.ts), in English; each other interface
// language's are in `citation.words.<language>.ts` beside this file.

export const speakerWithRole = (name: string, role: string) => `${name}, ${role}`;
export const quoted = (quote: string) => `“${quote}”`;
export const reported = (leadIn: string, quote: string) => `${leadIn} ${quote}`;
export const directCredit = (speaker: string) => `— ${speaker} (direct quote).`;
export const directCreditWhenWhere = (speaker: string, whenWhere: string) =>
  `— ${speaker} (direct quote), ${whenWhere}.`;
export const reportedCredit = (speaker: string) =>
  `— Reported speech: the source's account of ${speaker}, in its own words.`;
export const reportedCreditWhenWhere = (speaker: string, whenWhere: string) =>
  `— Reported speech: the source's account of ${speaker}, in its own words, ${whenWhere}.`;
export const whenWhere = (venue: string, date: string) => `${venue}, ${date}`;
export const source = (headline: string, publisher: string, date: string) =>
  `Source: ${headline}, ${publisher}, ${date}.`;
