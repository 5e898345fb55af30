// The words of the download buttons (export-buttons.tsx), in English; each other interface
// language's are in `export-buttons.words.<language>.ts` beside this file.

export const csv = 'CSV';
export const csvHint = 'one row per claim, for spreadsheets';
export const json = 'JSON';
export const jsonHint = 'the corpus format, with its schema version';
export const annotations = 'Web Annotations';
export const annotationsHint = 'W3C JSON-LD, anchored in the source';
export const bibtex = 'BibTeX';
export const bibtexHint = 'a citation of each claim, for reference managers';
export const preparing = (format: string) => `Preparing the ${format} file…`;
export const downloaded = (format: string, claims: number) =>
  `${format} of ${claims} claims downloaded.`;
export const notPrepared = (format: string, why: string) =>
  `The ${format} file could not be prepared: ${why}`;
export const downloadThese = (matching: number) =>
  matching === 1 ? 'Download this claim:' : `Download these ${matching} claims:`;
