import type { ReactNode } from 'react';

// The words of the home of a site of several dossiers (desk-home.tsx), in English; each other
// interface language's are in `desk-home.words.<language>.tsx` beside this file.

export const intro = (events: number) =>
  events === 1
    ? 'One event, and what each party says about it, every claim tied to the words it rests on.'
    : `${events} events, newest first, and what each party says about them, every claim tied to the words it rests on.`;
export const eventsHeading = 'Events';
export const whenWhere = (dates: string, place: string) => `${dates}, ${place}`;
export const leadQuestion = 'Leading question:';
export const parties = 'Parties compared:';
export const claimCount = (count: number) => (count === 1 ? '1 claim' : `${count} claims`);
export const follow = (atom: ReactNode, json: ReactNode) => (
  <>
    Follow new claims and corrections on every event: {atom} or {json}.
  </>
);
export const atom = 'Atom feed';
export const jsonFeed = 'JSON Feed';
export const sharedSpeakers = 'Who speaks in more than one event';
export const inEvents = (events: number) => `in ${events} events`;
