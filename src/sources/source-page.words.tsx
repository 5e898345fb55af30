import type { ReactNode } from 'react';

// The words of the source reader (source-page.tsx), in English; each other interface language's
// are in `source-page.words.<language>.tsx` beside this file.

export const noSuchSource = 'No such source';
export const noSuchSourceDetail = (id: string) =>
  `This dossier has no source “${id}”. The link may be mistyped or cut short.`;
export const loadFailed = 'The source could not be loaded';
export const allClaims = '← All claims';
export const archivedSource = 'Archived source';
export const byline = (name: string) => `By ${name}.`;
export const originalPage = 'Original page';
export const noWebAddress = 'No web address is known for it.';
export const archivedHash = (hash: ReactNode) => <>SHA-256 of the archived text: {hash}</>;
/**
 * What is marked in the text: the passages quoted, and the translations of claims' words this
 * source publishes, which are its words, not the speaker's; and how to move between them.
 */
export const marked = (quoted: number, translated: number) =>
  (quoted === 1 ? '1 quoted passage is highlighted' : `${quoted} quoted passages are highlighted`) +
  (translated > 0
    ? `, and ${translated} translation${translated === 1 ? '' : 's'} of claims' words that this source publishes, marked apart: ${translated === 1 ? 'its' : 'their'} words are the source's, not the speaker's`
    : '') +
  '. Each starts with a link to its claim, labelled by party; press Tab to move from one to the next.';
export const partiesQuoted = 'Parties quoted';
/** The mark before a translation this source publishes: the party's label, then what it is. */
export const translationMark = (party: string) => `${party} · translation`;
export const translationLink = (party: string, speaker: string, summary: string) =>
  `${party} · translation, of the words of ${speaker}: ${summary}`;
export const translationTitle = (speaker: string, summary: string) =>
  `Translation of the words of ${speaker}: ${summary}`;
/** The link before a quote: the party's label, who is quoted, and our summary of the claim. */
export const quoteLink = (party: string, speaker: string, summary: string) =>
  `${party}, ${speaker}: ${summary}`;
