import type * as en from './page-meta.words.ts';

// The words of the pages' heads (page-meta.ts): titles, descriptions and the preview images'
// descriptions, in French; the English words are in `page-meta.words.ts` beside this file.
// Party names follow a colon or stand in a list rather than after "de", which a name
// beginning with an article ("Le", "Les") would contract.

/** A direct claim told in one paragraph: who said it (and when), their words, the source. */
export const directDescription: typeof en.directDescription = (speaker, words, source) =>
  `${speaker}\u00a0: ${words} Source\u00a0: ${source}.`;
/** A reported claim told in one paragraph: the source, its words, whom they are about. */
export const reportedDescription: typeof en.reportedDescription = (source, words, speaker) =>
  `${source}, rapporte\u00a0: ${words} — propos rapportés de ${speaker}.`;
export const siteImageAlt: typeof en.siteImageAlt = (site) =>
  `${site}\u00a0: les déclarations des parties côte à côte`;
export const siteTagline: typeof en.siteTagline = (parties, claims) =>
  `${parties.join(' · ')}\u00a0: ${claims} ${claims < 2 ? 'déclaration, rattachée' : 'déclarations côte à côte, chacune rattachée'} aux termes exacts de la source.`;
export const homeDescription: typeof en.homeDescription = (claims, parties) =>
  `${parties.length > 1 ? `${parties.slice(0, -1).join(', ')} et ` : ''}${parties.at(-1) ?? ''}\u00a0: ${claims} ${claims < 2 ? 'déclaration, rattachée' : 'déclarations côte à côte, chacune rattachée'} aux termes exacts de la source archivée.`;
export const timelineTitle: string = 'Quand chaque partie a dit quoi';
export const timelineDescription: typeof en.timelineDescription = (dated, period, parties) =>
  `${dated} ${dated < 2 ? 'déclaration datée' : 'déclarations datées'}, ${period}, une ligne par partie\u00a0: ${parties.join(', ')}. Chacune renvoie à ses termes exacts dans la source archivée.`;
export const undatedTimelineDescription: typeof en.undatedTimelineDescription = (parties) =>
  `Une ligne par partie (${parties.join(', ')})\u202f; aucune déclaration n’a encore de date dans sa source.`;
export const timelineImageAlt: typeof en.timelineImageAlt = (period) =>
  `Quand chaque partie a dit quoi, ${period}\u00a0: une ligne par partie.`;
export const undatedTimelineImageAlt: string =
  'Quand chaque partie a dit quoi\u00a0: une ligne par partie.';
export const relationsTitle: string = 'Qui conteste qui';
export const relationsDescription: typeof en.relationsDescription = (relations, parties) =>
  `${relations} ${relations < 2 ? 'relation' : 'relations'} entre les déclarations des parties (${parties.join(', ')})\u00a0: qui conteste, appuie, nuance ou précise qui, chaque déclaration rattachée à ses termes exacts dans la source archivée.`;
export const relationsImageAlt: typeof en.relationsImageAlt = (parties) =>
  `Qui conteste qui\u00a0: ${parties.join(', ')}.`;
/** A party's first answer to a question, in our words (not the party's: no colon). */
export const topicAnswer: typeof en.topicAnswer = (party, answer) => `${party}, ${answer}`;
export const topicDescription: typeof en.topicDescription = (answers, claims) =>
  `${answers.join('. ')}. ${claims} ${claims < 2 ? 'déclaration, rattachée' : 'déclarations, chacune rattachée'} aux termes exacts de la source.`;
export const topicImageAlt: typeof en.topicImageAlt = (question) =>
  `${question} La réponse de chaque partie, côte à côte.`;
export const partyTitle: typeof en.partyTitle = (party) => `Tout ce qu’a dit ${party}`;
export const partyDescription: typeof en.partyDescription = (claims, party, topics) =>
  `${party} en ${claims < 2 ? `${claims} déclaration, rattachée` : `${claims} déclarations, question par question, chacune rattachée`} aux termes exacts de la source\u00a0: ${topics.join(', ')}.`;
export const partyImageAlt: typeof en.partyImageAlt = (party) =>
  `Tout ce qu’a dit ${party}, question par question.`;
export const sourceDescription: typeof en.sourceDescription = (publisher, published, quoted) =>
  `${publisher}, ${published}\u00a0: le texte archivé, où ${quoted < 2 ? 'le passage que citent les déclarations porte l’étiquette de sa partie' : `les ${quoted} passages que citent les déclarations portent l’étiquette de leur partie`}.`;
export const notFoundTitle: string = 'Page introuvable';
export const notFoundDescription: string =
  'Il n’y a rien à cette adresse. Elle est peut-être mal saisie ou périmée.';
