// The words of a claim's card (claim-card.tsx), in English; each other interface language's
// are in `claim-card.words.<language>.ts` beside this file.

export const thisClaim = 'This claim';
export const corrected = (date: string) => `Corrected on ${date}`;
