import { expect, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { compiledCorpusSchema, type CompiledCorpus } from '../../src/corpus/corpus-schema.ts';
import { compiledSchemaVersion } from '../../src/corpus/schema.ts';
import { corpusSubset, toJsonText } from '../../src/exports/export-json.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import {
  makeClaim,
  makeParty,
  makeRelation,
  makeSource,
  makeSpeaker,
  makeTopic,
  sampleText,
  sha256,
} from '../support/corpus-factory.ts';

/**
 * Three parties (US, DPRK, China), two topics, two sources, four claims and three relations:
 * trump ← ri (disputes), ri ← choe (supports), trump ← china (qualifies).
 */
const corpus = makeCompiledCorpus((records) => {
  records.parties = [
    makeParty(),
    makeParty({ id: 'dprk', name: 'North Korea', label: 'DPRK' }),
    makeParty({ id: 'china', name: 'China', label: 'China' }),
  ];
  // Speakers listed in another order than their parties, so party order must come from parties.
  records.speakers = [
    makeSpeaker({ id: 'beijing', name: 'Beijing', kind: 'institution', party: 'china' }),
    makeSpeaker(),
    makeSpeaker({ id: 'ri-yong-ho', name: 'Ri Yong Ho', party: 'dprk' }),
    makeSpeaker({ id: 'choe-son-hui', name: 'Choe Son Hui', party: 'dprk' }),
  ];
  records.topics = [
    makeTopic(),
    makeTopic({ id: 'yongbyon-offer', title: 'Yongbyon', question: 'What was offered?', order: 2 }),
  ];
  records.sources = [
    makeSource(),
    makeSource({ id: 'copy', file: 'sources/sample.txt', sha256: sha256(sampleText) }),
  ];
  records.claims = [
    makeClaim(),
    makeClaim({
      id: 'ri-partial-relief',
      speaker: 'ri-yong-ho',
      quote: 'Our stance will never be changed,',
      speech: 'direct',
    }),
    makeClaim({
      id: 'choe-plutonium',
      speaker: 'choe-son-hui',
      topic: 'yongbyon-offer',
      quote: 'Ms Choe said the offer included its plu-tonium facilities.',
      source: 'copy',
    }),
    makeClaim({ id: 'china-hopes', speaker: 'beijing', quote: 'Summit ends 🤝 without a deal' }),
  ];
  records.relations = [
    makeRelation(),
    makeRelation({ from: 'choe-plutonium', to: 'ri-partial-relief', type: 'supports' }),
    makeRelation({ from: 'china-hopes', to: 'trump-all-sanctions', type: 'qualifies' }),
  ];
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

test.each([
  {
    name: 'two related claims',
    claims: ['ri-partial-relief', 'choe-plutonium'],
    relations: [['choe-plutonium', 'ri-partial-relief']],
    outside: [['ri-partial-relief', 'trump-all-sanctions']],
    related: ['trump-all-sanctions'],
    parties: ['us', 'dprk'],
    speakers: ['donald-trump', 'ri-yong-ho', 'choe-son-hui'],
    topics: ['sanctions-relief-sought', 'yongbyon-offer'],
    sources: ['sample', 'copy'],
  },
  {
    name: 'claims of two parties given in reverse order',
    claims: ['china-hopes', 'trump-all-sanctions'],
    relations: [['china-hopes', 'trump-all-sanctions']],
    outside: [['ri-partial-relief', 'trump-all-sanctions']],
    related: ['ri-partial-relief'],
    parties: ['us', 'dprk', 'china'],
    speakers: ['beijing', 'donald-trump', 'ri-yong-ho'],
    topics: ['sanctions-relief-sought'],
    sources: ['sample'],
  },
  {
    name: 'two claims with no relation between them',
    claims: ['china-hopes', 'choe-plutonium'],
    relations: [],
    outside: [
      ['choe-plutonium', 'ri-partial-relief'],
      ['china-hopes', 'trump-all-sanctions'],
    ],
    related: ['ri-partial-relief', 'trump-all-sanctions'],
    parties: ['us', 'dprk', 'china'],
    speakers: ['beijing', 'donald-trump', 'ri-yong-ho', 'choe-son-hui'],
    topics: ['sanctions-relief-sought', 'yongbyon-offer'],
    sources: ['sample', 'copy'],
  },
  {
    name: 'one claim and an unknown id',
    claims: ['no-such-claim', 'trump-all-sanctions'],
    relations: [],
    outside: [
      ['ri-partial-relief', 'trump-all-sanctions'],
      ['china-hopes', 'trump-all-sanctions'],
    ],
    related: ['ri-partial-relief', 'china-hopes'],
    parties: ['us', 'dprk', 'china'],
    speakers: ['beijing', 'donald-trump', 'ri-yong-ho'],
    topics: ['sanctions-relief-sought'],
    sources: ['sample'],
  },
  {
    name: 'no claims',
    claims: [],
    relations: [],
    outside: [],
    related: [],
    parties: [],
    speakers: [],
    topics: [],
    sources: [],
  },
])(
  'a subset of $name keeps its relations, names those pointing out, and only what they refer to',
  (want) => {
    const subset = corpusSubset(corpus, want.claims);
    expect(compiledCorpusSchema.safeParse(subset).success).toBe(true);
    expect(subset.schemaVersion).toBe(corpus.schemaVersion);
    expect(ids(subset.claims)).toEqual(ids(corpus.claims).filter((id) => want.claims.includes(id)));
    expect(subset.relations.map((r) => [r.from, r.to])).toEqual(want.relations);
    expect((subset.outsideRelations ?? []).map((r) => [r.from, r.to])).toEqual(want.outside);
    expect(ids(subset.related ?? [])).toEqual(want.related);
    expect(ids(subset.parties)).toEqual(want.parties);
    expect(ids(subset.speakers)).toEqual(want.speakers);
    expect(ids(subset.topics)).toEqual(want.topics);
    expect(ids(subset.sources)).toEqual(want.sources);
  },
);

test('a subset with no relation pointing out has no outsideRelations or related at all', () => {
  const whole = corpusSubset(corpus, ids(corpus.claims));
  expect(whole).toEqual(corpus);
  expect(whole).not.toHaveProperty('outsideRelations');
  expect(whole).not.toHaveProperty('related');
});

test('a subset keeps every kept record unchanged', () => {
  const subset = corpusSubset(corpus, ['ri-partial-relief', 'choe-plutonium']);
  expect(subset.claims).toEqual(corpus.claims.slice(1, 3));
  expect(subset.relations).toEqual([corpus.relations[1]]);
});

test('a subset resolves completely: every reference in it points inside it', () => {
  const subset = corpusSubset(corpus, ['china-hopes', 'choe-plutonium', 'ri-partial-relief']);
  const index = indexCorpus(subset);
  expect(index.claims).toHaveLength(3);
  expect([...index.relationsByClaim.values()].flat()).toHaveLength(2);
});

test('a subset of the real dossier, one topic, still parses and keeps only its relations', () => {
  const result = verifyCorpus(readCorpusFolder('data'));
  if (!result.ok) throw new Error('the dossier does not verify');
  const dossier: CompiledCorpus = result.verified.corpus;
  // The topic with the most relations among its own claims, so there is something to keep.
  const among = (id: string | undefined) => {
    const ids = new Set(dossier.claims.filter((c) => c.topic === id).map((c) => c.id));
    return dossier.relations.filter((r) => ids.has(r.from) && ids.has(r.to)).length;
  };
  const topic = dossier.topics.map((each) => each.id).toSorted((a, b) => among(b) - among(a))[0];
  const chosen = dossier.claims.filter((claim) => claim.topic === topic).map((claim) => claim.id);
  expect(among(topic)).toBeGreaterThan(0);
  const subset = corpusSubset(dossier, chosen);
  expect(compiledCorpusSchema.safeParse(JSON.parse(toJsonText(subset))).success).toBe(true);
  expect(subset.claims.length).toBe(chosen.length);
  expect(subset.relations.length).toBeLessThan(dossier.relations.length);
  for (const relation of subset.relations) {
    expect(chosen).toContain(relation.from);
    expect(chosen).toContain(relation.to);
  }
  const expected = dossier.relations.filter(
    (r) => chosen.includes(r.from) && chosen.includes(r.to),
  );
  expect(subset.relations).toEqual(expected);
  for (const relation of subset.outsideRelations ?? []) {
    expect(chosen.includes(relation.from)).not.toBe(chosen.includes(relation.to));
  }
  expect(subset.outsideRelations).toEqual(
    dossier.relations.filter((r) => chosen.includes(r.from) !== chosen.includes(r.to)),
  );
  expect(subset.topics.map((t) => t.id)).toContain(topic);
});

test('the JSON text is indented, ends with one newline, and reads back to the same corpus', () => {
  const text = toJsonText(corpus);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
  expect(
    text.startsWith(`{\n  "schemaVersion": ${compiledSchemaVersion},\n  "dossier": {\n    "id": `),
  ).toBe(true);
  expect(JSON.parse(text)).toEqual(corpus);
  expect(compiledCorpusSchema.safeParse(JSON.parse(text)).success).toBe(true);
});
