import { expect, test } from 'vitest';
import { compiledFiles, readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import {
  verifyCorpus,
  type CorpusFiles,
  type VerifiedCorpus,
} from '../../scripts/corpus/verify-corpus.ts';
import { sliceCodePoints } from '../../src/corpus/anchoring.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import {
  claimsToAnnotationCollection,
  type ClaimAnnotationCollection,
} from '../../src/exports/export-web-annotation.ts';
import {
  makeClaim,
  makeCorpusFiles,
  makeParty,
  makeRecords,
  makeSource,
  makeSpeaker,
  sha256,
} from '../support/corpus-factory.ts';

/*
 * The real anno.jsonld context is not available offline here (no npm package ships it), so the
 * collection is not expanded with a JSON-LD processor. Instead every key and every class or
 * motivation value is checked against the terms that context defines, listed below from
 * https://www.w3.org/ns/anno.jsonld (the Web Annotation Vocabulary's JSON-LD context).
 */
const annoPropertyTerms = new Set([
  'id',
  'type',
  'body',
  'target',
  'source',
  'selector',
  'state',
  'scope',
  'refinedBy',
  'startSelector',
  'endSelector',
  'renderedVia',
  'creator',
  'generator',
  'rights',
  'homepage',
  'via',
  'canonical',
  'stylesheet',
  'cached',
  'conformsTo',
  'items',
  'partOf',
  'first',
  'last',
  'next',
  'prev',
  'audience',
  'motivation',
  'purpose',
  'textDirection',
  'accessibility',
  'bodyValue',
  'format',
  'language',
  'processingLanguage',
  'value',
  'exact',
  'prefix',
  'suffix',
  'styleClass',
  'name',
  'email',
  'email_sha1',
  'nickname',
  'label',
  'created',
  'modified',
  'generated',
  'sourceDate',
  'sourceDateStart',
  'sourceDateEnd',
  'start',
  'end',
  'total',
  'startIndex',
]);
const annoClassTerms = new Set([
  'Annotation',
  'Dataset',
  'Image',
  'Video',
  'Audio',
  'Text',
  'TextualBody',
  'ResourceSelection',
  'SpecificResource',
  'FragmentSelector',
  'CssSelector',
  'XPathSelector',
  'TextQuoteSelector',
  'TextPositionSelector',
  'DataPositionSelector',
  'SvgSelector',
  'RangeSelector',
  'TimeState',
  'HttpRequestState',
  'CssStylesheet',
  'Choice',
  'Person',
  'Software',
  'Organization',
  'AnnotationCollection',
  'AnnotationPage',
  'Audience',
]);
const annoMotivationTerms = new Set([
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'reviewing',
  'tagging',
]);

const origin = 'https://dossier.example';
const base = '/hanoi/';

/** Builds the collection and the files the app serves under `data/`, by absolute address. */
function exportCollection(verified: VerifiedCorpus) {
  const index = indexCorpus(verified.corpus);
  const collection = claimsToAnnotationCollection(index.claims, {
    permalinkOf: (id) => `${origin}${base}claims/${id}`,
    relationsByClaim: index.relationsByClaim,
    sourceTextUrlOf: (source) => `${origin}${base}data/${source.textPath}`,
    label: 'Claims',
    language: verified.corpus.dossier.language,
  });
  const served = new Map(
    [...compiledFiles(verified)].map(([path, content]) => [
      `${origin}${base}data/${path}`,
      typeof content === 'string' ? content : new TextDecoder().decode(content),
    ]),
  );
  return { collection, served };
}

/** Verifies a corpus or throws with its problems. */
function verified(files: CorpusFiles): VerifiedCorpus {
  const result = verifyCorpus(files);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified;
}

/** Every annotation re-anchors in the served text: position and quote selectors agree. */
function expectReanchors(collection: ClaimAnnotationCollection, served: Map<string, string>) {
  const items = collection.first?.items ?? [];
  expect(items.length).toBeGreaterThan(0);
  for (const annotation of items) {
    for (const target of [annotation.target].flat()) {
      const text = served.get(target.source);
      expect(text, `${annotation.id} points at a served text`).toBeDefined();
      const [quote, position] = target.selector;
      const { start, end } = position;
      const at = (from: number, to: number) => sliceCodePoints(text ?? '', from, to);
      expect(at(start, end), annotation.id).toBe(quote.exact);
      expect(at(start - Array.from(quote.prefix).length, start), annotation.id).toBe(quote.prefix);
      expect(at(end, end + Array.from(quote.suffix).length), annotation.id).toBe(quote.suffix);
    }
  }
}

/** Every key and value in the collection, with the key it sits under. */
function entries(value: unknown, key = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item) => entries(item, key));
  if (typeof value !== 'object' || value === null) return [[key, value]];
  return Object.entries(value).flatMap(([k, v]) => [[k, v] as [string, unknown], ...entries(v, k)]);
}

/** A text whose quotes sit after astral code points, so UTF-16 offsets would be wrong. */
const astralText =
  '🤝🤝 Summit 𝐇𝐚𝐧𝐨𝐢: Mr Ri said "Our stance will never be changed," he said. 다시 만나자 🙂 end';

function astralCorpus(): VerifiedCorpus {
  const records = makeRecords();
  records.sources = [makeSource({ sha256: sha256(astralText) })];
  records.claims = [
    makeClaim({ quote: 'Summit 𝐇𝐚𝐧𝐨𝐢: Mr Ri said' }),
    makeClaim({
      id: 'ri-partial-relief',
      speaker: 'ri-yong-ho',
      quote: 'Our stance will never be changed,',
      speech: 'direct',
    }),
    makeClaim({ id: 'korean', quote: '다시 만나자 🙂' }),
  ];
  return verified(makeCorpusFiles(records, { texts: { 'sources/sample.txt': astralText } }));
}

test('every annotation re-anchors in its text, counted in code points past astral characters', () => {
  const { collection, served } = exportCollection(astralCorpus());
  expectReanchors(collection, served);
  expect(collection.total).toBe(3);
});

test('every annotation of the real dossier re-anchors in the archived text it points at', () => {
  const { collection, served } = exportCollection(verified(readCorpusFolder('data')));
  expectReanchors(collection, served);
});

test('the collection counts every claim of the dossier and lists them in corpus order', () => {
  const dossier = verified(readCorpusFolder('data'));
  const { collection } = exportCollection(dossier);
  expect(collection.total).toBe(dossier.corpus.claims.length);
  expect(collection.first?.items.map((item) => item.id)).toEqual(
    dossier.corpus.claims.map((claim) => `${origin}${base}claims/${claim.id}`),
  );
});

test('an annotation is the claim: permalink, summary, whose words, party, speaker, topic, relations and both selectors', () => {
  const corpus = verified(makeCorpusFiles());
  const { collection } = exportCollection(corpus);
  const ri = collection.first?.items.find((item) => item.id.endsWith('/ri-partial-relief'));
  const claim = corpus.corpus.claims.find((c) => c.id === 'ri-partial-relief');
  const textBody = (purpose: string, value: string) => ({
    type: 'TextualBody',
    purpose,
    value,
    format: 'text/plain',
    language: 'en',
  });
  expect(ri).toEqual({
    id: 'https://dossier.example/hanoi/claims/ri-partial-relief',
    type: 'Annotation',
    motivation: 'describing',
    body: [
      textBody('describing', 'Ri Yong Ho says North Korea asked only for partial relief.'),
      textBody(
        'describing',
        'Direct quote: the words of Ri Yong Ho (Foreign Minister), as the source quotes them.',
      ),
      textBody('classifying', 'North Korea'),
      textBody('tagging', 'Ri Yong Ho'),
      textBody('tagging', 'Sanctions relief sought'),
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: 'https://dossier.example/hanoi/claims/trump-all-sanctions',
        label: 'disputes',
      },
    ],
    target: {
      source: 'https://dossier.example/hanoi/data/sources/sample.txt',
      selector: [claim?.quote.textQuoteSelector, claim?.quote.textPositionSelector],
    },
  });
});

test('the collection is a W3C AnnotationCollection with one page', () => {
  const { collection } = exportCollection(verified(makeCorpusFiles()));
  expect(collection).toMatchObject({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Claims',
    total: 2,
    first: { type: 'AnnotationPage', startIndex: 0 },
  });
  expect(collection.first?.items).toHaveLength(2);
});

test('an empty collection has a total of 0 and no first page', () => {
  const collection = claimsToAnnotationCollection([], {
    permalinkOf: (id) => id,
    relationsByClaim: new Map(),
    sourceTextUrlOf: (source) => source.textPath,
    label: 'None',
    language: 'en',
  });
  expect(collection).toEqual({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'None',
    total: 0,
  });
});

const dossierFolders = ['data', 'tests/fixtures/multilingual'];

test.each(dossierFolders)(
  'every key of %s’s export is a term of the anno.jsonld context, so a JSON-LD processor drops none',
  (folder) => {
    const { collection } = exportCollection(verified(readCorpusFolder(folder)));
    const { '@context': context, ...rest } = collection;
    expect(context).toBe('http://www.w3.org/ns/anno.jsonld');
    const keys = new Set(entries(rest).map(([key]) => key));
    expect([...keys].filter((key) => !annoPropertyTerms.has(key))).toEqual([]);
    expect(keys).toContain('selector');
  },
);

test.each(dossierFolders)(
  'every type, motivation and purpose of %s’s export is a class or motivation the context defines',
  (folder) => {
    const dossier = verified(readCorpusFolder(folder));
    const all = entries(exportCollection(dossier).collection);
    const valuesOf = (key: string) => new Set(all.filter(([k]) => k === key).map(([, v]) => v));
    expect([...valuesOf('type')].filter((v) => !annoClassTerms.has(String(v)))).toEqual([]);
    const motivations = [...valuesOf('motivation'), ...valuesOf('purpose')];
    expect(motivations.filter((v) => !annoMotivationTerms.has(String(v)))).toEqual([]);
  },
);

test('ids and sources are absolute URLs, as the context reads them as IRIs', () => {
  const dossier = verified(readCorpusFolder('data'));
  const { collection } = exportCollection(dossier);
  const items = collection.first?.items ?? [];
  expect(items).toHaveLength(dossier.corpus.claims.length);
  for (const annotation of items) {
    expect(new URL(annotation.id).href).toBe(annotation.id);
    for (const target of [annotation.target].flat()) {
      expect(new URL(target.source).href).toBe(target.source);
    }
  }
});

test('a party with a non-Latin name is carried as its classifying body', () => {
  const records = makeRecords();
  records.parties = [makeParty(), makeParty({ id: 'dprk', name: '조선', label: '조선' })];
  records.speakers = [
    makeSpeaker(),
    makeSpeaker({ id: 'ri-yong-ho', name: '리용호', party: 'dprk' }),
  ];
  const { collection } = exportCollection(verified(makeCorpusFiles(records)));
  const ri = collection.first?.items.find((item) => item.id.endsWith('/ri-partial-relief'));
  expect(
    ri?.body
      .slice(2, 4)
      .map((body) => [
        'purpose' in body ? body.purpose : body.type,
        'value' in body ? body.value : 'label' in body ? body.label : '',
      ]),
  ).toEqual([
    ['classifying', '조선'],
    ['tagging', '리용호'],
  ]);
});

test('a quote with translations carries them as a Choice, each text in its language, each translation by its translator', () => {
  const dossier = verified(readCorpusFolder('tests/fixtures/multilingual'));
  const index = indexCorpus(dossier.corpus);
  const { collection, served } = exportCollection(dossier);
  expectReanchors(collection, served);
  const items = collection.first?.items ?? [];
  let choices = 0;
  for (const view of index.claims) {
    const annotation = items.find((item) => item.id.endsWith(`/claims/${view.claim.id}`));
    const choice = annotation?.body.find((body) => body.type === 'Choice');
    const translations = view.translations.filter((one) => one.translation.of === view.source.id);
    if (translations.length === 0) {
      expect(choice, view.claim.id).toBeUndefined();
      continue;
    }
    choices++;
    if (choice?.type !== 'Choice') throw new Error(`${view.claim.id} has no Choice`);
    const [original, ...rest] = choice.items;
    expect(original).toEqual({
      type: 'TextualBody',
      value: view.claim.quote.textQuoteSelector.exact,
      format: 'text/plain',
      language: view.source.language,
    });
    expect(rest.map((text) => [text.language, text.creator?.type])).toEqual(
      translations.map(({ translation }) => [
        translation.language,
        translation.translator.kind === 'machine' ? 'Software' : expect.any(String),
      ]),
    );
    for (const text of rest) expect(text.creator?.name).toBeTruthy();
  }
  expect(choices).toBeGreaterThan(0);
});
