import { compiledFiles, readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus, type VerifiedCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';

/**
 * The bundled dossier (`data/`), verified and indexed as the build does, so tests take their
 * expected claims, summaries and counts from it rather than typing them: a change to one claim
 * then breaks only the tests about that claim.
 */
function verifyDossier(): VerifiedCorpus {
  const result = verifyCorpus(readCorpusFolder('data'));
  if (!result.ok) {
    throw new Error(`The dossier does not verify:\n${JSON.stringify(result.problems, null, 2)}`);
  }
  return result.verified;
}

const verified = verifyDossier();

/** The dossier, indexed. */
export const dossier = indexCorpus(verified.corpus);

/**
 * One address of each kind of page the app builds, on the dossier (under the app's base):
 * the comparison, a claim, its source, its question's page, its party's page, the timeline.
 */
export function pageOfEachKind(view: ClaimView): string[] {
  return [
    '',
    `claims/${view.claim.id}`,
    `sources/${view.source.id}`,
    `topics/${view.topic.id}`,
    `parties/${view.party.id}`,
    'timeline',
  ];
}

/** A claim of the dossier by id (ids are permalinks and never change), resolved. */
export function dossierClaim(id: string): ClaimView {
  const view = dossier.claimById.get(id);
  if (!view) throw new Error(`The dossier has no claim "${id}"`);
  return view;
}

/** The archived text of one of the dossier's sources, as the verifier read it. */
export function dossierSourceText(sourceId: string): string {
  const bytes = verified.sourceBytes.get(sourceId);
  if (!bytes) throw new Error(`The dossier has no source "${sourceId}"`);
  return new TextDecoder().decode(bytes);
}

/** The data files the build writes for the dossier, as text. */
export function dossierDataFiles(): Map<string, string> {
  const decoder = new TextDecoder();
  return new Map(
    [...compiledFiles(verified)].map(([path, content]) => [
      path,
      typeof content === 'string' ? content : decoder.decode(content),
    ]),
  );
}
