// The words inside an export of some claims (download-export.ts), in English; each other
// interface language's are in `download-export.words.<language>.ts` beside this file.

export const annotationsLabel = (dossier: string, count: number) =>
  `${dossier}: ${count} claim${count === 1 ? '' : 's'}`;
export const annotationsLabelFiltered = (dossier: string, count: number, filters: string) =>
  `${dossier}: ${count} claims (${filters})`;
