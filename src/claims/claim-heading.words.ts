// The words of the top of a claim's page (claim-heading.tsx), in English; each other interface
// language's are in `claim-heading.words.<language>.ts` beside this file.

export const summaryNote = "Our summary. The source's exact words follow.";
