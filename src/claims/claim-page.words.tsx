import type { ReactNode } from 'react';

// The words of a claim's page (claim-page.tsx), in English; each other interface language's
// are in `claim-page.words.<language>.tsx` beside this file.

export const notFound = 'No such claim';
export const notFoundDetail = (id: string) =>
  `This dossier has no claim “${id}”. The link may be mistyped or cut short.`;
export const loadFailed = 'The claim could not be loaded';
export const allClaims = '← All claims';
export const inSources = (count: number) => `In ${count} sources`;
export const inTheSource = 'In the source';
export const sameStatement =
  'The same statement, as each source reports it in its own words: the first is the one quoted above.';
export const sourceLine = (headline: ReactNode, publisher: string, date: ReactNode) => (
  <>
    {headline}. {publisher}, {date}.
  </>
);
export const sourceLineWithDateline = (
  headline: ReactNode,
  publisher: string,
  dateline: string,
  date: ReactNode,
) => (
  <>
    {headline}. {publisher}, {dateline}, {date}.
  </>
);
export const shareThisClaim = 'Share this claim';
export const citeThisClaim = 'Cite this claim';
export const relationsHeading = 'How other claims relate to this one';
export const noRelation = 'No relation recorded.';
export const othersHeading = "Every party's answer to the same question";
