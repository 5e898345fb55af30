import type * as en from './timeline-page.words.tsx';

// The words of the timeline page (timeline-page.tsx), in French; the English words are in
// `timeline-page.words.tsx` beside this file. The page formats the numbers (passing them
// formatted, or its formatter `count`); a plural follows the plain count (singular below 2).

export const heading: string = 'Quand chaque partie a dit quoi';
export const allPositions: string = '← Toutes les positions';
export const intro: string =
  'Les déclarations de chaque partie sur une ligne qui lui est propre, à la date que donne la source\u00a0: un jour, deux jours quand elle situe seulement les propos entre les deux, un mois entier quand elle ne donne que le mois. Chaque déclaration est un lien vers sa page.';
export const loadFailed: string = 'La chronologie n’a pas pu être chargée';
export const noDates: string = 'Aucune déclaration de ce dossier n’est datée dans sa source.';
export const undated: typeof en.undated = (claims, count, comparison) => (
  <>
    {claims < 2
      ? `Les sources ne donnent pas de date pour ${count} déclaration, qui ne figure sur aucune ligne ici\u202f; la `
      : `Les sources ne donnent pas de date pour ${count} déclarations, qui ne figurent sur aucune ligne ici\u202f; la `}
    {comparison('comparaison')} reprend toutes les déclarations.
  </>
);
export const zoomIn: string = 'Zoom avant';
export const zoomOut: string = 'Zoom arrière';
export const earlier: string = '← Plus tôt';
export const later: string = 'Plus tard →';
export const wholePeriod: string = 'Toute la période';
/** After the days shown: how many claims, how they are counted, how many are outside. */
export const shownCount: typeof en.shownCount = (claims, unit, outside, count) =>
  `· ${count(claims)} ${claims < 2 ? 'déclaration' : 'déclarations'}` +
  (unit === 'day'
    ? `, ${claims < 2 ? 'comptée' : 'comptées'} jour par jour`
    : unit === 'week'
      ? `, ${claims < 2 ? 'comptée' : 'comptées'} semaine par semaine`
      : '') +
  (outside > 0
    ? ` · ${count(outside)} ${outside < 2 ? 'autre' : 'autres'} hors des jours affichés`
    : '');
export const daysShown: string = 'Jours affichés';
export const needsScript: string =
  'Le zoom nécessite JavaScript\u202f; la liste sous le graphique nomme chaque déclaration affichée.';
export const drawRelations: string = 'Tracer les relations';
export const claimsLoadFailed: string = 'Les déclarations de ces jours n’ont pas pu être chargées';
export const claimsLabel: typeof en.claimsLabel = (range) =>
  `Déclarations du ${range}, une ligne par partie`;
export const barsCaption: string =
  'Une barre couvre chaque jour où une déclaration a pu être faite\u202f; survolez-en une ou atteignez-la au clavier pour savoir qui a dit quoi.';
export const arrowsCaption: string =
  'Les flèches vont d’une déclaration à celle à laquelle elle répond.';
/** A relation's link: its first claim, the relation (lower case), the claim it answers. */
export const relationLink: typeof en.relationLink = (from, relation, to) =>
  `${from} — ${relation} — ${to}`;
export const picture: typeof en.picture = (label) => `${label}\u00a0: graphique`;
export const listHeading: typeof en.listHeading = (range) =>
  `Les déclarations du ${range}, en texte`;
export const binsLabel: typeof en.binsLabel = (range, unit) =>
  unit === 'day'
    ? `Déclarations du ${range}, jour par jour, une ligne par partie`
    : `Déclarations du ${range}, semaine par semaine, une ligne par partie`;
export const binsCaption: typeof en.binsCaption = (unit, peak, opens) =>
  (unit === 'day'
    ? `Chaque colonne compte les déclarations d’une partie sur un jour, à l’échelle de la plus haute (${peak})\u202f; en plus pâle à son sommet, celles qui ont pu aussi être faites avant ou après. `
    : `Chaque colonne compte les déclarations d’une partie sur une semaine, à l’échelle de la plus haute (${peak})\u202f; en plus pâle à son sommet, celles qui ont pu aussi être faites avant ou après. `) +
  (opens ? 'Chaque colonne ouvre les jours qu’elle compte.' : '');
/** A column's link: its days, its party, its count ("12 claims, and 3 that may be…"). */
export const binLink: typeof en.binLink = (range, party, within, across, count) =>
  `${range}, ${party}\u00a0: ${count(within)} ${within < 2 ? 'déclaration' : 'déclarations'}` +
  (across === 0
    ? ''
    : `, et ${count(across)} qui ${across < 2 ? 'pourrait' : 'pourraient'} aussi dater d’autres jours`) +
  '. Afficher ces jours';
export const tableHeading: string = 'Les mêmes chiffres, en tableau';
export const tableCaption: typeof en.tableCaption = (range, unit) =>
  unit === 'day'
    ? `Déclarations par jour et par partie, ${range}\u202f; entre parenthèses, celles qui peuvent aussi dater d’autres jours.`
    : `Déclarations par semaine et par partie, ${range}\u202f; entre parenthèses, celles qui peuvent aussi dater d’autres jours.`;
export const dayColumn: string = 'Jour';
export const weekColumn: string = 'Semaine';
/** A table cell's claims that may also be of other days, after its count. */
export const alsoOtherDays: typeof en.alsoOtherDays = (count) => ` (+${count})`;
/** A break of the axis, in words on it. */
export const axisBreak: typeof en.axisBreak = (days, count) =>
  `⋯ ${count} ${days < 2 ? 'jour' : 'jours'} ⋯`;
export const laneEmpty: string = '· rien sur les jours affichés';
