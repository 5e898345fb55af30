import type * as en from './source-page.words.tsx';

// The words of the source reader (source-page.tsx), in French; the English words are in
// `source-page.words.tsx` beside this file.

export const noSuchSource: string = 'Source introuvable';
export const noSuchSourceDetail: typeof en.noSuchSourceDetail = (id) =>
  `Ce dossier n’a pas de source «\u00a0${id}\u00a0». Le lien est peut-être mal saisi ou tronqué.`;
export const loadFailed: string = 'La source n’a pas pu être chargée';
export const allClaims: string = '← Toutes les déclarations';
export const archivedSource: string = 'Source archivée';
export const byline: typeof en.byline = (name) => `Par ${name}.`;
export const originalPage: string = 'Page d’origine';
export const noWebAddress: string = 'On ne lui connaît aucune adresse web.';
export const archivedHash: typeof en.archivedHash = (hash) => (
  <>
    SHA-256 du texte archivé{'\u00a0'}: {hash}
  </>
);
/**
 * What is marked in the text: the passages quoted, and the translations of claims' words this
 * source publishes, which are its words, not the speaker's; and how to move between them.
 */
export const marked: typeof en.marked = (quoted, translated) =>
  (quoted < 2 ? `${quoted} passage cité est surligné` : `${quoted} passages cités sont surlignés`) +
  (translated > 0
    ? translated < 2
      ? `, et ${translated} traduction de propos d’intervenant publiée par cette source, signalée à part\u00a0: son texte est celui de la source, non celui de l’intervenant`
      : `, et ${translated} traductions de propos d’intervenants publiées par cette source, signalées à part\u00a0: leur texte est celui de la source, non celui de l’intervenant`
    : '') +
  '. Chacun commence par un lien vers sa déclaration, à l’étiquette de la partie\u202f; appuyez sur Tab pour passer de l’un au suivant.';
export const partiesQuoted: string = 'Parties citées';
/** The mark before a translation this source publishes: the party's label, then what it is. */
export const translationMark: typeof en.translationMark = (party) => `${party} · traduction`;
export const translationLink: typeof en.translationLink = (party, speaker, summary) =>
  `${party} · traduction, des propos de ${speaker}\u00a0: ${summary}`;
export const translationTitle: typeof en.translationTitle = (speaker, summary) =>
  `Traduction des propos de ${speaker}\u00a0: ${summary}`;
/** The link before a quote: the party's label, who is quoted, and our summary of the claim. */
export const quoteLink: typeof en.quoteLink = (party, speaker, summary) =>
  `${party}, ${speaker}\u00a0: ${summary}`;
