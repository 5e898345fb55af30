// The words of the head of a site of several dossiers (desk-head.ts), in English; each other
// interface language's are in `desk-head.words.<language>.ts` beside this file.

export const description = (events: number, names: string) =>
  `What each party says about ${events === 1 ? 'one event' : `${events} events`}: ${names}.`;
export const speakerDescription = (name: string, claims: number, events: string) =>
  `${claims === 1 ? 'The claim' : `${claims} claims`} of ${name}, across events: ${events}.`;
