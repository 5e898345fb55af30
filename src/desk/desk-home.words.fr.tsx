import type * as en from './desk-home.words.tsx';

// The words of the home of a site of several dossiers (desk-home.tsx), in French; the English
// words are in `desk-home.words.tsx` beside this file.

export const intro: typeof en.intro = (events) =>
  events < 2
    ? 'Un événement, et ce que chaque partie en dit, chaque déclaration rattachée aux mots sur lesquels elle repose.'
    : `${events}\u00a0événements, du plus récent au plus ancien, et ce que chaque partie en dit, chaque déclaration rattachée aux mots sur lesquels elle repose.`;
export const eventsHeading: string = 'Événements';
export const whenWhere: typeof en.whenWhere = (dates, place) => `${dates}, ${place}`;
export const leadQuestion: string = 'Question principale\u00a0:';
export const parties: string = 'Parties comparées\u00a0:';
export const claimCount: typeof en.claimCount = (count) =>
  count < 2 ? `${count}\u00a0déclaration` : `${count}\u00a0déclarations`;
export const follow: typeof en.follow = (atom, json) => (
  <>
    Suivre les nouvelles déclarations et les corrections de tous les événements{'\u00a0'}: {atom} ou{' '}
    {json}.
  </>
);
export const atom: string = 'flux Atom';
export const jsonFeed: string = 'JSON Feed';
export const sharedSpeakers: string = 'Qui s’exprime dans plusieurs événements';
export const inEvents: typeof en.inEvents = (events) => `dans ${events}\u00a0événements`;
