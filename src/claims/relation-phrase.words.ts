// The words of the relation phrases (relation-phrase.ts), in English; each other interface
// language's are in `relation-phrase.words.<language>.ts` beside this file.

export const disputes = 'Disputes';
export const disputedBy = 'Disputed by';
export const backs = 'Backs';
export const backedBy = 'Backed by';
export const qualifies = 'Qualifies';
export const qualifiedBy = 'Qualified by';
export const addsDetailTo = 'Adds detail to';
export const detailedBy = 'Detailed by';
export const disputesSpeaker = (speaker: string) => `Disputes ${speaker}`;
export const disputedBySpeaker = (speaker: string) => `Disputed by ${speaker}`;
export const backsSpeaker = (speaker: string) => `Backs ${speaker}`;
export const backedBySpeaker = (speaker: string) => `Backed by ${speaker}`;
export const qualifiesSpeaker = (speaker: string) => `Qualifies ${speaker}`;
export const qualifiedBySpeaker = (speaker: string) => `Qualified by ${speaker}`;
export const addsDetailToSpeaker = (speaker: string) => `Adds detail to ${speaker}`;
export const detailedBySpeaker = (speaker: string) => `Detailed by ${speaker}`;
