// The words of a claim's relation badges (relation-links.tsx), in English; each other interface
// language's are in `relation-links.words.<language>.ts` beside this file.

export const notes = (count: number) =>
  count === 1 ? 'Note on this relation' : 'Notes on these relations';
export const otherClaim = (party: string, summary: string) => `(${party}. ${summary})`;
