import type * as en from './collection-page.words.tsx';

// The words of the topic, party and relations pages (collection-page.tsx), in French; the
// English words are in `collection-page.words.tsx` beside this file.

export const noSuchQuestion: string = 'Question introuvable';
export const noQuestion: typeof en.noQuestion = (id) =>
  `Ce dossier n’a pas de question «\u00a0${id}\u00a0». Le lien est peut-être mal saisi ou tronqué.`;
export const noSuchParty: string = 'Partie introuvable';
export const noParty: typeof en.noParty = (id) =>
  `Ce dossier n’a pas de partie «\u00a0${id}\u00a0». Le lien est peut-être mal saisi ou tronqué.`;
export const partyAnswers: typeof en.partyAnswers = (party, claims, format) =>
  `${party}\u00a0: ${claims === 0 ? 'aucune déclaration' : format(claims)}`;
export const topicLead: typeof en.topicLead = (answers) =>
  `La réponse de chaque partie à cette question, côte à côte, chacune rattachée aux mots exacts de la source archivée. ${answers.join(' · ')}.`;
export const partyPages: string = 'Tout ce qu’a dit une partie';
export const topicRelations: string = 'Qui conteste qui sur cette question';
export const topicNoRelation: string =
  'Aucune relation n’est enregistrée entre les déclarations sur cette question et d’autres déclarations.';
export const topicMatrix: string =
  'Relations qui concernent les déclarations sur cette question, des déclarations de la partie de chaque ligne vers celles de la partie de chaque colonne.';
export const partyTitle: typeof en.partyTitle = (party) => `Tout ce qu’a dit ${party}`;
export const partyHeading: typeof en.partyHeading = (badge, party) => (
  <>
    {badge} Tout ce qu’a dit {party}
  </>
);
export const speakerClaims: typeof en.speakerClaims = (speaker, claims, format) =>
  `${speaker} (${format(claims)})`;
export const partyLead: typeof en.partyLead = (claims, speakers, format) =>
  `${format(claims)} ${claims < 2 ? 'déclaration' : 'déclarations'}, question par question, chacune rattachée aux mots exacts de la source archivée. Intervenants\u00a0: ${speakers.join(', ')}.`;
export const topicPages: string = 'Les réponses de chaque partie à une question';
export const partyRelations: typeof en.partyRelations = (party) =>
  `Qui ${party} conteste et appuie, et qui lui répond`;
export const partyNoRelation: typeof en.partyNoRelation = (party) =>
  `${party}\u00a0: aucune relation n’est enregistrée entre ses déclarations et d’autres déclarations.`;
export const partyMatrix: typeof en.partyMatrix = (party) =>
  `${party}\u00a0: relations qui concernent ses déclarations, des déclarations de la partie de chaque ligne vers celles de la partie de chaque colonne.`;
export const linksLabel: typeof en.linksLabel = (label) => `${label}\u00a0:`;
export const allPositions: string = '← Toutes les positions';
export const claimsNotLoaded: string = 'Les déclarations n’ont pas pu être chargées';
export const madeNoStatement: typeof en.madeNoStatement = (party, topics) => (
  <>
    {party} n’a fait aucune déclaration dans les sources sur&nbsp;: {topics}.
  </>
);
export const firstClaims: typeof en.firstClaims = (last, matching, format) =>
  `Voici les ${format(last)} premières déclarations sur ${format(matching)}.`;
export const theRest: string = 'La suite, page par page, dans la comparaison';
export const arrows: string =
  'Chaque flèche va d’une déclaration à celle qu’elle conteste, appuie, nuance ou précise. Chaque case et chaque flèche est un lien\u202f; la liste ci-dessous dit la même chose en toutes lettres.';
export const acrossDossier: string = 'Qui conteste qui dans l’ensemble du dossier';
export const betweenParties: string = 'Entre les parties';
export const inWords: string = 'Chaque relation, en toutes lettres';
export const dossierRelations: string = 'Qui conteste qui';
export const relationsNotLoaded: string = 'Les relations n’ont pas pu être chargées';
export const dossierNoRelation: string =
  'Aucune relation n’est enregistrée entre les déclarations du dossier.';
export const dossierMatrix: string =
  'Relations qui concernent les déclarations du dossier, des déclarations de la partie de chaque ligne vers celles de la partie de chaque colonne.';
export const firstRelations: typeof en.firstRelations = (last, matching, format, comparison) => (
  <>
    Voici les relations des {format(last)} premières déclarations sur {format(matching)}&#8239;;{' '}
    {comparison('la comparaison')} donne la suite, page par page.
  </>
);
