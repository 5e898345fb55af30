import type * as en from './source-text-query.words.ts';

// The words of a source text that fails its check (source-text-query.ts), in French; the
// English words are in `source-text-query.words.ts` beside this file.

/** The archived text at `path` (under `data/`) does not hash to its record's SHA-256. */
export const notArchived: typeof en.notArchived = (path) =>
  `Le texte de data/${path} n’est pas la source archivée\u00a0: son SHA-256 ne correspond pas à celui qui est enregistré. Il est peut-être arrivé tronqué. Réessayez.`;
