// The words of the pages' heads (page-meta.ts): titles, descriptions and the preview images'
// descriptions, in English; each other interface language's are in
// `page-meta.words.<language>.ts` beside this file.

/** A direct claim told in one paragraph: who said it (and when), their words, the source. */
export const directDescription = (speaker: string, words: string, source: string) =>
  `${speaker}: ${words} Source: ${source}.`;
/** A reported claim told in one paragraph: the source, its words, whom they are about. */
export const reportedDescription = (source: string, words: string, speaker: string) =>
  `${source}, reports: ${words} — reported speech about ${speaker}.`;
export const siteImageAlt = (site: string) => `${site}: the parties' claims side by side`;
export const siteTagline = (parties: readonly string[], claims: number) =>
  `${parties.join(' · ')}: ${claims} claims side by side, each tied to the source's exact words.`;
export const homeDescription = (claims: number, parties: readonly string[]) =>
  `${claims} claims by ${parties.slice(0, -1).join(', ')} and ${parties.at(-1) ?? ''}, side by side, each tied to the exact words of the archived source.`;
export const timelineTitle = 'When each party said what';
export const timelineDescription = (dated: number, period: string, parties: readonly string[]) =>
  `${dated} dated claims, ${period}, on a lane per party: ${parties.join(', ')}. Each links to its exact words in the archived source.`;
export const undatedTimelineDescription = (parties: readonly string[]) =>
  `A lane per party (${parties.join(', ')}); no claim has a date in its source yet.`;
export const timelineImageAlt = (period: string) =>
  `When each party said what, ${period}: a lane per party.`;
export const undatedTimelineImageAlt = 'When each party said what: a lane per party.';
export const relationsTitle = 'Who disputes whom';
export const relationsDescription = (relations: number, parties: readonly string[]) =>
  `${relations} relations between the claims of ${parties.join(', ')}: who disputes, backs, qualifies or adds detail to whom, each claim tied to its exact words in the archived source.`;
export const relationsImageAlt = (parties: readonly string[]) =>
  `Who disputes whom: ${parties.join(', ')}.`;
/** A party's first answer to a question, in our words (not the party's: no colon). */
export const topicAnswer = (party: string, answer: string) => `${party}, ${answer}`;
export const topicDescription = (answers: readonly string[], claims: number) =>
  `${answers.join('. ')}. ${claims} claims, each tied to the source's exact words.`;
export const topicImageAlt = (question: string) =>
  `${question} Every party's answer, side by side.`;
export const partyTitle = (party: string) => `Everything ${party} said`;
export const partyDescription = (claims: number, party: string, topics: readonly string[]) =>
  `${claims} claim${claims === 1 ? '' : 's'} by ${party}, question by question, each tied to the source's exact words: ${topics.join(', ')}.`;
export const partyImageAlt = (party: string) => `Everything ${party} said, question by question.`;
export const sourceDescription = (publisher: string, published: string, quoted: number) =>
  `The archived text of ${publisher}, ${published}, with the ${quoted === 1 ? 'passage' : `${quoted} passages`} the claims quote marked by party.`;
export const notFoundTitle = 'Page not found';
export const notFoundDescription =
  'There is nothing at this address. It may be mistyped or out of date.';
