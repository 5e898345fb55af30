import type * as en from './positions-overview.words.tsx';

// The words of the positions overview (positions-overview.tsx), in French; the English words
// are in `positions-overview.words.tsx` beside this file.

export const heading: string = 'Les positions en un coup d’œil';
export const note: typeof en.note = (ownWords) => (
  <>
    Notre résumé — qui, avec {ownWords('«\u00a0leurs propres mots\u00a0»')} ou tels qu’un média les
    rapporte.
  </>
);
export const partyPages: string = 'La page de chaque partie';
export const allOf: string = 'Tout ce qu’a dit\u00a0:';
export const question: string = 'Question';
export const noStatement: string = 'Aucune déclaration';
export const firstPosition: typeof en.firstPosition = (topic) => (
  <>Sa première position, sur {topic}&nbsp;:</>
);
export const loading: string = 'Chargement…';
export const fewerFrom: typeof en.fewerFrom = (party) => `Voir moins (${party})`;
export const moreFrom: typeof en.moreFrom = (more, party) => `${more} de plus (${party})`;
