import { pageTitle } from '../corpus/site-name.ts';
import * as words from './desk-head.words.ts';

/** The head of the home of a site of several dossiers: its title, and what it lists. */
export function deskHead(siteName: string, eventNames: readonly string[]) {
  return {
    title: siteName,
    description: words.description(eventNames.length, eventNames.join('; ')),
  };
}

/** The head of a speaker's page across events. */
export function speakerHead(
  siteName: string,
  speakerName: string,
  claims: number,
  eventNames: readonly string[],
) {
  return {
    title: pageTitle(speakerName, siteName),
    description: words.speakerDescription(speakerName, claims, eventNames.join('; ')),
  };
}
