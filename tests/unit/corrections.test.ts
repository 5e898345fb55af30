/**
 * Corrections in the open: once a claim is published (`published.json`), the verifier refuses
 * a change to its words, source, speech, speaker, summary, date, place or relations that
 * comes without a new correction, an edited or removed correction, and a published claim
 * gone. On the invented harbour-vote dossier.
 */
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import type { CorpusProblem } from '../../scripts/corpus/problem.ts';
import {
  claimFingerprints,
  publishedRecordFile,
  publishedRecordSchema,
  recordPublication,
  serializePublishedRecord,
} from '../../scripts/corpus/published-record.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type { AuthoredClaim } from '../../src/corpus/corpus-schema.ts';
import type { Relation } from '../../src/corpus/schema.ts';

const fixture = readCorpusFolder('tests/fixtures/second-dossier');
const text = (files: ReadonlyMap<string, Uint8Array>, path: string) =>
  new TextDecoder().decode(files.get(path));
const claims = () => parseDocument(text(fixture, 'claims.yaml')).toJS() as AuthoredClaim[];
const relations = () => parseDocument(text(fixture, 'relations.yaml')).toJS() as Relation[];

/** The instant the fixture is published at, and a day after it to verify on. */
const publishedAt = new Date('2031-06-01T10:00:00Z');
const today = '2031-06-20';

/** The fixture with its publication recorded, then edited by `edit` (claims and relations). */
function published(edit: (claims: AuthoredClaim[], relations: Relation[]) => void = () => {}) {
  const record = recordPublication(undefined, claims(), relations(), publishedAt);
  const nowClaims = claims();
  const nowRelations = relations();
  edit(nowClaims, nowRelations);
  const files = new Map(fixture);
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  // JSON is YAML: the records as edited, each a line of its own.
  files.set('claims.yaml', encode(nowClaims));
  files.set('relations.yaml', encode(nowRelations));
  files.set(publishedRecordFile, new TextEncoder().encode(serializePublishedRecord(record)));
  return files;
}

function problemsOf(files: ReadonlyMap<string, Uint8Array>): CorpusProblem[] {
  const verdict = verifyCorpus(files, { today });
  return verdict.ok ? [] : verdict.problems;
}

const first = (list: AuthoredClaim[]) => {
  const claim = list[0];
  if (!claim) throw new Error('the fixture has no claim');
  return claim;
};
const correction = {
  date: '2031-06-15',
  reason: 'The summary left out that it was counted twice.',
};

test('the fixture as published verifies, and its record reads back as written', () => {
  const files = published();
  expect(problemsOf(files)).toEqual([]);
  const record = publishedRecordSchema.parse(JSON.parse(text(files, publishedRecordFile)));
  expect(Object.keys(record.claims).sort()).toEqual(
    claims()
      .map((claim) => claim.id)
      .sort(),
  );
  expect(serializePublishedRecord(record)).toBe(text(files, publishedRecordFile));
});

// Each change a reader must be told of, made to the first claim, and what the verifier names
// (a change of speech alone the quotation marks refuse first; its fingerprint is tested below).
const changes: [string, (claim: AuthoredClaim, relations: Relation[]) => void, RegExp][] = [
  ['its summary', (claim) => (claim.summary = `${claim.summary} Again.`), /its summary changed/],
  ['its short form', (claim) => (claim.short = 'Clean'), /its summary changed/],
  ['its speaker', (claim) => (claim.speaker = 'tobias-fenn'), /its speaker changed/],
  [
    'its words',
    (claim) => (claim.quote = claim.quote.replace(/,$/, '')),
    /its words, source or speech changed/,
  ],
  ['its date', (claim) => (claim.statedAt = '2031-05-11'), /its date or place changed/],
  ['its place', (claim) => delete claim.venue, /its date or place changed/],
  ['an appearance it had', (claim) => delete claim.alsoIn, /its words, source or speech changed/],
];

describe.each(changes)('a published claim whose %s changed', (_, change, named) => {
  test('is refused without a correction, at the claim, naming what changed', () => {
    const problems = problemsOf(published((list, rels) => change(first(list), rels)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'claims.yaml',
      record: expect.stringContaining(first(claims()).id),
      message: expect.stringMatching(named),
    });
    expect(problems[0]?.message).toMatch(/corrected in the open, so add a correction/);
  });

  test('verifies with a correction saying why', () => {
    const files = published((list, rels) => {
      change(first(list), rels);
      first(list).corrections = [correction];
    });
    expect(problemsOf(files)).toEqual([]);
  });
});

test('a relation a published claim starts, changed or removed, needs a correction on it', () => {
  const from = relations()[0]?.from;
  const problems = problemsOf(
    published((_, rels) => {
      const relation = rels[0];
      if (relation) relation.type = 'qualifies';
    }),
  );
  expect(problems).toEqual([
    expect.objectContaining({
      record: expect.stringContaining(`"${from}"`),
      message: expect.stringMatching(/its relations changed/),
    }),
  ]);
  expect(problemsOf(published((_, rels) => rels.splice(0, 1)))).toHaveLength(1);
});

test('what is added to a published claim is no correction: a relation, an appearance', () => {
  const files = published((list, rels) => {
    const [a, b] = list;
    if (a && b) rels.push({ from: b.id, to: a.id, type: 'supports', note: 'A note of ours.' });
    const claim = first(list);
    claim.alsoIn = [...(claim.alsoIn ?? []), ...(claim.alsoIn ?? [])];
  });
  expect(problemsOf(files).map((problem) => problem.message)).not.toContainEqual(
    expect.stringMatching(/corrected in the open/),
  );
});

test('a published correction is never edited or removed', () => {
  const corrected = recordPublication(
    undefined,
    claims().map((claim, i) => (i === 0 ? { ...claim, corrections: [correction] } : claim)),
    relations(),
    publishedAt,
  );
  const files = (corrections: AuthoredClaim['corrections']) => {
    const list = claims();
    first(list).corrections = corrections;
    const map = new Map(fixture);
    map.set('claims.yaml', new TextEncoder().encode(JSON.stringify(list)));
    map.set(publishedRecordFile, new TextEncoder().encode(serializePublishedRecord(corrected)));
    return map;
  };
  expect(problemsOf(files([correction]))).toEqual([]);
  for (const edited of [undefined, [{ ...correction, reason: 'Another reason.' }]]) {
    expect(problemsOf(files(edited))).toEqual([
      expect.objectContaining({
        field: 'corrections',
        message: expect.stringMatching(/a published correction stays as it was/),
      }),
    ]);
  }
});

test('corrections are dated, oldest first, never after today nor before the publication', () => {
  const dated = (...dates: string[]) =>
    problemsOf(
      published((list) => {
        first(list).summary = 'Mara Quist says the count was clean.';
        first(list).corrections = dates.map((date) => ({ date, reason: 'Reworded.' }));
      }),
    ).map((problem) => `${problem.field ?? ''}: ${problem.message}`);
  expect(dated('2031-06-21')).toEqual([
    expect.stringMatching(/^corrections\[0\]\.date: is after today/),
  ]);
  expect(dated('2031-06-10', '2031-06-05')).toEqual([
    expect.stringMatching(/^corrections\[1\]\.date: is before the correction above it/),
  ]);
  expect(dated('2031-05-20')).toEqual([
    expect.stringMatching(/^corrections\[0\]\.date: is before the claim was published/),
  ]);
});

test('a published claim gone is refused, naming its permalink breaking', () => {
  const gone = first(claims()).id;
  const problems = problemsOf(
    published((list, rels) => {
      list.splice(0, 1);
      rels.splice(
        0,
        rels.length,
        ...rels.filter((relation) => relation.from !== gone && relation.to !== gone),
      );
    }),
  );
  expect(problems).toContainEqual(
    expect.objectContaining({
      file: 'claims.yaml',
      message: expect.stringMatching(
        new RegExp(`claim "${gone}", published on 2031-06-01, is gone`),
      ),
    }),
  );
});

test('a claim never published changes freely, and a broken record is refused', () => {
  const files = published();
  const record = publishedRecordSchema.parse(JSON.parse(text(files, publishedRecordFile)));
  const id = first(claims()).id;
  const { [id]: _left, ...rest } = record.claims;
  const unpublished = published((list) => (first(list).summary = 'Another summary of ours.'));
  unpublished.set(
    publishedRecordFile,
    new TextEncoder().encode(serializePublishedRecord({ format: 1, claims: rest })),
  );
  expect(problemsOf(unpublished)).toEqual([]);
  for (const broken of ['{ not json', '{"format": 2, "claims": {}}']) {
    const map = new Map(files);
    map.set(publishedRecordFile, new TextEncoder().encode(broken));
    expect(problemsOf(map)).toEqual([
      expect.objectContaining({
        file: publishedRecordFile,
        message: expect.stringMatching(/restore it from git/),
      }),
    ]);
  }
});

test('the fingerprints change with each part they cover and with nothing else', () => {
  const claim = first(claims());
  const base = claimFingerprints(claim);
  expect(claimFingerprints({ ...claim, topic: 'next-steps' })).toEqual(base);
  expect(claimFingerprints({ ...claim, quotePrefix: 'x' })).toEqual(base);
  expect(claimFingerprints({ ...claim, summary: 'Other.' }).summary).not.toBe(base.summary);
  expect(claimFingerprints({ ...claim, speaker: 'x' }).speaker).not.toBe(base.speaker);
  // Speech is the verifier's to check against the marks: here, only that it is fingerprinted.
  expect(claimFingerprints({ ...claim, speech: 'reported' }).appearances[0]).not.toBe(
    base.appearances[0],
  );
});
