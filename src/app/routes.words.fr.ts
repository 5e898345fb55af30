import type * as en from './routes.words.ts';

// The words of the route table's preview images (routes.ts), in French; the English words are
// in `routes.words.ts` beside this file. Their titles are the pages' own, from
// page-meta.words.fr.ts.

export const topicTagline: typeof en.topicTagline = (parties) =>
  `La réponse de chaque partie, côte à côte\u00a0: ${parties.join(' · ')}`;
export const partyTagline: typeof en.partyTagline = (claims, site) =>
  `${claims} ${claims < 2 ? 'déclaration' : 'déclarations'}, question par question · ${site}`;
export const timelineTagline: typeof en.timelineTagline = (period, site) =>
  `${period} · une ligne par partie · ${site}`;
export const noDateGiven: string = 'Aucune date indiquée';
