// The words of a speaker's page across events (speaker-across-events.tsx), in English; each
// other interface language's are in `speaker-across-events.words.<language>.ts` beside this file.

export const backHome = (siteName: string) => `← ${siteName}: every event`;
export const summary = (claims: number, events: number) =>
  `${claims === 1 ? '1 claim' : `${claims} claims`} in ${events === 1 ? '1 event' : `${events} events`}, newest event first.`;
export const corrected = (date: string) => `Corrected on ${date}`;
