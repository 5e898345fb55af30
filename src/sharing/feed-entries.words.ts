// The words of the site's feeds (feed-entries.ts), in English; each other interface
// language's are in `feed-entries.words.<language>.ts` beside this file.

export const feedTitle = 'New claims and corrections';
export const correctedTitle = (summary: string) => `Corrected: ${summary}`;
export const correctionText = (date: string, reason: string) => `Corrected on ${date}: ${reason}`;
