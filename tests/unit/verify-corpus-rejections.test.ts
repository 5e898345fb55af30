import { expect, test } from 'vitest';
import type { CorpusProblem } from '../../scripts/corpus/problem.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { maxIdLength } from '../../src/corpus/schema.ts';
import {
  makeClaim,
  makeCorpusFiles,
  makeDossier,
  makeParty,
  makeRecords,
  makeRelation,
  makeSource,
  makeSpeaker,
  makeTopic,
  sampleText,
  sha256,
  type CorpusRecords,
} from '../support/corpus-factory.ts';

/** A broken corpus and the one problem the verifier must report for it. */
type RejectionCase = {
  name: string;
  files: () => Map<string, Uint8Array>;
  expected: Partial<Omit<CorpusProblem, 'message' | 'detail'>> & {
    message: RegExp;
    detail?: RegExp;
  };
};

function withRecords(change: (records: CorpusRecords) => void) {
  return () => {
    const records = makeRecords();
    change(records);
    return makeCorpusFiles(records);
  };
}

const trumpClaim = 'claim "trump-all-sanctions" (#1)';

const cases: RejectionCase[] = [
  {
    name: 'a YAML syntax error, with its line and column',
    files: () =>
      makeCorpusFiles(makeRecords(), {
        raw: { 'topics.yaml': '- id: sanctions\n  title: [Sanctions\n  order: 1\n' },
      }),
    expected: {
      file: 'topics.yaml',
      line: 3,
      column: 3,
      message: /^YAML syntax error: Flow sequence .* end with a \]/,
    },
  },
  {
    name: 'a key given twice in one record',
    files: () =>
      makeCorpusFiles(makeRecords(), {
        raw: { 'parties.yaml': '- id: us\n  name: United States\n  name: USA\n  label: US\n' },
      }),
    expected: {
      file: 'parties.yaml',
      line: 3,
      message: /YAML syntax error: Map keys must be unique/,
    },
  },
  {
    name: 'a file that is not a list of records',
    files: () => makeCorpusFiles(makeRecords(), { raw: { 'relations.yaml': 'from: a\nto: b\n' } }),
    expected: { file: 'relations.yaml', line: 1, message: /must be a YAML list of records/ },
  },
  {
    name: 'a corpus file that is missing',
    files: () => makeCorpusFiles(makeRecords(), { omit: ['speakers.yaml'] }),
    expected: { file: 'speakers.yaml', message: /file is missing/ },
  },
  {
    name: 'a dossier without its dossier.yaml',
    files: () => makeCorpusFiles(makeRecords(), { omit: ['dossier.yaml'] }),
    expected: { file: 'dossier.yaml', message: /file is missing/ },
  },
  {
    name: 'a dossier.yaml that is a list, not one record',
    files: () => makeCorpusFiles(makeRecords(), { raw: { 'dossier.yaml': '- id: x\n' } }),
    expected: { file: 'dossier.yaml', line: 1, message: /must be one YAML mapping of fields/ },
  },
  {
    name: 'a dossier without its headline, on the line of the record',
    files: withRecords((r) => {
      r.dossier = { ...makeDossier(), headline: undefined };
    }),
    expected: {
      file: 'dossier.yaml',
      record: 'dossier',
      field: 'headline',
      line: 1,
      message: /missing required field/,
    },
  },
  {
    name: 'a dossier language that is not a language tag',
    files: withRecords((r) => {
      r.dossier = makeDossier({ language: 'English' });
    }),
    expected: { file: 'dossier.yaml', field: 'language', message: /BCP 47 language tag/ },
  },
  {
    name: 'event dates that are not dates',
    files: withRecords((r) => {
      r.dossier = makeDossier({ event: { ...makeDossier().event, dates: 'late February' } });
    }),
    expected: { file: 'dossier.yaml', field: 'event.dates', message: /must be a real date/ },
  },
  {
    name: 'a lead topic that is not a topic',
    files: withRecords((r) => {
      r.dossier = makeDossier({ leadTopics: ['sanctions-relief-sought', 'no-such-topic'] });
    }),
    expected: {
      file: 'dossier.yaml',
      record: 'dossier',
      field: 'leadTopics[1]',
      message: /unknown topic "no-such-topic"; known: sanctions-relief-sought/,
    },
  },
  {
    name: 'a lead topic named twice',
    files: withRecords((r) => {
      r.dossier = makeDossier({
        leadTopics: ['sanctions-relief-sought', 'sanctions-relief-sought'],
      });
    }),
    expected: { file: 'dossier.yaml', field: 'leadTopics[1]', message: /is named twice/ },
  },
  {
    name: 'a party colour outside the palette',
    files: withRecords((r) => {
      r.parties[0] = { ...makeParty(), colour: 'mauve' };
    }),
    expected: { file: 'parties.yaml', field: 'colour', message: /expected one of "blue", "red"/ },
  },
  {
    name: 'a missing field',
    files: withRecords((r) => {
      r.claims[0] = { ...makeClaim(), summary: undefined };
    }),
    expected: {
      file: 'claims.yaml',
      record: trumpClaim,
      field: 'summary',
      line: 1,
      message: /^missing required field$/,
    },
  },
  {
    name: 'a mistyped field',
    files: withRecords((r) => {
      r.topics[0] = { ...makeTopic(), order: 'first' };
    }),
    expected: {
      file: 'topics.yaml',
      record: 'topic "sanctions-relief-sought" (#1)',
      field: 'order',
      line: 4,
      message: /expected (number|int), found "first"/,
    },
  },
  {
    name: 'a value outside its list of choices',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ speech: 'paraphrase' as 'direct' });
    }),
    expected: {
      record: trumpClaim,
      field: 'speech',
      message: /expected one of "direct", "reported"; found "paraphrase"/,
    },
  },
  {
    name: 'an unknown field',
    files: withRecords((r) => {
      r.claims[0] = { ...makeClaim(), speakerName: 'Trump' };
    }),
    expected: {
      file: 'claims.yaml',
      record: trumpClaim,
      field: 'speakerName',
      line: 9,
      column: 3,
      message: /^unknown field "speakerName"$/,
    },
  },
  {
    name: 'an id longer than a file name and a link should carry',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ id: `trump-${'all-sanctions-'.repeat(6)}lifted` });
    }),
    expected: {
      field: 'id',
      message: new RegExp(`^must be at most ${maxIdLength} characters; found "trump-all-sanctions`),
    },
  },
  {
    name: 'an empty summary',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ summary: '   ' });
    }),
    expected: { record: trumpClaim, field: 'summary', message: /must not be empty/ },
  },
  {
    name: 'a short form too long for a cell of the overview',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ short: `${'A position '.repeat(6)}too long to read at a glance` });
    }),
    expected: { record: trumpClaim, field: 'short', message: /must be at most 70 characters/ },
  },
  {
    name: 'a short form with quotation marks, as if it were a quote',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ short: 'Wants the sanctions “lifted”' });
    }),
    expected: { record: trumpClaim, field: 'short', message: /must not hold quotation marks/ },
  },
  {
    name: 'a date that does not exist',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ statedAt: '2019-02-30' });
    }),
    expected: {
      record: trumpClaim,
      field: 'statedAt',
      message: /must be a real date.*found "2019-02-30"/,
    },
  },
  {
    name: 'a reversed date interval',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ statedAt: '2019-03-01/2019-02-28' });
    }),
    expected: {
      record: trumpClaim,
      field: 'statedAt',
      message: /an interval start\/end with the end after the start/,
    },
  },
  {
    name: 'a time of day without the offset of its clock',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ statedAt: '2019-02-28T23:00' });
    }),
    expected: { record: trumpClaim, field: 'statedAt', message: /with the offset of its clock/ },
  },
  {
    name: 'a malformed publication date',
    files: withRecords((r) => {
      r.sources[0] = makeSource({ published: '2 March 2019' });
    }),
    expected: { file: 'sources.yaml', field: 'published', message: /must be a real date/ },
  },
  {
    name: 'a duplicate id',
    files: withRecords((r) => {
      r.claims.push(makeClaim({ summary: 'Another summary.' }));
    }),
    expected: {
      file: 'claims.yaml',
      record: 'claim "trump-all-sanctions" (#3)',
      field: 'id',
      message:
        /duplicate id "trump-all-sanctions": already used by claim "trump-all-sanctions" \(#1\) on line 1/,
    },
  },
  {
    name: 'a speaker of an unknown party',
    files: withRecords((r) => {
      r.speakers[0] = makeSpeaker({ party: 'russia' });
    }),
    expected: {
      file: 'speakers.yaml',
      record: 'speaker "donald-trump" (#1)',
      field: 'party',
      message: /unknown party "russia"; known: us, dprk/,
    },
  },
  {
    name: 'a claim by an unknown speaker',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ speaker: 'mike-pence' });
    }),
    expected: { record: trumpClaim, field: 'speaker', message: /unknown speaker "mike-pence"/ },
  },
  {
    name: 'a claim on an unknown topic',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ topic: 'weather' });
    }),
    expected: { record: trumpClaim, field: 'topic', message: /unknown topic "weather"/ },
  },
  {
    name: 'a claim from an unknown source',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ source: 'rumour' });
    }),
    expected: { record: trumpClaim, field: 'source', message: /unknown source "rumour"/ },
  },
  {
    name: 'a relation to an unknown claim',
    files: withRecords((r) => {
      r.relations[0] = makeRelation({ to: 'no-such-claim' });
    }),
    expected: {
      file: 'relations.yaml',
      record: 'relation #1 (ri-partial-relief → no-such-claim)',
      field: 'to',
      message: /unknown claim "no-such-claim"/,
    },
  },
  {
    name: 'a relation from a claim to itself',
    files: withRecords((r) => {
      r.relations[0] = makeRelation({ to: 'ri-partial-relief' });
    }),
    expected: { file: 'relations.yaml', field: 'to', message: /cannot relate to itself/ },
  },
  {
    name: 'a duplicate relation, even the other way round',
    files: withRecords((r) => {
      r.relations.push(makeRelation({ from: 'trump-all-sanctions', to: 'ri-partial-relief' }));
    }),
    expected: {
      file: 'relations.yaml',
      record: 'relation #2 (trump-all-sanctions → ri-partial-relief)',
      field: 'from',
      message: /duplicate relation: relation #1 .* already links/,
    },
  },
  {
    name: 'a relation of an unknown type',
    files: withRecords((r) => {
      r.relations[0] = makeRelation({ type: 'refutes' as 'disputes' });
    }),
    expected: { file: 'relations.yaml', field: 'type', message: /expected one of "disputes"/ },
  },
  {
    name: 'two topics in the same place',
    files: withRecords((r) => {
      r.topics.push(makeTopic({ id: 'yongbyon-offer', title: 'Yongbyon', question: 'What?' }));
    }),
    expected: { file: 'topics.yaml', field: 'order', message: /order 1 is already taken/ },
  },
  {
    name: 'a source whose SHA-256 no longer matches',
    files: () =>
      makeCorpusFiles(makeRecords(), { texts: { 'sources/sample.txt': `${sampleText} ` } }),
    expected: {
      file: 'sources.yaml',
      record: 'source "sample" (#1)',
      field: 'sha256',
      message: /SHA-256 of "sources\/sample.txt" is [0-9a-f]{64}, not the recorded .* has changed/,
    },
  },
  {
    name: 'a source file that does not exist',
    files: withRecords((r) => {
      r.sources[0] = makeSource({ file: 'sources/missing.txt' });
    }),
    expected: { field: 'file', message: /archived text "sources\/missing.txt" does not exist/ },
  },
  {
    name: 'a source url that is not http(s)',
    files: withRecords((r) => {
      r.sources[0] = makeSource({ url: 'javascript:alert(1)' });
    }),
    expected: {
      file: 'sources.yaml',
      field: 'url',
      message: /must be an absolute http:\/\/ or https:\/\/ address; found "javascript:alert\(1\)"/,
    },
  },
  {
    name: 'a print artifact that is not in the source',
    files: withRecords((r) => {
      r.sources[0] = makeSource({ printArtifacts: [{ text: 'ura-nium', reading: 'uranium' }] });
    }),
    expected: { field: 'printArtifacts[0].text', message: /"ura-nium" does not occur/ },
  },
  {
    name: 'a quote that is not in its source, with the closest passage and the difference',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({
        quote: 'Mr Trump said Mr Kim "wanted all the sanctions lifted in their entirety".',
      });
    }),
    expected: {
      file: 'claims.yaml',
      record: trumpClaim,
      field: 'quote',
      message: /the quote is not in "sources\/sample.txt" verbatim/,
      detail:
        /closest passage \(line 3, \d+ character edits? away\):\n {2}Mr Trump said Mr Kim "wanted the sanctions[\s\S]*\{\+all \+\}/,
    },
  },
  {
    name: 'a quote found more than once',
    files: () => {
      const text = `${sampleText}\n\nAgain: "Our stance will never be changed," he said.`;
      const records = makeRecords();
      records.sources[0] = makeSource({ sha256: sha256(text) });
      return makeCorpusFiles(records, { texts: { 'sources/sample.txt': text } });
    },
    expected: {
      record: 'claim "ri-partial-relief" (#2)',
      field: 'quote',
      message:
        /occurs 2 times in "sources\/sample.txt" \(lines 5, 9\); add quotePrefix or quoteSuffix/,
    },
  },
  {
    name: 'a quotePrefix that matches no occurrence',
    files: withRecords((r) => {
      r.claims[1] = { ...(r.claims[1] as object), quotePrefix: 'Mr Ri shouted "' };
    }),
    expected: { field: 'quotePrefix', message: /never with this quotePrefix\/quoteSuffix/ },
  },
  {
    name: 'a statedAtFrom naming no note of its source',
    files: withRecords((r) => {
      r.claims[0] = makeClaim({ statedAtFrom: 'no-such-note' });
    }),
    expected: {
      record: trumpClaim,
      field: 'statedAtFrom',
      message: /^unknown note "no-such-note" of source "sample"; known: none$/,
    },
  },
  {
    name: 'a venueFrom on a claim with no venue',
    files: withRecords((r) => {
      r.sources[0] = makeSource({ notes: [{ id: 'hanoi', text: 'Spoken in Hanoi.' }] });
      r.claims[0] = makeClaim({ venueFrom: 'hanoi' });
    }),
    expected: {
      record: trumpClaim,
      field: 'venueFrom',
      message: /^venueFrom names where the venue comes from, but the claim has no venue$/,
    },
  },
  {
    name: 'two notes of one source with the same id',
    files: withRecords((r) => {
      r.sources[0] = makeSource({
        notes: [
          { id: 'hanoi', text: 'Spoken in Hanoi.' },
          { id: 'hanoi', text: 'Spoken at night.' },
        ],
      });
    }),
    expected: {
      file: 'sources.yaml',
      field: 'notes[1].id',
      message: /^duplicate note id "hanoi" in this source$/,
    },
  },
  {
    name: 'direct speech that is not inside quotation marks',
    files: withRecords((r) => {
      r.claims[1] = makeClaim({
        id: 'ri-partial-relief',
        speaker: 'ri-yong-ho',
        quote: 'North Korea had only asked for partial relief.',
        speech: 'direct',
      });
    }),
    expected: {
      record: 'claim "ri-partial-relief" (#2)',
      field: 'speech',
      message: /speech is "direct" but the quote is not entirely inside quotation marks/,
    },
  },
];

test.each(cases)('the verifier rejects $name', ({ files, expected }) => {
  const result = verifyCorpus(files());
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const { message, detail, ...where } = expected;
  const problem = result.problems.find((p) => message.test(p.message));
  expect(
    problem,
    `no problem matching ${message}; got ${JSON.stringify(result.problems)}`,
  ).toBeDefined();
  expect(problem).toMatchObject(where);
  if (detail) expect(problem?.detail).toMatch(detail);
});

test('every problem is reported at once, not just the first', () => {
  const records = makeRecords();
  records.claims[0] = makeClaim({ speaker: 'nobody' });
  records.claims[1] = { ...makeClaim({ id: 'second' }), extra: true };
  records.relations[0] = makeRelation({ from: 'missing' });
  const result = verifyCorpus(makeCorpusFiles(records));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.map((p) => p.field)).toEqual(
    expect.arrayContaining(['speaker', 'extra', 'from']),
  );
});
