import * as words from './desk-head.words.ts';

/** The head of the home of a site of several dossiers: its title, and what it lists. */
export function deskHead(siteName: string, eventNames: readonly string[]) {
  return {
    title: siteName,
    description: words.description(eventNames.length, eventNames.join('; ')),
  };
}
