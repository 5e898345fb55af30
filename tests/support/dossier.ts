import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { indexCorpus, type ClaimView, type CorpusIndex } from '../../src/corpus/corpus-index.ts';

/**
 * The bundled dossier (`data/`), verified and indexed as the build does, so tests take their
 * expected claims, summaries and counts from it rather than typing them: a change to one claim
 * then breaks only the tests about that claim.
 */
function loadDossier(): CorpusIndex {
  const result = verifyCorpus(readCorpusFolder('data'));
  if (!result.ok) {
    throw new Error(`The dossier does not verify:\n${JSON.stringify(result.problems, null, 2)}`);
  }
  return indexCorpus(result.verified.corpus);
}

/** The dossier, indexed. */
export const dossier = loadDossier();

/** A claim of the dossier by id (ids are permalinks and never change), resolved. */
export function dossierClaim(id: string): ClaimView {
  const view = dossier.claimById.get(id);
  if (!view) throw new Error(`The dossier has no claim "${id}"`);
  return view;
}
