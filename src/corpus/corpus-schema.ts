/**
 * The schemas only the build and tools need: the authored YAML records, and the whole compiled
 * corpus as one JSON file. Kept apart from `schema.ts` so the browser bundle does not carry them.
 */
import * as z from 'zod/mini';
import { parseDataFile } from './parse-corpus.ts';
import {
  claimFields,
  slug,
  speechSchema,
  claimStubSchema,
  compiledClaimSchema,
  compiledSchemaVersion,
  compiledSourceSchema,
  dossierSchema,
  extractionFields,
  languageTag,
  partySchema,
  prose,
  relationSchema,
  sha256Hex,
  sourceFields,
  speakerSchema,
  topicSchema,
  translatorSchema,
} from './schema.ts';

/** A saved page as authored: the page archived beside the text, and how the text came from it. */
export const extractionSchema = z.strictObject({
  /** The saved page as it was given, byte for byte, relative to the corpus folder. */
  page: z
    .string()
    .check(z.regex(/^sources\/[A-Za-z0-9._-]+\.html$/, 'must be sources/<name>.html')),
  ...extractionFields,
});

/** A source as authored: the archived text file and the SHA-256 that pins it. */
export const sourceSchema = z.strictObject({
  ...sourceFields,
  /** The archived text, relative to the corpus folder, e.g. `sources/x.txt`. */
  file: z.string().check(z.regex(/^sources\/[A-Za-z0-9._-]+\.txt$/, 'must be sources/<name>.txt')),
  /** SHA-256 of the file's bytes, lowercase hex; any change to the text is caught. */
  sha256: sha256Hex,
  /**
   * The saved page the text was extracted from, when it was; absent for a text archived as
   * it was given (pasted, or a `.txt` file), which nothing extracted.
   */
  extractedFrom: z.optional(extractionSchema),
});

/** The exact words of a source, as authored: the text only; selectors are computed. */
const authoredQuoteFields = {
  /** The source's exact words, character for character. */
  quote: prose,
  /** Text right before the quote in the source, to pick one occurrence when it appears twice. */
  quotePrefix: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
  /** Text right after the quote in the source, to pick one occurrence when it appears twice. */
  quoteSuffix: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
};

/** A quote's fields where the quote itself may be absent (a translation published nowhere). */
const partialQuoteFields = {
  /** Published: its exact words in that source, character for character. */
  quote: z.optional(prose),
  quotePrefix: authoredQuoteFields.quotePrefix,
  quoteSuffix: authoredQuoteFields.quoteSuffix,
};

/** One more source's report of a claim's statement, as authored: its source, words and speech. */
export const authoredAppearanceSchema = z.strictObject({
  source: slug,
  ...authoredQuoteFields,
  speech: speechSchema,
});

/** A claim as authored: the quote is the exact text only; selectors are computed. */
export const authoredClaimSchema = z.strictObject({
  ...claimFields,
  ...authoredQuoteFields,
  /**
   * The same statement as further sources report it, each in its own words: one claim that
   * rests on several sources, not one claim per source. The claim's own `source`, `quote` and
   * `speech` are its first appearance.
   */
  alsoIn: z.optional(z.array(authoredAppearanceSchema).check(z.minLength(1, 'must not be empty'))),
});

/**
 * A translation of one of a claim's appearances, as authored (`translations.yaml`). A published
 * one (by the speaker's side, an interpreter, an agency or an outlet) gives the source that
 * publishes it, its words there and its speech, and is verified like a quote; an unpublished one
 * (the dossier's authors', a machine's) gives its `text`. The verifier holds each to its kind.
 */
export const authoredTranslationSchema = z.strictObject({
  /** Slug naming the translation. */
  id: slug,
  /** The claim whose words it translates. */
  claim: slug,
  /** The source of the appearance it translates: the claim's own source, or one of `alsoIn`. */
  of: slug,
  /** BCP 47 tag of the language it is in; a published one's is its source's. */
  language: languageTag,
  /** Whose translation it is. */
  translator: translatorSchema,
  /** Published: the source that publishes it. */
  source: z.optional(slug),
  ...partialQuoteFields,
  /** Published: whether that source puts it in quotation marks (`direct`) or not. */
  speech: z.optional(speechSchema),
  /** Unpublished: the translation itself. */
  text: z.optional(prose),
});

/**
 * The authored files of a corpus folder: `dossier.yaml` is one record, what the dossier is
 * about; each of the others is a YAML list of records of one kind.
 */
export const corpusFileNames = [
  'dossier.yaml',
  'parties.yaml',
  'speakers.yaml',
  'topics.yaml',
  'sources.yaml',
  'claims.yaml',
  'relations.yaml',
  'translations.yaml',
] as const;

/** The authored files a corpus folder may leave out: none of their records is then needed. */
export const optionalCorpusFiles: readonly CorpusFileName[] = ['translations.yaml'];

/** The name of one authored corpus file. */
export type CorpusFileName = (typeof corpusFileNames)[number];

/**
 * The whole compiled corpus in one file (`data/corpus.json`), for tools, downloads and
 * exports: everything but the source texts. The app fetches the smaller files instead.
 */
export const compiledCorpusSchema = z.strictObject({
  /** Format version of this file. */
  schemaVersion: z.literal(compiledSchemaVersion),
  /** What the dossier is about: its name, headline, introduction and event. */
  dossier: dossierSchema,
  /** The sides compared, in display order. */
  parties: z.array(partySchema),
  /** Everyone quoted. */
  speakers: z.array(speakerSchema),
  /** The questions, sorted by `order`. */
  topics: z.array(topicSchema),
  /** The archived sources; their texts are separate files. */
  sources: z.array(compiledSourceSchema),
  /** Every claim, in authored order. */
  claims: z.array(compiledClaimSchema),
  /** Typed links between claims of this file. */
  relations: z.array(relationSchema),
  /**
   * In an export of some claims: the relations linking one of them to a claim left out, so a
   * filtered export names them rather than drop them. Absent from a whole corpus.
   */
  outsideRelations: z.optional(z.array(relationSchema)),
  /** In an export of some claims: a stub of each claim left out that `outsideRelations` names. */
  related: z.optional(z.array(claimStubSchema)),
  /**
   * In an export of a filtered view: the filters that chose its claims, in words, and the
   * address of that view. Absent from a whole corpus and from an export of every claim.
   */
  selection: z.optional(z.strictObject({ filters: prose, url: z.string() })),
});

export type Source = z.infer<typeof sourceSchema>;
export type Extraction = z.infer<typeof extractionSchema>;
export type AuthoredClaim = z.infer<typeof authoredClaimSchema>;
export type AuthoredAppearance = z.infer<typeof authoredAppearanceSchema>;
export type AuthoredTranslation = z.infer<typeof authoredTranslationSchema>;
export type CompiledCorpus = z.infer<typeof compiledCorpusSchema>;

/** Parses the whole compiled corpus JSON, or throws a readable list of what does not match. */
export function parseCompiledCorpus(json: unknown): CompiledCorpus {
  return parseDataFile(compiledCorpusSchema, json, 'corpus.json');
}
