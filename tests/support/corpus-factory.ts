import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { AuthoredClaim, CorpusFileName, Source } from '../../src/corpus/corpus-schema.ts';
import type { Dossier, Party, Relation, Speaker, Topic } from '../../src/corpus/schema.ts';
import { readSource, sourceRecord, type SourceFields } from '../../scripts/sources/add-source.ts';

/** A small archived text: an emoji (an astral code point) comes before every quote. */
export const sampleText = [
  'Summit ends 🤝 without a deal',
  '',
  'Mr Trump said Mr Kim "wanted the sanctions lifted in their entirety".',
  '',
  'Mr Ri said North Korea had only asked for partial relief. "Our stance will never be changed," he said.',
  '',
  'Ms Choe said the offer included its plu-tonium facilities.',
].join('\n');

/** Builds a dossier record; pass fields to override. */
export function makeDossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    id: 'sample-dossier',
    name: 'Sample summit',
    tagline: 'who said what',
    event: { name: 'The sample summit', dates: '2019-02-27/2019-02-28', place: 'Sample City' },
    language: 'en',
    headline: 'Who said what after the sample summit',
    intro: 'The sample summit ended without a deal. Here is what each side said.',
    leadTopics: ['sanctions-relief-sought'],
    ...overrides,
  };
}

/** Builds a party record; pass fields to override. */
export function makeParty(overrides: Partial<Party> = {}): Party {
  return { id: 'us', name: 'United States', label: 'US', ...overrides };
}

/** Builds a speaker record; pass fields to override. */
export function makeSpeaker(overrides: Partial<Speaker> = {}): Speaker {
  return {
    id: 'donald-trump',
    name: 'Donald Trump',
    kind: 'person',
    role: 'US President',
    party: 'us',
    ...overrides,
  };
}

/** Builds a topic record; pass fields to override. */
export function makeTopic(overrides: Partial<Topic> = {}): Topic {
  return {
    id: 'sanctions-relief-sought',
    title: 'Sanctions relief sought',
    question: 'What did North Korea ask for in sanctions relief?',
    order: 1,
    ...overrides,
  };
}

/** Builds a source record pointing at `sources/sample.txt`; pass fields to override. */
export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'sample',
    headline: 'Summit ends without a deal',
    publisher: 'The Sample Times',
    published: '2019-03-02',
    dateline: 'HANOI',
    file: 'sources/sample.txt',
    sha256: sha256(sampleText),
    ...overrides,
  };
}

/** Builds a claim quoting the sample text; pass fields to override. */
export function makeClaim(overrides: Partial<AuthoredClaim> = {}): AuthoredClaim {
  return {
    id: 'trump-all-sanctions',
    topic: 'sanctions-relief-sought',
    speaker: 'donald-trump',
    summary: 'Donald Trump says Kim Jong Un wanted all sanctions lifted.',
    quote: 'Mr Trump said Mr Kim "wanted the sanctions lifted in their entirety".',
    source: 'sample',
    speech: 'reported',
    statedAt: '2019-02-28',
    ...overrides,
  };
}

/** Builds a relation record; pass fields to override. */
export function makeRelation(overrides: Partial<Relation> = {}): Relation {
  return {
    from: 'ri-partial-relief',
    to: 'trump-all-sanctions',
    type: 'disputes',
    note: 'Ri denies the demand Trump describes.',
    ...overrides,
  };
}

/** The records of a small valid corpus, to be changed per test. */
export type CorpusRecords = {
  dossier: unknown;
  parties: unknown[];
  speakers: unknown[];
  topics: unknown[];
  sources: unknown[];
  claims: unknown[];
  relations: unknown[];
  /** Left out of the folder when absent, as a dossier without translations may leave it. */
  translations?: unknown[];
};

/** A valid two-party corpus quoting {@link sampleText}. */
export function makeRecords(): CorpusRecords {
  return {
    dossier: makeDossier(),
    parties: [makeParty(), makeParty({ id: 'dprk', name: 'North Korea', label: 'DPRK' })],
    speakers: [
      makeSpeaker(),
      makeSpeaker({
        id: 'ri-yong-ho',
        name: 'Ri Yong Ho',
        role: 'Foreign Minister',
        party: 'dprk',
      }),
    ],
    topics: [makeTopic()],
    sources: [makeSource({ printArtifacts: [{ text: 'plu-tonium', reading: 'plutonium' }] })],
    claims: [
      makeClaim(),
      makeClaim({
        id: 'ri-partial-relief',
        speaker: 'ri-yong-ho',
        summary: 'Ri Yong Ho says North Korea asked only for partial relief.',
        quote: 'Our stance will never be changed,',
        speech: 'direct',
        statedAt: '2019-02-28/2019-03-01',
        venue: 'News conference in Hanoi',
      }),
    ],
    relations: [makeRelation()],
  };
}

/**
 * Writes records out as the files of a corpus folder. `raw` replaces a YAML file's text
 * outright (for syntax errors); `texts` adds or replaces archived source files.
 */
export function makeCorpusFiles(
  records: CorpusRecords = makeRecords(),
  options: {
    raw?: Partial<Record<CorpusFileName, string>>;
    texts?: Record<string, string | Uint8Array>;
    omit?: CorpusFileName[];
  } = {},
): Map<string, Uint8Array> {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files = new Map<string, Uint8Array>();
  const yamlFiles: Record<CorpusFileName, unknown> = {
    'dossier.yaml': records.dossier,
    'parties.yaml': records.parties,
    'speakers.yaml': records.speakers,
    'topics.yaml': records.topics,
    'sources.yaml': records.sources,
    'claims.yaml': records.claims,
    'relations.yaml': records.relations,
    'translations.yaml': records.translations,
  };
  for (const [name, items] of Object.entries(yamlFiles) as [CorpusFileName, unknown][]) {
    if (options.omit?.includes(name) || (items === undefined && !options.raw?.[name])) continue;
    files.set(name, encode(options.raw?.[name] ?? stringify(items)));
  }
  files.set('sources/sample.txt', encode(sampleText));
  for (const [path, text] of Object.entries(options.texts ?? {})) {
    files.set(path, typeof text === 'string' ? encode(text) : text);
  }
  return files;
}

/** SHA-256 of a text's UTF-8 bytes, lowercase hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A source added from a saved page as `source:add` adds it (the real reader and extractor): its
 * record, with `extractedFrom`, and its two files, the extracted text and the page byte for
 * byte. Give `makeCorpusFiles` the files as `texts`.
 */
export function makeExtractedSource(
  fileName: string,
  page: Uint8Array,
  given: SourceFields = {},
): { source: Source; texts: Record<string, Uint8Array> } {
  const read = readSource(fileName, page);
  const { record } = sourceRecord(read, {
    id: 'saved-page',
    publisher: 'The Sample Times',
    published: '2019-03-02',
    captured: '2019-03-03',
    ...given,
  });
  if (!record?.extractedFrom) throw new Error(`${fileName} gave no record extracted from a page`);
  return {
    source: record,
    texts: { [record.file]: read.bytes, [record.extractedFrom.page]: page },
  };
}
