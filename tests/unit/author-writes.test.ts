/**
 * The author's edits, as the workbench makes them (scripts/author/): each is a small diff of
 * the record it is about, goes through the verifier, and is written whole or not at all; a
 * file changed on disk since it was read is never overwritten. Run in this process on a copy
 * of the second dossier.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  addAppearance,
  addClaim,
  addRelation,
  addSourceFile,
  deleteClaim,
  deleteNamed,
  fileVersions,
  updateClaim,
  updateNamed,
  type WriteResult,
} from '../../scripts/author/corpus-writes.ts';
import {
  appendRecord,
  fieldOrders,
  orderedRecord,
  recordYaml,
  removeRecords,
  replaceRecord,
} from '../../scripts/author/yaml-edit.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { readSource } from '../../scripts/sources/add-source.ts';
import { optionalCorpusFiles, type AuthoredClaim } from '../../src/corpus/corpus-schema.ts';
import type { Speaker, Topic } from '../../src/corpus/schema.ts';
import { lineDiff } from '../support/line-diff.ts';

const fixture = 'tests/fixtures/second-dossier';
let scratch = '';
let dir = '';
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'author-writes-'));
  dir = join(scratch, 'data');
  cpSync(fixture, dir, { recursive: true });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const text = (file: string) => readFileSync(join(dir, file), 'utf8');
const records = <T>(file: string) => parse(text(file)) as T[];
const snapshot = () =>
  new Map(
    [...readCorpusFolder(scratch)].map(([path, bytes]) => [
      path,
      Buffer.from(bytes).toString('hex'),
    ]),
  );
const verifies = () => {
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified.corpus;
};
function expectOk(result: WriteResult) {
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
  return result;
}

/** The claims file's records, and one of them to change. */
const claims = () => records<AuthoredClaim>('claims.yaml');

/** The lines of one field of the record at `index`, as the file has them. */
function fieldLines(text: string, index: number, key: string): string[] {
  const document = parseDocument(text);
  const item = (document.contents as YAMLSeq<YAMLMap>).items[index];
  const pair = item?.items.find((one) => (one.key as Scalar).value === key);
  if (!pair) throw new Error(`record #${index} has no ${key}`);
  const start = text.lastIndexOf('\n', (pair.key as Scalar).range?.[0] ?? 0) + 1;
  const end = text.slice(0, (pair.value as Scalar).range?.[1]).trimEnd().length;
  return text.slice(start, end).split('\n');
}

test("editing one field of a record changes that field's lines and no other byte", () => {
  for (const file of ['data/claims.yaml', 'tests/fixtures/second-dossier/claims.yaml']) {
    const original = readFileSync(file, 'utf8');
    const list = parse(original) as AuthoredClaim[];
    list.forEach((claim, i) => {
      const edited = replaceRecord(original, i, { ...claim, summary: 'Changed.' }, 'claims.yaml');
      expect(lineDiff(original, edited), claim.id).toEqual({
        removed: fieldLines(original, i, 'summary'),
        added: ['  summary: Changed.'],
      });
      expect(parse(edited)).toEqual(
        list.map((one, j) => (j === i ? { ...one, summary: 'Changed.' } : one)),
      );
    });
  }
  // Every record of two files parsed twice over: seconds on a busy machine.
}, 60_000);

test("an edit keeps the comments inside the record, its field order and each field's quoting", () => {
  const original = readFileSync('data/claims.yaml', 'utf8');
  const list = parse(original) as AuthoredClaim[];
  const document = parseDocument(original);
  const items = (document.contents as YAMLSeq<YAMLMap>).items;
  // A record with a comment among its fields, and one whose `short` is in single quotes.
  const commented = items.findIndex((item) =>
    item.items.some((pair) => (pair.key as Scalar).commentBefore),
  );
  const quoted = items.findIndex((item) =>
    item.items.some(
      (pair) =>
        (pair.key as Scalar).value === 'short' && (pair.value as Scalar).type === 'QUOTE_SINGLE',
    ),
  );
  expect(commented).toBeGreaterThanOrEqual(0);
  expect(quoted).toBeGreaterThanOrEqual(0);
  const before = list[commented];
  if (!before) throw new Error('no record');
  const comment = (
    items[commented]?.items.find((pair) => (pair.key as Scalar).commentBefore)?.key as Scalar
  ).commentBefore;
  const edited = replaceRecord(
    original,
    commented,
    { ...before, speech: before.speech === 'direct' ? 'reported' : 'direct' },
    'claims.yaml',
  );
  expect(lineDiff(original, edited).removed).toEqual(fieldLines(original, commented, 'speech'));
  expect(edited).toContain(`#${comment ?? ''}`);
  // A new value in a quoted field is written in the same quotes.
  const short = list[quoted];
  if (!short) throw new Error('no record');
  const requoted = replaceRecord(
    original,
    quoted,
    { ...short, short: "Its new short form's words" },
    'claims.yaml',
  );
  expect(lineDiff(original, requoted).added).toEqual(["  short: 'Its new short form''s words'"]);
});

test('a removed field loses its lines; a new field goes where the bundled order puts it', () => {
  const original = readFileSync('data/claims.yaml', 'utf8');
  const list = parse(original) as AuthoredClaim[];
  const i = list.findIndex((claim) => claim.statedAt && !claim.venue && claim.short);
  const claim = list[i];
  if (!claim) throw new Error('no claim with a date and no venue');
  const { short: _, ...withoutShort } = claim;
  expect(lineDiff(original, replaceRecord(original, i, withoutShort, 'claims.yaml'))).toEqual({
    removed: fieldLines(original, i, 'short'),
    added: [],
  });
  const withVenue = replaceRecord(original, i, { ...claim, venue: 'A venue' }, 'claims.yaml');
  const diff = lineDiff(original, withVenue);
  expect(diff).toEqual({ removed: [], added: ['  venue: A venue'] });
  // Right after the date, as in the bundled files.
  const lines = withVenue.split('\n');
  expect(lines[lines.indexOf('  venue: A venue') - 1]).toMatch(/^ {2}statedAt(?:From)?: /);
});

test('every bundled record has its fields in the order new records are written in', () => {
  for (const dir of ['data', 'tests/fixtures/second-dossier', 'tests/fixtures/multilingual']) {
    for (const file of Object.keys(fieldOrders) as (keyof typeof fieldOrders)[]) {
      // A file a dossier may leave out is checked where it is there.
      if (optionalCorpusFiles.includes(file) && !existsSync(join(dir, file))) continue;
      const list = (parse(readFileSync(join(dir, file), 'utf8')) ?? []) as object[];
      for (const record of list) {
        expect(JSON.stringify(orderedRecord(file, record)), `${dir}/${file}`).toBe(
          JSON.stringify(record),
        );
      }
    }
  }
  // A record given in any order is written in that order.
  const [claim] = parse(readFileSync('data/claims.yaml', 'utf8')) as AuthoredClaim[];
  if (!claim) throw new Error('no claim');
  const shuffled = Object.fromEntries(Object.entries(claim).reverse());
  expect(recordYaml(shuffled, 'claims.yaml')).toBe(recordYaml(claim, 'claims.yaml'));
});

test('removing and appending records keep every other byte', () => {
  const original = readFileSync('data/claims.yaml', 'utf8');
  const list = parse(original) as AuthoredClaim[];
  // Removing keeps the others, comments included; appending adds at the end.
  const removed = removeRecords(original, [0, 3]);
  expect(parse(removed)).toEqual(list.filter((_, i) => i !== 0 && i !== 3));
  expect(removed.match(/^#.*$/gm)).toEqual(original.match(/^#.*$/gm));
  expect(appendRecord(original, { id: 'x' }, 'claims.yaml')).toBe(`${original}- id: x\n`);
  expect(appendRecord('# None yet.\n[]\n', { id: 'x' }, 'claims.yaml')).toBe(
    '# None yet.\n- id: x\n',
  );
  expect(removeRecords('- id: x\n', [0])).toBe('[]\n');
});

test('a record is written as a person writes one: a line a field, lone dates in quotes', () => {
  expect(recordYaml({ id: 'a', statedAt: '2031-05-12', quote: 'He said "no" twice' })).toBe(
    '- id: a\n  statedAt: \'2031-05-12\'\n  quote: He said "no" twice\n',
  );
  expect(recordYaml({ statedAt: '2031-05-11/2031-05-12' })).toBe(
    '- statedAt: 2031-05-11/2031-05-12\n',
  );
  expect(recordYaml({ statedAt: '2031' })).toBe("- statedAt: '2031'\n");
});

test('a new claim with its new speaker and topic appends one record to each file, and verifies', () => {
  const before = {
    claims: text('claims.yaml'),
    speakers: text('speakers.yaml'),
    topics: text('topics.yaml'),
  };
  const claim: AuthoredClaim = {
    id: 'harbour-master-barrier',
    topic: 'barrier-cost',
    speaker: 'harbour-master',
    summary: 'The harbour master says the barrier will be built first.',
    quote: 'wanted the council to keep its promise of a noise barrier before any work began',
    source: 'courier-2031-05-13-harbour-vote',
    speech: 'reported',
  };
  const speaker = {
    id: 'harbour-master',
    name: 'The harbour master',
    kind: 'person' as const,
    party: 'council',
  };
  const topic = {
    id: 'barrier-cost',
    title: 'The barrier',
    question: 'Who pays for the noise barrier?',
    order: 4,
  };
  expectOk(addClaim(dir, fileVersions(dir), { claim, speaker, topic }));
  expect(text('claims.yaml')).toBe(`${before.claims}${recordYaml(claim)}`);
  expect(text('speakers.yaml')).toBe(`${before.speakers}${recordYaml(speaker)}`);
  expect(text('topics.yaml')).toBe(`${before.topics}${recordYaml(topic)}`);
  expect(verifies().claims.map((one) => one.id)).toContain(claim.id);
});

test('editing, a further appearance, a relation, and deleting each change only their records', () => {
  const [first] = claims();
  if (!first) throw new Error('no claim');
  expectOk(
    updateClaim(dir, fileVersions(dir), first.id, {
      ...first,
      summary: 'Quist calls the count clean.',
    }),
  );
  expect(claims()[0]?.summary).toBe('Quist calls the count clean.');
  const fenn = claims().find((claim) => claim.id === 'fenn-night-shift-late');
  if (!fenn) throw new Error('no claim');
  expectOk(
    addAppearance(dir, fileVersions(dir), fenn.id, {
      source: 'harbour-radio-2031-05-12-morning',
      quote: "The dockers' union has not yet said whether it will go to court.",
      speech: 'reported',
    }),
  );
  expect(verifies().claims.find((claim) => claim.id === fenn.id)?.alsoIn).toHaveLength(1);
  const relation = {
    from: 'varga-noise-barrier-first',
    to: 'fenn-night-shift-late',
    type: 'elaborates' as const,
    note: 'Adds what residents want.',
  };
  expectOk(addRelation(dir, fileVersions(dir), relation));
  expect(records('relations.yaml')).toContainEqual(relation);
  const again = addRelation(dir, fileVersions(dir), relation);
  expect(again.ok).toBe(false);
  // Deleting a claim deletes every relation to or from it: none points at nothing.
  expectOk(deleteClaim(dir, fileVersions(dir), fenn.id));
  expect(claims().map((claim) => claim.id)).not.toContain(fenn.id);
  expect(
    records<{ from: string; to: string }>('relations.yaml').filter(
      (one) => one.from === fenn.id || one.to === fenn.id,
    ),
  ).toEqual([]);
  verifies();
});

test.each([
  {
    name: 'a claim whose quote is not in its source',
    edit: () => {
      const [first] = claims();
      return updateClaim(dir, fileVersions(dir), first?.id ?? '', {
        ...(first as AuthoredClaim),
        quote: 'Words the paper never printed.',
      });
    },
    reason: 'invalid',
    message: /would not verify/,
    problem: /the quote is not in .* verbatim/,
  },
  {
    name: 'a new claim with an id already taken',
    edit: () => {
      const [first] = claims();
      return addClaim(dir, fileVersions(dir), { claim: first as AuthoredClaim });
    },
    reason: 'invalid',
    message: /would not verify/,
    problem: /duplicate id/,
  },
  {
    name: 'a change to a claim’s id, its permalink',
    edit: () => {
      const [first] = claims();
      return updateClaim(dir, fileVersions(dir), first?.id ?? '', {
        ...(first as AuthoredClaim),
        id: 'renamed',
      });
    },
    reason: 'invalid',
    message: /never changes/,
  },
  {
    name: 'a file changed on disk since the page read it',
    edit: () => {
      const base = { ...fileVersions(dir), 'claims.yaml': 'an older version' };
      const [first] = claims();
      return updateClaim(dir, base, first?.id ?? '', {
        ...(first as AuthoredClaim),
        summary: 'Mine.',
      });
    },
    reason: 'conflict',
    message: /changed on disk since this page read it: nothing was saved, and your entry is kept/,
  },
  {
    name: 'deleting a claim that is not there',
    edit: () => deleteClaim(dir, fileVersions(dir), 'no-such-claim'),
    reason: 'not-found',
    message: /no record "no-such-claim"/,
  },
  {
    name: 'a source with an id that is a path',
    edit: () =>
      addSourceFile(
        dir,
        fileVersions(dir),
        readSource('x.txt', Buffer.from('A headline\n\nPLACE - Words.\n')),
        { id: '../../escape', publisher: 'P', published: '2031-01-01' },
      ),
    reason: 'invalid',
    message: /is not a slug/,
  },
])('$name is refused, says why, and writes nothing', ({ edit, reason, message, problem }) => {
  const before = snapshot();
  const result = edit();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  expect(result.message).toMatch(message);
  if (problem) expect(result.problems.map((one) => one.message).join('\n')).toMatch(problem);
  expect(snapshot()).toEqual(before);
});

test('a dossier from nothing: empty lists take their first source, speaker, question and claim', () => {
  const empty = join(scratch, 'empty');
  mkdirSync(empty);
  writeFileSync(
    join(empty, 'dossier.yaml'),
    text('dossier.yaml').replace(/leadTopics:[\s\S]*$/, 'leadTopics: []\n'),
  );
  cpSync(join(fixture, 'parties.yaml'), join(empty, 'parties.yaml'));
  for (const file of ['speakers', 'topics', 'sources', 'claims', 'relations']) {
    writeFileSync(join(empty, `${file}.yaml`), '[]\n');
  }
  mkdirSync(join(empty, 'sources'));
  const article = 'Bridge plan splits town\n\nLOWTOWN - "We need the bridge," said Ann Ray.\n';
  expectOk(
    addSourceFile(empty, fileVersions(empty), readSource('bridge.txt', Buffer.from(article)), {
      id: 'post-bridge',
      publisher: 'The Post',
      published: '2032-03-02',
    }),
  );
  const claim: AuthoredClaim = {
    id: 'ray-needs-bridge',
    topic: 'need',
    speaker: 'ann-ray',
    summary: 'Ann Ray says the town needs the bridge.',
    quote: 'We need the bridge,',
    source: 'post-bridge',
    speech: 'direct',
  };
  const speaker = { id: 'ann-ray', name: 'Ann Ray', kind: 'person' as const, party: 'council' };
  const topic = { id: 'need', title: 'Need', question: 'Does the town need the bridge?', order: 1 };
  expectOk(addClaim(empty, fileVersions(empty), { claim, speaker, topic }));
  const files = (file: string) => readFileSync(join(empty, file), 'utf8');
  expect(files('claims.yaml')).toBe(recordYaml(claim));
  expect(files('speakers.yaml')).toBe(recordYaml(speaker));
  expect(files('topics.yaml')).toBe(recordYaml(topic));
  const result = verifyCorpus(readCorpusFolder(empty));
  expect(result.ok).toBe(true);
});

test('a speaker and a question are edited in place, and their ids never change', () => {
  const [speaker] = records<Speaker>('speakers.yaml');
  const [topic] = records<Topic>('topics.yaml');
  if (!speaker || !topic) throw new Error('no speaker or topic');
  const before = text('speakers.yaml');
  expectOk(
    updateNamed(dir, fileVersions(dir), 'speakers.yaml', speaker.id, {
      ...speaker,
      name: 'A new name',
    }),
  );
  expect(records<Speaker>('speakers.yaml')[0]).toEqual({ ...speaker, name: 'A new name' });
  expect(
    text('speakers.yaml')
      .split('\n')
      .filter((line) => !before.includes(line)),
  ).toEqual(['  name: A new name']);
  expectOk(
    updateNamed(dir, fileVersions(dir), 'topics.yaml', topic.id, {
      ...topic,
      question: 'A new question?',
    }),
  );
  expect(verifies().topics.find((one) => one.id === topic.id)?.question).toBe('A new question?');
  const renamed = updateNamed(dir, fileVersions(dir), 'topics.yaml', topic.id, {
    ...topic,
    id: 'another-id',
  });
  expect(renamed).toMatchObject({ ok: false, reason: 'invalid' });
  if (!renamed.ok)
    expect(renamed.message).toBe(`an id that claims name never changes: keep "${topic.id}"`);
});

test('a speaker or a question that claims name is not deleted: the refusal names the claims', () => {
  const claimsOf = (key: 'speaker' | 'topic', id: string) =>
    claims().filter((claim) => claim[key] === id);
  const [speaker] = records<Speaker>('speakers.yaml').filter(
    (one) => claimsOf('speaker', one.id).length > 0,
  );
  if (!speaker) throw new Error('no speaker with claims');
  const naming = claimsOf('speaker', speaker.id);
  const before = snapshot();
  const refused = deleteNamed(dir, fileVersions(dir), 'speakers.yaml', speaker.id);
  expect(refused).toMatchObject({
    ok: false,
    reason: 'invalid',
    message: `${naming.length} claim${naming.length === 1 ? ' names' : 's name'} this speaker (${naming.map((claim) => `“${claim.id}”`).join(', ')}): give ${naming.length === 1 ? 'it' : 'them'} another speaker or delete ${naming.length === 1 ? 'it' : 'them'} first.`,
  });
  expect(snapshot()).toEqual(before);
  // The dossier's lead question is not deleted either, even with no claim.
  const dossier = parse(text('dossier.yaml')) as { leadTopics: string[] };
  const lead = dossier.leadTopics[0] ?? '';
  for (const claim of claimsOf('topic', lead))
    expectOk(deleteClaim(dir, fileVersions(dir), claim.id));
  expect(deleteNamed(dir, fileVersions(dir), 'topics.yaml', lead)).toMatchObject({
    ok: false,
    message:
      'The dossier leads with this question (leadTopics in dossier.yaml): take it out there first.',
  });
});

test('a speaker and a question nothing names are deleted', () => {
  expectOk(
    addClaim(dir, fileVersions(dir), {
      claim: {
        ...claims()[0],
        id: 'lonely-claim',
        speaker: 'lonely-speaker',
        topic: 'lonely-question',
      } as AuthoredClaim,
      speaker: {
        id: 'lonely-speaker',
        name: 'Lonely',
        kind: 'person',
        party: records<Speaker>('speakers.yaml')[0]?.party ?? '',
      },
      topic: { id: 'lonely-question', title: 'Lonely', question: 'Alone?', order: 99 },
    }),
  );
  const withClaim = { speakers: text('speakers.yaml'), topics: text('topics.yaml') };
  expectOk(deleteClaim(dir, fileVersions(dir), 'lonely-claim'));
  // Without asking, the claim goes alone.
  expect(text('topics.yaml')).toBe(withClaim.topics);
  expectOk(deleteNamed(dir, fileVersions(dir), 'speakers.yaml', 'lonely-speaker'));
  expectOk(deleteNamed(dir, fileVersions(dir), 'topics.yaml', 'lonely-question'));
  expect(verifies().speakers.map((one) => one.id)).not.toContain('lonely-speaker');
  expect(verifies().topics.map((one) => one.id)).not.toContain('lonely-question');
});

test('a claim deleted with its question and speaker takes them only when no other claim names them', () => {
  const speakers = text('speakers.yaml');
  const topics = text('topics.yaml');
  expectOk(
    addClaim(dir, fileVersions(dir), {
      claim: {
        ...claims()[0],
        id: 'new-claim',
        speaker: 'new-speaker',
        topic: 'new-question',
      } as AuthoredClaim,
      speaker: {
        id: 'new-speaker',
        name: 'New',
        kind: 'person',
        party: records<Speaker>('speakers.yaml')[0]?.party ?? '',
      },
      topic: { id: 'new-question', title: 'New', question: 'New?', order: 99 },
    }),
  );
  expectOk(deleteClaim(dir, fileVersions(dir), 'new-claim', { topic: true, speaker: true }));
  // All three gone: the files are byte for byte as before the claim was added.
  expect(text('speakers.yaml')).toBe(speakers);
  expect(text('topics.yaml')).toBe(topics);
  // A claim whose question and speaker others share leaves them.
  const [shared] = claims().filter(
    (claim) =>
      claims().some((other) => other.id !== claim.id && other.topic === claim.topic) &&
      claims().some((other) => other.id !== claim.id && other.speaker === claim.speaker),
  );
  if (!shared) throw new Error('no claim sharing its question and speaker');
  expectOk(deleteClaim(dir, fileVersions(dir), shared.id, { topic: true, speaker: true }));
  expect(text('speakers.yaml')).toBe(speakers);
  expect(text('topics.yaml')).toBe(topics);
  verifies();
});

test('an edit that gives a claim a new speaker and a new question adds them with it', () => {
  const [first] = claims();
  if (!first) throw new Error('no claim');
  const party = records<Speaker>('speakers.yaml')[0]?.party ?? '';
  const speaker: Speaker = { id: 'a-new-speaker', name: 'A new speaker', kind: 'person', party };
  const topic: Topic = {
    id: 'a-new-question',
    title: 'New',
    question: 'A new question?',
    order: 99,
  };
  const claim = { ...first, speaker: speaker.id, topic: topic.id };
  // Without them the verifier refuses the edit; with them it lands whole.
  expect(updateClaim(dir, fileVersions(dir), first.id, claim).ok).toBe(false);
  expectOk(updateClaim(dir, fileVersions(dir), first.id, claim, { speaker, topic }));
  const corpus = verifies();
  expect(corpus.claims.find((one) => one.id === first.id)).toMatchObject({
    speaker: speaker.id,
    topic: topic.id,
  });
  expect(records<Speaker>('speakers.yaml').at(-1)).toEqual(speaker);
  expect(records<Topic>('topics.yaml').at(-1)).toEqual(topic);
});
