/**
 * The one schema of the claim corpus: the YAML files authors write (`data/*.yaml`) and the
 * compiled JSON the browser fetches. Types are inferred from here and nowhere else.
 * Built on `zod/mini` so the browser pays ~6 KB for parsing the compiled corpus.
 */
import * as z from 'zod/mini';
import { parsePartialDate, parseStatedAt } from './stated-at.ts';

/** Bumped whenever the compiled JSON changes shape, so old clients and exports can tell. */
export const compiledSchemaVersion = 1;

const slug = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and hyphens'),
  );

/** Text a person reads: at least one visible character, no stray space at either end. */
const prose = z.string().check(
  z.refine((text) => text.trim().length > 0, 'must not be empty'),
  z.refine((text) => text.trim() === text, 'must not start or end with white space'),
);

const date = z
  .string()
  .check(
    z.refine(
      (text) => parsePartialDate(text) !== undefined,
      'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  );

const statedAt = z
  .string()
  .check(
    z.refine(
      (text) => parseStatedAt(text) !== undefined,
      'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, or an interval start/end with start before end',
    ),
  );

const httpUrl = z.string().check(
  z.refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http:// or https:// address'),
);

/** One side in the comparison: a state, or the independent analysts as a group of their own. */
export const partySchema = z.strictObject({
  /** Slug used in URLs and data files: `us`, `dprk`, `china`, `analysts`. */
  id: slug,
  /** Display name, e.g. "North Korea". */
  name: prose,
  /** Short label for tight spaces, e.g. "DPRK". */
  label: prose,
});

/** Who made a statement: a person, an unnamed group the source cites, or an institution. */
export const speakerSchema = z.strictObject({
  /** Slug, e.g. `ri-yong-ho`. */
  id: slug,
  /** The name as the source gives it, e.g. "Ri Yong Ho" or "Several analysts". */
  name: prose,
  /** Whether the speaker is one person, an unnamed group, or an institution such as a government. */
  kind: z.enum(['person', 'group', 'institution']),
  /** Role at the time of the statement, as the source gives it, e.g. "Foreign Minister". */
  role: z.optional(prose),
  /** Organisation the source ties the speaker to, e.g. "Asan Institute for Policy Studies, Seoul". */
  affiliation: z.optional(prose),
  /** The party the speaker speaks for. */
  party: slug,
});

/** A question the sources answer; each party's claims are compared topic by topic. */
export const topicSchema = z.strictObject({
  /** Slug, e.g. `sanctions-relief-sought`. */
  id: slug,
  /** Short title, e.g. "Sanctions relief sought". */
  title: prose,
  /** The neutral question the topic answers. */
  question: prose,
  /** Position in the comparison, 1 first; unique across topics. */
  order: z.int().check(z.minimum(1, 'must be 1 or more')),
  /** Background a reader needs, in our own words; never a quote. */
  note: z.optional(prose),
});

/** A place in a source where the archived text carries a print artifact, kept as printed. */
export const printArtifactSchema = z.strictObject({
  /** The artifact exactly as the source prints it, e.g. "plu-tonium". */
  text: prose,
  /** What the printed text stands for, e.g. "plutonium". */
  reading: prose,
});

const sourceFields = {
  /** Slug, e.g. `st-2019-03-02-kim-vows-to-meet-trump-again`. */
  id: slug,
  /** The headline as published. */
  headline: prose,
  /** Who published it, e.g. "The Straits Times (print edition)". */
  publisher: prose,
  /** Publication date. */
  published: date,
  /** The dateline, e.g. "SEOUL/WASHINGTON". */
  dateline: prose,
  /** The canonical web address, when one is known; never guessed. */
  url: z.optional(httpUrl),
  /** Print artifacts in the archived text, so quotes that contain them can say so. */
  printArtifacts: z.optional(z.array(printArtifactSchema)),
};

/** A source as authored: the archived text file and the SHA-256 that pins it. */
export const sourceSchema = z.strictObject({
  ...sourceFields,
  /** The archived text, relative to the corpus folder, e.g. `sources/x.txt`. */
  file: z.string().check(z.regex(/^sources\/[A-Za-z0-9._-]+\.txt$/, 'must be sources/<name>.txt')),
  /** SHA-256 of the file's bytes, lowercase hex; any change to the text is caught. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
});

/** How the source renders the statement. */
export const speechSchema = z.enum(['direct', 'reported']);

const claimFields = {
  /** Readable slug; it is the claim's permalink and never changes once published. */
  id: slug,
  /** The topic (question) this claim answers. */
  topic: slug,
  /** Who made the statement; the party follows from the speaker. */
  speaker: slug,
  /** One neutral line in our own words; never a quote. */
  summary: prose,
  /** The source the quote is taken from. */
  source: slug,
  /**
   * `direct`: the quote is entirely the speaker's words inside quotation marks;
   * `reported`: the source's paraphrase, possibly with quoted fragments.
   */
  speech: speechSchema,
  /** When the statement was made, with the precision the source supports. */
  statedAt: z.optional(statedAt),
  /** Where or through what it was made, where the source says so, e.g. "news conference in Manila". */
  venue: z.optional(prose),
};

/** A claim as authored: the quote is the exact text only; selectors are computed. */
export const authoredClaimSchema = z.strictObject({
  ...claimFields,
  /** The source's exact words, character for character. */
  quote: prose,
  /** Text right before the quote in the source, to pick one occurrence when it appears twice. */
  quotePrefix: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
  /** Text right after the quote in the source, to pick one occurrence when it appears twice. */
  quoteSuffix: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
});

/** The kinds of link between two claims. */
export const relationTypeSchema = z.enum(['disputes', 'supports', 'qualifies', 'elaborates']);

/** A typed link between two claims: how one responds to the other. */
export const relationSchema = z.strictObject({
  /** The claim that disputes, supports, qualifies or elaborates. */
  from: slug,
  /** The claim it responds to. */
  to: slug,
  /**
   * `disputes`: denies or contradicts; `supports`: agrees or corroborates;
   * `qualifies`: adds a doubt or condition; `elaborates`: adds detail.
   */
  type: relationTypeSchema,
  /** One neutral line on how the two relate, in our own words. */
  note: prose,
});

/** The authored files of a corpus folder; each is a YAML list of records of one kind. */
export const corpusFileNames = [
  'parties.yaml',
  'speakers.yaml',
  'topics.yaml',
  'sources.yaml',
  'claims.yaml',
  'relations.yaml',
] as const;

/** The name of one authored corpus file. */
export type CorpusFileName = (typeof corpusFileNames)[number];

/** W3C Web Annotation TextQuoteSelector: the exact text with up to 32 code points either side. */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  /** The quoted text, exactly as in the source. */
  exact: z.string(),
  /** Up to 32 code points before the quote. */
  prefix: z.string(),
  /** Up to 32 code points after the quote. */
  suffix: z.string(),
});

/** W3C Web Annotation TextPositionSelector, counted in Unicode code points. */
export const textPositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  /** Code point offset of the quote's first character. */
  start: z.int().check(z.minimum(0)),
  /** Code point offset just past the quote's last character. */
  end: z.int().check(z.minimum(0)),
});

/** A claim as compiled: the quote carries both W3C selectors. */
export const compiledClaimSchema = z.strictObject({
  ...claimFields,
  /** Where the quote sits in its source, as W3C Web Annotation selectors. */
  quote: z.strictObject({
    textQuoteSelector: textQuoteSelectorSchema,
    textPositionSelector: textPositionSelectorSchema,
  }),
  /** Print artifacts of the source that fall inside this quote. */
  printArtifacts: z.array(printArtifactSchema),
});

/** A source as compiled: its text is a separate file fetched on demand. */
export const compiledSourceSchema = z.strictObject({
  ...sourceFields,
  /** Path of the archived text relative to the compiled corpus, e.g. `sources/<id>.txt`. */
  textPath: z.string(),
  /** SHA-256 of the archived text's bytes. */
  sha256: z.string(),
  /** Length of the text in code points. */
  length: z.int().check(z.minimum(0)),
});

/** The compiled corpus the app fetches: everything but the source texts. */
export const compiledCorpusSchema = z.strictObject({
  /** Format version of this file. */
  schemaVersion: z.literal(compiledSchemaVersion),
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
  /** Typed links between claims. */
  relations: z.array(relationSchema),
});

export type Party = z.infer<typeof partySchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type PrintArtifact = z.infer<typeof printArtifactSchema>;
export type AuthoredClaim = z.infer<typeof authoredClaimSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type Speech = z.infer<typeof speechSchema>;
export type CompiledClaim = z.infer<typeof compiledClaimSchema>;
export type CompiledSource = z.infer<typeof compiledSourceSchema>;
export type CompiledCorpus = z.infer<typeof compiledCorpusSchema>;
