import type { ReactNode } from 'react';

// The words of the topic, party and relations pages (collection-page.tsx), in English; each
// other interface language's are in `collection-page.words.<language>.tsx` beside this file.

export const noSuchQuestion = 'No such question';
export const noQuestion = (id: string) =>
  `This dossier has no question “${id}”. The link may be mistyped or cut short.`;
export const noSuchParty = 'No such party';
export const noParty = (id: string) =>
  `This dossier has no party “${id}”. The link may be mistyped or cut short.`;
export const partyAnswers = (party: string, claims: number, format: (n: number) => string) =>
  `${party}: ${claims === 0 ? 'no statement' : format(claims)}`;
export const topicLead = (answers: string[]) =>
  `Every party's answer to this question, side by side, each tied to the exact words of the archived source. ${answers.join(' · ')}.`;
export const partyPages = 'Everything one party said';
export const topicRelations = 'Who disputes whom on this question';
export const topicNoRelation =
  'No relation is recorded between the claims on this question and any other claim.';
export const topicMatrix =
  'Relations touching the claims on this question, from the claims of the party in each row to those of the party in each column.';
export const partyTitle = (party: string) => `Everything ${party} said`;
export const partyHeading = (badge: ReactNode, party: string) => (
  <>
    {badge} Everything {party} said
  </>
);
export const speakerClaims = (speaker: string, claims: number, format: (n: number) => string) =>
  `${speaker} (${format(claims)})`;
export const partyLead = (claims: number, speakers: string[], format: (n: number) => string) =>
  `${format(claims)} claim${claims === 1 ? '' : 's'}, question by question, each tied to the exact words of the archived source. Speakers: ${speakers.join(', ')}.`;
export const topicPages = "Every party's answers to one question";
export const partyRelations = (party: string) =>
  `Whom ${party} disputes and backs, and who answers it`;
export const partyNoRelation = (party: string) =>
  `No relation is recorded between ${party}'s claims and any other claim.`;
export const partyMatrix = (party: string) =>
  `Relations touching ${party}'s claims, from the claims of the party in each row to those of the party in each column.`;
export const linksLabel = (label: string) => `${label}:`;
export const allPositions = '← All positions';
export const claimsNotLoaded = 'The claims could not be loaded';
export const madeNoStatement = (party: string, topics: ReactNode) => (
  <>
    {party} made no statement in the sources on: {topics}.
  </>
);
export const firstClaims = (last: number, matching: number, format: (n: number) => string) =>
  `These are the first ${format(last)} of ${format(matching)} claims.`;
export const theRest = 'The rest, page by page, in the comparison';
export const arrows =
  'Each arrow runs from a claim to the claim it disputes, backs, qualifies or adds detail to. Every box and arrow is a link; the list below says the same in words.';
export const acrossDossier = 'Who disputes whom across the whole dossier';
export const betweenParties = 'Between the parties';
export const inWords = 'Each relation, in words';
export const dossierRelations = 'Who disputes whom';
export const relationsNotLoaded = 'The relations could not be loaded';
export const dossierNoRelation = "No relation is recorded between the dossier's claims.";
export const dossierMatrix =
  "Relations touching the dossier's claims, from the claims of the party in each row to those of the party in each column.";
export const firstRelations = (
  last: number,
  matching: number,
  format: (n: number) => string,
  comparison: (text: string) => ReactNode,
) => (
  <>
    These are the relations of the first {format(last)} of {format(matching)} claims;{' '}
    {comparison('the comparison')} has the rest, page by page.
  </>
);
