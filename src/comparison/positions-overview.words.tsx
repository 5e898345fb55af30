import type { ReactNode } from 'react';

// The words of the positions overview (positions-overview.tsx), in English; each other
// interface language's are in `positions-overview.words.<language>.tsx` beside this file.

export const heading = 'Positions at a glance';
export const note = (ownWords: (text: string) => ReactNode) => (
  <>Our summary — who, in {ownWords('“their own words”')} or as a publisher reports it.</>
);
export const partyPages = "Each party's page";
export const allOf = 'All of:';
export const question = 'Question';
export const noStatement = 'No statement';
export const firstPosition = (topic: ReactNode) => <>Its first position, on {topic}:</>;
export const loading = 'Loading…';
export const fewerFrom = (party: string) => `Fewer from ${party}`;
export const moreFrom = (more: number, party: string) => `${more} more from ${party}`;
