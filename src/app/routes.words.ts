// The words of the route table's preview images (routes.ts), in English; each other interface
// language's are in `routes.words.<language>.ts` beside this file. Their titles are the
// pages' own, from page-meta.words.ts.

export const topicTagline = (parties: readonly string[]) =>
  `Every party's answer, side by side: ${parties.join(' · ')}`;
export const partyTagline = (claims: number, site: string) =>
  `${claims} claims, question by question · ${site}`;
export const timelineTagline = (period: string, site: string) =>
  `${period} · a lane per party · ${site}`;
export const noDateGiven = 'No date given';
