import type * as en from './download-export.words.ts';

// The words inside an export of some claims (download-export.ts), in French; the English words
// are in `download-export.words.ts` beside this file.

export const annotationsLabel: typeof en.annotationsLabel = (dossier, count) =>
  `${dossier}\u00a0: ${count} ${count < 2 ? 'déclaration' : 'déclarations'}`;
export const annotationsLabelFiltered: typeof en.annotationsLabelFiltered = (
  dossier,
  count,
  filters,
) => `${dossier}\u00a0: ${count} ${count < 2 ? 'déclaration' : 'déclarations'} (${filters})`;
