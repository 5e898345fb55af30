import type * as en from './relation-phrase.words.ts';

// The words of the relation phrases (relation-phrase.ts), in French; the English words are in
// `relation-phrase.words.ts` beside this file. A claim is « une déclaration »: the passive
// forms agree with it (« contestée par »).

export const disputes: string = 'Conteste';
export const disputedBy: string = 'Contestée par';
export const backs: string = 'Appuie';
export const backedBy: string = 'Appuyée par';
export const qualifies: string = 'Nuance';
export const qualifiedBy: string = 'Nuancée par';
export const addsDetailTo: string = 'Précise';
export const detailedBy: string = 'Précisée par';
export const disputesSpeaker: typeof en.disputesSpeaker = (speaker) => `Conteste ${speaker}`;
export const disputedBySpeaker: typeof en.disputedBySpeaker = (speaker) =>
  `Contestée par ${speaker}`;
export const backsSpeaker: typeof en.backsSpeaker = (speaker) => `Appuie ${speaker}`;
export const backedBySpeaker: typeof en.backedBySpeaker = (speaker) => `Appuyée par ${speaker}`;
export const qualifiesSpeaker: typeof en.qualifiesSpeaker = (speaker) => `Nuance ${speaker}`;
export const qualifiedBySpeaker: typeof en.qualifiedBySpeaker = (speaker) =>
  `Nuancée par ${speaker}`;
export const addsDetailToSpeaker: typeof en.addsDetailToSpeaker = (speaker) => `Précise ${speaker}`;
export const detailedBySpeaker: typeof en.detailedBySpeaker = (speaker) =>
  `Précisée par ${speaker}`;
