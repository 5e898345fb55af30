import type * as en from './quote-figure.words.tsx';

// The words around a claim's quote (quote-figure.tsx), in French; the English words are in
// `quote-figure.words.tsx` beside this file.

export const quoted: typeof en.quoted = (quote) => (
  <>
    {'«\u00a0'}
    {quote}
    {'\u00a0»'}
  </>
);
export const inSources: typeof en.inSources = (count) =>
  count < 2 ? `Dans ${count} source` : `Dans ${count} sources`;
export const printArtifact: typeof en.printArtifact = (printed, reading) =>
  `Note\u00a0: la source imprime «\u00a0${printed}\u00a0» pour «\u00a0${reading}\u00a0». La citation conserve la forme imprimée.`;
