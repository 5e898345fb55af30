import type * as z from 'zod/mini';
import {
  authoredClaimSchema,
  authoredTranslationSchema,
  sourceSchema,
  type CompiledCorpus,
  type CorpusFileName,
  type Source,
} from '../../src/corpus/corpus-schema.ts';
import {
  dossierSchema,
  partySchema,
  relationSchema,
  speakerSchema,
  topicSchema,
} from '../../src/corpus/schema.ts';
import {
  checkNoteIds,
  checkNoteRefs,
  checkRef,
  checkAppearances,
  checkLeadTopics,
  checkRelations,
  checkTopicOrder,
  indexById,
} from './check-references.ts';
import { checkExtraction } from './check-extraction.ts';
import { checkCorrections, readPublishedRecord, utcDay } from './check-corrections.ts';
import { checkTranslations } from './check-translations.ts';
import { scriptDirection } from './languages.ts';
import { loadSourceText, locateQuote, type SourceText } from './check-quotes.ts';
import { compileCorpus, type LocatedClaim } from './compile-corpus.ts';
import { interruptedEditJournal, type CorpusProblem } from './problem.ts';
import { at, readRecord, readRecords, type CorpusFiles, type Located } from './read-records.ts';

export type { CorpusFiles } from './read-records.ts';

/** A verified corpus, ready to write out: the compiled JSON and each source's archived bytes. */
export type VerifiedCorpus = {
  corpus: CompiledCorpus;
  /** Archived source bytes by source id, passed through untouched. */
  sourceBytes: ReadonlyMap<string, Uint8Array>;
  /** The saved page of each source extracted from one, by source id, untouched. */
  pageBytes: ReadonlyMap<string, Uint8Array>;
};

/** The verdict on a corpus: compiled output, or every problem found. */
export type VerifyResult =
  { ok: true; verified: VerifiedCorpus } | { ok: false; problems: CorpusProblem[] };

/**
 * Checks a corpus, in three steps that each report every problem they find (read-records.ts:
 * each record against its schema; check-references.ts: ids and references; check-quotes.ts:
 * the archived sources, the saved pages they were extracted from (check-extraction.ts) and
 * the quotes in them), then compiles it (compile-corpus.ts) when
 * there is none. A claim already published (`published.json`) is held to what was published
 * (check-corrections.ts). Pure apart from hashing: give it the files, and the day it is
 * (corrections are dated no later), and get back output or problems.
 */
export function verifyCorpus(
  files: CorpusFiles,
  { today = utcDay(new Date()) }: { today?: string } = {},
): VerifyResult {
  const problems: CorpusProblem[] = [];
  if (files.has(interruptedEditJournal)) {
    problems.push({
      file: interruptedEditJournal,
      message:
        "an edit of the author's workbench was interrupted: start the workbench (npm run author) and it finishes or undoes the edit",
    });
  }
  const read = <T>(file: CorpusFileName, schema: z.ZodMiniType<T>, noun: string) =>
    readRecords(files, file, schema, noun, problems);

  const dossier = readRecord(files, 'dossier.yaml', dossierSchema, 'dossier', problems);
  const parties = read('parties.yaml', partySchema, 'party');
  const speakers = read('speakers.yaml', speakerSchema, 'speaker');
  const topics = read('topics.yaml', topicSchema, 'topic');
  const sources = read('sources.yaml', sourceSchema, 'source');
  const claims = read('claims.yaml', authoredClaimSchema, 'claim');
  const relations = read('relations.yaml', relationSchema, 'relation');
  const translations = read('translations.yaml', authoredTranslationSchema, 'translation');

  const partyById = indexById(parties, problems);
  const speakerById = indexById(speakers, problems);
  const topicById = indexById(topics, problems);
  const sourceById = indexById(sources, problems);
  const claimById = indexById(claims, problems);
  indexById(translations, problems);
  const languageOf = (source: Source) => source.language ?? dossier?.value.language ?? 'en';

  checkTopicOrder(topics, problems);
  if (dossier) checkLeadTopics(dossier, topicById, problems);
  for (const speaker of speakers) checkRef(speaker, 'party', partyById, 'party', problems);
  for (const claim of claims) {
    checkRef(claim, 'topic', topicById, 'topic', problems);
    checkRef(claim, 'speaker', speakerById, 'speaker', problems);
    checkRef(claim, 'source', sourceById, 'source', problems);
    checkNoteRefs(claim, sourceById.get(claim.value.source)?.value, problems);
    checkAppearances(claim, sourceById, problems);
  }
  for (const source of sources) {
    checkNoteIds(source, problems);
    checkDirection(source, languageOf(source.value), problems);
  }
  checkRelations(relations, claimById, problems);
  checkCorrections(readPublishedRecord(files, problems), claims, relations, today, problems);

  const sourceTexts = new Map<string, SourceText>();
  const pageBytes = new Map<string, Uint8Array>();
  for (const source of sources) {
    const loaded = loadSourceText(files, source, languageOf(source.value), problems);
    if (loaded) sourceTexts.set(source.value.id, loaded);
    checkExtraction(files, source, loaded?.text, problems);
    const page = source.value.extractedFrom && files.get(source.value.extractedFrom.page);
    if (page) pageBytes.set(source.value.id, page);
  }

  const located: LocatedClaim[] = [];
  for (const claim of claims) {
    const source = sourceById.get(claim.value.source);
    const loaded = sourceTexts.get(claim.value.source);
    if (!source || !loaded) continue;
    const span = locateQuote(
      claim.value,
      (field) => at(claim, field),
      source.value,
      loaded,
      problems,
    );
    // Every further appearance is checked the same way, against its own source.
    const alsoIn = (claim.value.alsoIn ?? []).map((appearance, i) => {
      const other = sourceById.get(appearance.source);
      const otherText = sourceTexts.get(appearance.source);
      if (!other || !otherText) return undefined;
      const where = (field: string) => at(claim, ['alsoIn', i, field]);
      const found = locateQuote(appearance, where, other.value, otherText, problems);
      return found && { appearance, source: other.value, text: otherText.text, span: found };
    });
    if (span && alsoIn.every((one) => one !== undefined)) {
      located.push({ claim: claim.value, source: source.value, text: loaded.text, span, alsoIn });
    }
  }

  const translated = checkTranslations(
    translations,
    { claimById, sourceById, sourceTexts, languageOf },
    problems,
  );

  if (problems.length > 0 || !dossier) return { ok: false, problems };

  const corpus = compileCorpus({
    dossier: dossier.value,
    parties: parties.map((record) => record.value),
    speakers: speakers.map((record) => record.value),
    topics: topics.map((record) => record.value),
    sources: sources.map(({ value }) => ({
      source: value,
      text: sourceTexts.get(value.id)?.text ?? '',
    })),
    claims: located,
    relations: relations.map((record) => record.value),
    translations: translated,
  });
  return {
    ok: true,
    verified: {
      corpus,
      sourceBytes: new Map([...sourceTexts].map(([id, loaded]) => [id, loaded.bytes])),
      pageBytes,
    },
  };
}

/** A source in a script that runs right to left says so, so its quotes are set that way. */
function checkDirection(source: Located<Source>, language: string, problems: CorpusProblem[]) {
  if (source.value.direction !== undefined || scriptDirection(language) !== 'rtl') return;
  problems.push({
    ...at(source, 'direction'),
    ...source.yaml.locate(source.path),
    message: `the text is in "${language}", whose script runs right to left: add direction: rtl`,
  });
}
