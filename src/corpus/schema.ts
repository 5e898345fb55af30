/**
 * The one schema of the claim corpus: the YAML files authors write (`data/*.yaml`) and the
 * compiled JSON the browser fetches. Types are inferred from here and nowhere else.
 * Built on `zod/mini`, small enough for the browser, which loads it with its first fetch of a
 * data file (`checked-data-file.ts`), never with a page's first view.
 */
import * as z from 'zod/mini';
import { maxIdLength } from './id-length.ts';
import { parsePartialDate, parseStatedAt } from './stated-at.ts';

/** Bumped whenever the compiled JSON changes shape, so old clients and exports can tell. */
export const compiledSchemaVersion = 10;

export { maxIdLength };

export const slug = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and hyphens'),
    z.maxLength(maxIdLength, `must be at most ${maxIdLength} characters`),
  );

/** Text a person reads: at least one visible character, no stray space at either end. */
export const prose = z.string().check(
  z.refine((text) => text.trim().length > 0, 'must not be empty'),
  z.refine((text) => text.trim() === text, 'must not start or end with white space'),
);

/** Longest short form, in code points: a line or two of a cell in the positions overview. */
export const shortFormMaxLength = 70;

/**
 * A claim's short form: the position in a few words of our own, for the positions overview.
 * Never a quote, so it holds no double quotation marks (apostrophes are fine).
 */
const shortForm = prose.check(
  z.refine(
    (text) => [...text].length <= shortFormMaxLength,
    `must be at most ${shortFormMaxLength} characters: the position in a few words`,
  ),
  z.refine(
    (text) => !/["“”„«»]/.test(text),
    'must not hold quotation marks: it is our words, never a quote',
  ),
);

const date = z
  .string()
  .check(
    z.refine(
      (text) => parsePartialDate(text) !== undefined,
      'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  );

/** A calendar day, `YYYY-MM-DD`, that is real. */
const day = z
  .string()
  .check(
    z.refine(
      (text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parsePartialDate(text) !== undefined,
      'must be a real day as YYYY-MM-DD',
    ),
  );

const statedAt = z
  .string()
  .check(
    z.refine(
      (text) => parseStatedAt(text) !== undefined,
      'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD (a day may add its time with the offset of its clock: 2019-02-28T23:00+07:00), or an interval start/end with the end after the start',
    ),
  );

/** A BCP 47 language tag, e.g. `en`, `en-GB`, `ko`, `zh-Hant`, as `Intl` accepts it. */
export const languageTag = z.string().check(
  z.refine((text) => {
    if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(text)) return false;
    try {
      return Intl.getCanonicalLocales(text).length === 1;
    } catch {
      return false;
    }
  }, 'must be a BCP 47 language tag such as en, en-GB, ko or zh-Hant'),
);

/** Which way a text's lines run: left to right, or right to left (Arabic, Hebrew, …). */
export const directionSchema = z.enum(['ltr', 'rtl']);

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

/**
 * The accents a party may wear, each a set of the app's badge, rule and timeline classes (see
 * `src/parties/party-style.ts`). Colour only ever adds to a party's written label.
 */
export const partyColours = ['blue', 'red', 'amber', 'teal', 'violet', 'pink'] as const;

/** One side in the comparison: a government, a movement, or a group such as outside experts. */
export const partySchema = z.strictObject({
  /** Slug used in URLs and data files, e.g. `council`. */
  id: slug,
  /** Display name, e.g. "The town council". */
  name: prose,
  /** Short label for tight spaces, e.g. "Council". */
  label: prose,
  /**
   * Its accent, one of {@link partyColours}; the compiler gives a party without one the first
   * colour no party before it wears.
   */
  colour: z.optional(z.enum(partyColours)),
});

/**
 * What the dossier is about, in the words the site shows (`data/dossier.yaml`): nothing of it
 * is written in the code, so the same app serves any event.
 */
export const dossierSchema = z.strictObject({
  /** Slug naming the dossier's downloads, e.g. `harbour-vote-2031` gives `harbour-vote-2031-claims.csv`. */
  id: slug,
  /** The site's name, first in every page title and in the header, e.g. "Harbour vote 2031". */
  name: prose,
  /** What the site is, after its name: "who said what" makes "Harbour vote 2031: who said what". */
  tagline: prose,
  /** The event the claims are about. */
  event: z.strictObject({
    /** e.g. "The harbour referendum". */
    name: prose,
    /** When it happened, with the precision known: a date or an interval `start/end`. */
    dates: statedAt,
    /** Where, e.g. "Port Averne". */
    place: prose,
  }),
  /**
   * BCP 47 tag of the language the dossier's own text is in (headline, summaries, notes), e.g.
   * `en`; also the language of a source that does not say its own.
   */
  language: languageTag,
  /** The headline of `/`. */
  headline: prose,
  /** The introduction under it, in our own words: what happened, and who is compared. */
  intro: prose,
  /**
   * The questions the dossier leads with, by topic id: first in the comparison, in this order
   * (the other topics follow in their `order`). Empty in a dossier that has no topic yet.
   */
  leadTopics: z.array(slug),
});

/** Who made a statement: a person, an unnamed group the source cites, or an institution. */
export const speakerSchema = z.strictObject({
  /** Slug, e.g. `mara-quist`. */
  id: slug,
  /** The name as the source gives it, e.g. "Mara Quist" or "Several dockers". */
  name: prose,
  /** Whether the speaker is one person, an unnamed group, or an institution such as a government. */
  kind: z.enum(['person', 'group', 'institution']),
  /** Role at the time of the statement, as the source gives it, e.g. "Foreign Minister". */
  role: z.optional(prose),
  /** Organisation the source ties the speaker to, e.g. "Averne Institute of Maritime Law". */
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

/**
 * A fact the source's text takes for granted but does not state, such as where and when a
 * news conference it reports was held: kept with the source, in our own words, from the
 * archive's record of it, so a claim whose date or venue rests on it can say so.
 */
export const sourceNoteSchema = z.strictObject({
  /** Slug a claim names it by, e.g. `dprk-news-conference`. */
  id: slug,
  /** The fact, in our own words. */
  text: prose,
});

/** SHA-256 of a file's bytes, as 64 lowercase hex digits. */
export const sha256Hex = z
  .string()
  .check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'));

/**
 * What turned a saved page into its archived text, as installed when it ran, so anyone can
 * run the same again: the package that finds the article, the DOM it ran on, and the version
 * of this project's rules that lay the article out as plain text.
 */
export const extractorSchema = z.strictObject({
  /** The package that finds the article in the page, e.g. `@mozilla/readability`. */
  name: prose,
  /** Its exact version, e.g. `0.6.0`. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+\S*$/, 'must be an exact version, e.g. 0.6.0')),
  /** The DOM the page was parsed into, package and exact version, e.g. `linkedom 0.18.15`. */
  dom: z
    .string()
    .check(
      z.regex(
        /^\S+ \d+\.\d+\.\d+\S*$/,
        'must be a package and its exact version, e.g. linkedom 0.18.15',
      ),
    ),
  /** The version of this project's rules that lay the article out as plain text. */
  rules: z.int().check(z.minimum(1, 'must be 1 or more')),
});

/**
 * Where a source's text came from when it was extracted from a saved web page: the page,
 * archived byte for byte and pinned by its SHA-256, the day it was saved, and the extractor.
 */
export const extractionFields = {
  /** SHA-256 of the saved page's bytes. */
  sha256: sha256Hex,
  /** The day the page was saved from the web, `YYYY-MM-DD`. */
  captured: day,
  /** What extracted the text from the page. */
  extractor: extractorSchema,
};

export const sourceFields = {
  /** Slug, e.g. `courier-2031-05-12-harbour-vote-passes`. */
  id: slug,
  /** The headline as published. */
  headline: prose,
  /** Who published it, e.g. "The Averne Courier (print edition)". */
  publisher: prose,
  /** The byline as published, when it has one, e.g. "Petra Holm". */
  byline: z.optional(prose),
  /** Publication date. */
  published: date,
  /**
   * Where the report was filed from, when it says ("PORT AVERNE/LONDON"); many pages do not,
   * and a citation does without it.
   */
  dateline: z.optional(prose),
  /** The canonical web address, when one is known; never guessed. */
  url: z.optional(httpUrl),
  /** Print artifacts in the archived text, so quotes that contain them can say so. */
  printArtifacts: z.optional(z.array(printArtifactSchema)),
  /** Facts the text assumes but does not state, that claims' dates and venues may rest on. */
  notes: z.optional(z.array(sourceNoteSchema)),
  /**
   * BCP 47 tag of the language the text is in, e.g. `ko`; without one, the dossier's. Its
   * quotes are verified in it, with its quotation marks.
   */
  language: z.optional(languageTag),
  /**
   * Which way its lines run, for a right-to-left script, which must say so (`rtl`); without
   * one, left to right.
   */
  direction: z.optional(directionSchema),
};

/** How the source renders the statement. */
export const speechSchema = z.enum(['direct', 'reported']);

/**
 * A correction of a published claim, made in the open: the day it was made and why, in our
 * words. The verifier refuses a change to a published claim's words, speaker, speech, summary,
 * date and place or relations that comes without one (see `check-corrections.ts`).
 */
export const correctionSchema = z.strictObject({
  /** The day the correction was made, `YYYY-MM-DD`. */
  date: day,
  /** What was wrong and what changed, in our own words; never a quote. */
  reason: prose,
});

/** A correction of a published claim (see {@link correctionSchema}). */
export type Correction = z.infer<typeof correctionSchema>;

export const claimFields = {
  /** Readable slug; it is the claim's permalink and never changes once published. */
  id: slug,
  /** The topic (question) this claim answers. */
  topic: slug,
  /** Who made the statement; the party follows from the speaker. */
  speaker: slug,
  /** One neutral line in our own words; never a quote. */
  summary: prose,
  /**
   * The position in a few neutral words of our own, without the speaker's name (shown beside
   * it), for the positions overview; without one, the overview shows the summary.
   */
  short: z.optional(shortForm),
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
  /** The source note `statedAt` rests on, when the text does not give the date; else the text. */
  statedAtFrom: z.optional(slug),
  /** The source note `venue` rests on, when the text does not give the place; else the text. */
  venueFrom: z.optional(slug),
  /** Its corrections since it was first published, oldest first (absent when none). */
  corrections: z.optional(
    z.array(correctionSchema).check(z.minLength(1, 'must not be empty: leave it out')),
  ),
};

/**
 * Who translated a quote: the speaker's side (an official version), an interpreter, a news
 * agency or another outlet, all of them published; or, unpublished, the dossier's authors or a
 * machine. In the order readers get their translations (see `readingTranslation`).
 */
export const translatorKinds = [
  'official',
  'interpreter',
  'agency',
  'outlet',
  'dossier',
  'machine',
] as const;

/** The translators whose translations are published, and so verified in an archived source. */
export const publishedTranslatorKinds = ['official', 'interpreter', 'agency', 'outlet'] as const;

/**
 * Whose a translation is, as the data files carry it: its translator's kind and, for an agency
 * or an outlet, the name it goes by. The interface's words say it in the reader's language
 * (`ownerWords`).
 */
export const translationOwnerSchema = z.strictObject({
  kind: z.enum(translatorKinds),
  name: z.optional(prose),
});

/** Whose a translation is (see {@link translationOwnerSchema}). */
export type TranslationOwner = z.infer<typeof translationOwnerSchema>;

/** Whose translation a translation is. */
export const translatorSchema = z.strictObject({
  /** What kind of translator, one of {@link translatorKinds}. */
  kind: z.enum(translatorKinds),
  /**
   * Who: the ministry, agency, outlet or interpreter, or the machine translation system and
   * its version. The dossier's authors need no name; an interpreter may be unnamed.
   */
  name: z.optional(prose),
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

/** Where a quote sits in its source, as W3C Web Annotation selectors. */
const compiledQuoteSchema = z.strictObject({
  textQuoteSelector: textQuoteSelectorSchema,
  textPositionSelector: textPositionSelectorSchema,
});

/**
 * One more source's report of a claim's statement: its words for it, how it renders them,
 * and where they sit in it. The claim's own `source`, `speech` and `quote` are its first.
 */
export const compiledAppearanceSchema = z.strictObject({
  source: slug,
  speech: speechSchema,
  quote: compiledQuoteSchema,
  /** Print artifacts of that source that fall inside this quote. */
  printArtifacts: z.array(printArtifactSchema),
});

/** What every translation says: which appearance it translates, into what, and whose it is. */
const translationFields = {
  /** Slug naming the translation. */
  id: slug,
  /** The source of the claim's appearance it translates (the claim's own source, or an `alsoIn`). */
  of: slug,
  /** BCP 47 tag of the language it is in. */
  language: languageTag,
  /** Which way its lines run. */
  direction: directionSchema,
  /** Whose translation it is. */
  translator: translatorSchema,
};

/**
 * A translation published in an archived source: its words there, verified verbatim like a
 * quote, and how that source renders them (in quotation marks, `direct`, or not).
 */
export const compiledPublishedTranslationSchema = z.strictObject({
  ...translationFields,
  /** The source that publishes it. */
  source: slug,
  speech: speechSchema,
  quote: compiledQuoteSchema,
  /** Print artifacts of that source that fall inside it. */
  printArtifacts: z.array(printArtifactSchema),
});

/**
 * A translation published nowhere: the dossier's authors' or a machine's. Never the speaker's
 * words, never in quotation marks.
 */
export const compiledUnpublishedTranslationSchema = z.strictObject({
  ...translationFields,
  /** The translation. */
  text: prose,
});

/** A translation of one of a claim's appearances, published or not. */
export const compiledTranslationSchema = z.union([
  compiledPublishedTranslationSchema,
  compiledUnpublishedTranslationSchema,
]);

/** A claim as compiled: the quote carries both W3C selectors. */
export const compiledClaimSchema = z.strictObject({
  ...claimFields,
  /** Where the quote sits in its source, as W3C Web Annotation selectors. */
  quote: compiledQuoteSchema,
  /** Print artifacts of the source that fall inside this quote. */
  printArtifacts: z.array(printArtifactSchema),
  /** The same statement in further sources, when more than one carries it (absent when none). */
  alsoIn: z.optional(z.array(compiledAppearanceSchema)),
  /** Translations of its appearances, in authored order (absent when none). */
  translations: z.optional(z.array(compiledTranslationSchema)),
});

/**
 * A saved page as compiled: where it is served for download, and how the text came from it.
 * It is served as plain text (`sources/<id>.html.txt`) so that, opened from the site, it shows
 * as its markup and none of its scripts can run on the site's origin.
 */
export const compiledExtractionSchema = z.strictObject({
  /** Path of the saved page relative to the compiled corpus, `sources/<id>.html.txt`. */
  pagePath: z.string(),
  ...extractionFields,
});

/** A source as compiled: its text is a separate file fetched on demand. */
export const compiledSourceSchema = z.strictObject({
  ...sourceFields,
  /** BCP 47 tag of the language of its text: its own, or else the dossier's. */
  language: languageTag,
  /** Which way its lines run. */
  direction: directionSchema,
  /** Path of the archived text relative to the compiled corpus, e.g. `sources/<id>.txt`. */
  textPath: z.string(),
  /** SHA-256 of the archived text's bytes. */
  sha256: z.string(),
  /** Length of the text in code points. */
  length: z.int().check(z.minimum(0)),
  /** The saved page the text was extracted from, when it was (absent for a text as given). */
  extractedFrom: z.optional(compiledExtractionSchema),
});

// The authored files and the whole-corpus JSON are described in `corpus-schema.ts`, which only
// the build and tools load (the browser never parses them).

export type Party = z.infer<typeof partySchema>;
export type PartyColour = (typeof partyColours)[number];
export type Dossier = z.infer<typeof dossierSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type PrintArtifact = z.infer<typeof printArtifactSchema>;
export type SourceNote = z.infer<typeof sourceNoteSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type Speech = z.infer<typeof speechSchema>;
export type CompiledClaim = z.infer<typeof compiledClaimSchema>;
export type CompiledAppearance = z.infer<typeof compiledAppearanceSchema>;
export type CompiledSource = z.infer<typeof compiledSourceSchema>;
export type CompiledTranslation = z.infer<typeof compiledTranslationSchema>;
export type CompiledPublishedTranslation = z.infer<typeof compiledPublishedTranslationSchema>;
export type Translator = z.infer<typeof translatorSchema>;
export type TranslatorKind = (typeof translatorKinds)[number];
export type Direction = z.infer<typeof directionSchema>;
export type CompiledExtraction = z.infer<typeof compiledExtractionSchema>;
export type Extractor = z.infer<typeof extractorSchema>;
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/*
 * The files the browser fetches. The whole corpus is never downloaded: a small index, then
 * only the chunk, claim or source files a view shows, and the filter and search tables when a
 * filter needs them. See `layout.ts` for the order chunks follow and `docs/data-format.md`.
 */

/** Bumped whenever the browser's files change shape. */
export const dataFormatVersion = 13;

const format = z.literal(dataFormatVersion);
const count = z.int().check(z.minimum(0));

/** Just enough of a claim to name it in a relation: the other end of a link. */
export const claimStubSchema = z.strictObject({
  id: slug,
  summary: prose,
  short: z.optional(shortForm),
  speaker: slug,
  topic: slug,
});

/** How many claims of a party on a topic the positions overview shows; a link leads to the rest. */
export const overviewClaimsPerCell = 2;

/** A claim as the positions overview of `/` shows it, in a line or two. */
export const overviewClaimSchema = z.strictObject({
  id: slug,
  /** Its short form, or its summary when it has none. */
  short: prose,
  /** Its speaker, as an index into `speakers`. */
  speaker: count,
  speech: speechSchema,
  /** Direct speech: the speaker's exact words, or an exact excerpt of them with ellipses. */
  excerpt: z.optional(prose),
  /** Reported speech: the publisher whose words the source's account of the claim is. */
  reportedBy: z.optional(prose),
  /** Whose translation `excerpt` is, when the quote is in another language than the dossier's. */
  translatedBy: z.optional(translationOwnerSchema),
  /** Whether that translation is in quotation marks where it is published. */
  translationQuoted: z.optional(z.boolean()),
  /** The relations it starts towards another party's claims on the same topic. */
  relations: z.array(
    z.strictObject({
      type: relationTypeSchema,
      /** The other claim, its short form (or summary), and its speaker (into `speakers`). */
      to: slug,
      short: prose,
      speaker: count,
    }),
  ),
});

/**
 * `data/index.json`: what every view needs, sized by the number of parties, speakers and
 * topics, never by the number of claims or sources.
 */
export const corpusMetaSchema = z.strictObject({
  format,
  /** What the dossier is about: its name, headline, introduction and event. */
  dossier: dossierSchema,
  /** The event's dates in words ("27–28 February 2019"), so `/` needs no date code to say them. */
  eventDates: prose,
  /** Claims per chunk file; also the number of claims per page of the comparison. */
  chunkSize: z.int().check(z.minimum(1)),
  parties: z.array(partySchema),
  speakers: z.array(speakerSchema),
  topics: z.array(topicSchema),
  /** Claims per topic and party, `counts[topic][party]`, in the orders above. */
  counts: z.array(z.array(count)),
  /**
   * The positions overview: `overview[topic][party]` holds that party's claims on the topic,
   * at most {@link overviewClaimsPerCell}: those in a disputes or qualifies relation first,
   * then the rest, in display order (`counts` says how many more).
   */
  overview: z.array(z.array(z.array(overviewClaimSchema))),
  /**
   * Each party with claims but none on a lead question, by its headline position: its first
   * claim in display order (on the first question it answers, `topic`), which the overview
   * shows in the first lead question's row so every party is seen on the first screen.
   */
  headlines: z.array(z.strictObject({ party: count, topic: count, claim: overviewClaimSchema })),
  /** Claims per speaker, in speaker order. */
  speakerCounts: z.array(count),
  claimCount: count,
  relationCount: count,
  sourceCount: count,
  /** The first sources, for the list at the foot of every page. */
  sources: z.array(compiledSourceSchema),
});

/**
 * Some claims with what they need to be shown: their sources, the relations touching them, and
 * a stub of each claim at the other end of a relation that is not among them. Used for
 * `data/chunks/<n>.json`, `data/claims/<id>.json` and `data/sources/<id>.json`.
 */
export const claimSliceSchema = z.strictObject({
  format,
  claims: z.array(compiledClaimSchema),
  sources: z.array(compiledSourceSchema),
  relations: z.array(relationSchema),
  related: z.array(claimStubSchema),
});

/** `data/facets.json`: each claim's speaker (index) and speech (`d` or `r`), in display order. */
export const facetsSchema = z.strictObject({
  format,
  speaker: z.array(count),
  speech: z.string().check(z.regex(/^[dr]*$/)),
});

/** `data/search.json`: the search index of every claim, by display position. */
export const searchIndexSchema = z.strictObject({
  format,
  /**
   * MiniSearch's index of every field a card shows, each claim by its display position (see
   * `src/search/claim-search.ts`); MiniSearch checks its own format as it loads it.
   */
  index: z.looseObject({
    serializationVersion: z.number(),
    documentCount: z.number(),
    index: z.array(z.unknown()),
  }),
});

/**
 * `data/timeline.json`: every claim with a date, earliest first (by first day, then display
 * position), as three parallel arrays: its display position (its party follows from the
 * layout), and the first and last day its date allows (days since 1970-01-01, UTC; a month
 * given alone allows each of its days). Enough to draw and bin every party's lane; what a
 * claim says is in the detail files, `timelineDetailSize` claims each (see `layout.ts`), in the same order.
 */
export const timelineSchema = z.strictObject({
  format,
  position: z.array(count),
  first: z.array(z.int()),
  last: z.array(z.int()),
  /** Claims whose source gives no date: on no lane. */
  undated: count,
});

/** One claim of the timeline, as its detail file gives it. */
export const timelineClaimSchema = z.strictObject({
  id: slug,
  /** Its short form, or its summary when it has none. */
  short: prose,
  /** Its speaker and topic, as indices into `speakers` and `topics`. */
  speaker: count,
  topic: count,
  speech: speechSchema,
  statedAt,
  /** Direct speech: the speaker's exact words, or an exact excerpt of them with ellipses. */
  excerpt: z.optional(prose),
  /** Reported speech: the publisher whose words the source's account of the claim is. */
  reportedBy: z.optional(prose),
  /** Whose translation `excerpt` is, when the quote is in another language than the dossier's. */
  translatedBy: z.optional(translationOwnerSchema),
  /** Whether that translation is in quotation marks where it is published. */
  translationQuoted: z.optional(z.boolean()),
  /** The relations it starts towards other dated claims, each by its place on the timeline. */
  relations: z.array(z.strictObject({ type: relationTypeSchema, to: count })),
});

/** `data/timeline/<n>.json`: claims `n × size` to `(n + 1) × size − 1` of the timeline. */
export const timelineDetailSchema = z.strictObject({
  format,
  claims: z.array(timelineClaimSchema),
});

export type ClaimStub = z.infer<typeof claimStubSchema>;
export type CorpusMeta = z.infer<typeof corpusMetaSchema>;
export type OverviewClaim = z.infer<typeof overviewClaimSchema>;
export type ClaimSlice = z.infer<typeof claimSliceSchema>;
export type Facets = z.infer<typeof facetsSchema>;
export type SearchIndex = z.infer<typeof searchIndexSchema>;
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineClaim = z.infer<typeof timelineClaimSchema>;
export type TimelineDetail = z.infer<typeof timelineDetailSchema>;
