import type { ReactNode } from 'react';

// The words of the comparison page (comparison-page.tsx), in English; each other interface
// language's are in `comparison-page.words.<language>.tsx` beside this file.

export const titleOnPage = (site: string, page: number) => `${site} (page ${page})`;
export const tiedToSources = (
  timeline: (text: string) => ReactNode,
  relations: (text: string) => ReactNode,
) => (
  <>
    Each claim is tied to its source&apos;s exact words; see {timeline('when each said it')} and{' '}
    {relations('who disputes whom')}.
  </>
);
export const viewUndescribed = 'This view could not be described';
export const applying = 'Applying the filters in this link…';
export const notApplied =
  "The filters in this link are not applied: the page's script has not run. Below is every claim, unfiltered.";
export const withoutScript =
  'Without JavaScript, the search and the filters do not work, and those in a link are not applied: this page shows every claim. Each question and each party has a page of its own, linked from the table above.';
export const partIgnored = (reasons: string[]) =>
  `Part of this link was ignored: ${reasons.join('; ')}.`;
export const noSuchPage = (asked: number, last: number) =>
  `there is no page ${asked}, so this is the last one, ${last}`;
export const claimsNotLoaded = 'The claims could not be loaded';
