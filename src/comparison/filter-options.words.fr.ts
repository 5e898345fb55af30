import type * as en from './filter-options.words.ts';

// The words of the filters behind the Filters button (filter-options.tsx), in French; the
// English words are in `filter-options.words.ts` beside this file.

export const parties: typeof en.parties = (ticked, all) =>
  `Parties (${ticked === 0 ? 'toutes' : `${ticked} sur ${all}`})`;
export const topics: typeof en.topics = (ticked, all) =>
  `Questions (${ticked === 0 ? 'toutes' : `${ticked} sur ${all}`})`;
export const speakers: typeof en.speakers = (ticked, all) =>
  `Intervenants (${ticked === 0 ? 'tous' : `${ticked} sur ${all}`})`;
export const speech: string = 'Type de propos';
export const bothSpeeches: string = 'Les deux';
export const direct: string = 'Citations directes';
export const reported: string = 'Propos rapportés';
export const noMatchWithOthers: string = 'aucune déclaration ne correspond aux autres filtres';
export const onlyThis: typeof en.onlyThis = (name) => `Seulement ${name}`;
export const only: string = 'seulement';
