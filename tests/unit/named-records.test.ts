/**
 * The workbench's rules for speakers and questions, which claims name by id: which claims
 * name one, why deleting one would be refused, what a deleted claim may take with it, and the
 * record an edit form makes.
 */
import { expect, test } from 'vitest';
import {
  claimsNaming,
  leftWithoutClaim,
  namedContext,
  pageAfterDelete,
  speakerFields,
  speakerOf,
  topicFields,
  topicOf,
  whyKept,
  type NamedContext,
} from '../../src/author/named-records.ts';
import { makeClaim, makeDossier, makeSpeaker, makeTopic } from '../support/corpus-factory.ts';

const mayor = makeSpeaker({ id: 'mayor', name: 'The mayor', role: 'Mayor', party: 'council' });
const clerk = makeSpeaker({ id: 'clerk', name: 'The clerk', party: 'council' });
const count = makeTopic({ id: 'count', title: 'The count', question: 'Was it fair?' });
const jobs = makeTopic({ id: 'jobs', title: 'Jobs', question: 'What of jobs?', order: 2 });
const claims = [
  makeClaim({ id: 'mayor-count', speaker: 'mayor', topic: 'count' }),
  makeClaim({ id: 'mayor-jobs', speaker: 'mayor', topic: 'jobs' }),
  makeClaim({ id: 'clerk-count', speaker: 'clerk', topic: 'count' }),
];
const context: NamedContext = { claims, leadTopics: [] };

test('the claims naming a speaker or answering a question are found by id, in file order', () => {
  expect(claimsNaming(claims, 'speakers', 'mayor').map((one) => one.id)).toEqual([
    'mayor-count',
    'mayor-jobs',
  ]);
  expect(claimsNaming(claims, 'topics', 'jobs').map((one) => one.id)).toEqual(['mayor-jobs']);
  expect(claimsNaming(claims, 'topics', 'mayor')).toEqual([]);
});

test.each([
  {
    kind: 'speakers' as const,
    id: 'mayor',
    leadTopics: [],
    kept: '2 claims name this speaker (“mayor-count”, “mayor-jobs”): give them another speaker or delete them first.',
  },
  {
    kind: 'speakers' as const,
    id: 'clerk',
    leadTopics: [],
    kept: '1 claim names this speaker (“clerk-count”): give it another speaker or delete it first.',
  },
  {
    kind: 'topics' as const,
    id: 'jobs',
    leadTopics: [],
    kept: '1 claim answers this question (“mayor-jobs”): give it another question or delete it first.',
  },
  {
    kind: 'topics' as const,
    id: 'unanswered',
    leadTopics: ['unanswered'],
    kept: 'The dossier leads with this question (leadTopics in dossier.yaml): take it out there first.',
  },
  { kind: 'topics' as const, id: 'unanswered', leadTopics: [], kept: undefined },
  { kind: 'speakers' as const, id: 'nobody', leadTopics: ['nobody'], kept: undefined },
])('deleting $kind “$id” (lead: $leadTopics) is refused for: $kept', (row) => {
  expect(whyKept({ claims, leadTopics: row.leadTopics }, row.kind, row.id)).toBe(row.kept);
});

test('the context reads the claims and the dossier’s lead questions from the loaded records', () => {
  const dossier = makeDossier({ leadTopics: ['count'] });
  expect(namedContext({ 'claims.yaml': claims, 'dossier.yaml': dossier })).toEqual({
    claims,
    leadTopics: ['count'],
  });
});

test('a claim that alone names its question and speaker offers to take both', () => {
  const lone = makeClaim({ id: 'lone', speaker: 'newcomer', topic: 'new-question' });
  const newcomer = makeSpeaker({ id: 'newcomer', name: 'A newcomer' });
  const question = makeTopic({ id: 'new-question', order: 3 });
  const all: NamedContext = { claims: [...claims, lone], leadTopics: [] };
  expect(leftWithoutClaim(all, [count, jobs, question], [mayor, clerk, newcomer], 'lone')).toEqual({
    topic: question,
    speaker: newcomer,
  });
});

test('a claim whose question and speaker others share takes neither', () => {
  expect(leftWithoutClaim(context, [count, jobs], [mayor, clerk], 'mayor-count')).toEqual({});
});

test('the last claim on a question offers the question alone; the speaker others name stays', () => {
  expect(leftWithoutClaim(context, [count, jobs], [mayor, clerk], 'mayor-jobs')).toEqual({
    topic: jobs,
  });
  expect(leftWithoutClaim(context, [count, jobs], [mayor, clerk], 'clerk-count')).toEqual({
    speaker: clerk,
  });
});

test('the question the dossier leads with is never offered: it stays with no claim', () => {
  const leading: NamedContext = { claims, leadTopics: ['jobs'] };
  expect(leftWithoutClaim(leading, [count, jobs], [mayor, clerk], 'mayor-jobs')).toEqual({});
});

test('an unknown claim offers nothing', () => {
  expect(leftWithoutClaim(context, [count, jobs], [mayor, clerk], 'gone')).toEqual({});
});

test('a speaker’s form, untouched, makes the record as written, with no empty field added', () => {
  expect(speakerOf(mayor.id, speakerFields(mayor))).toEqual(mayor);
  expect(speakerOf(clerk.id, speakerFields(makeSpeaker({ ...clerk, role: undefined })))).toEqual(
    makeSpeaker({ ...clerk, role: undefined }),
  );
  expect(Object.keys(speakerOf(clerk.id, { ...speakerFields(mayor), role: '  ' }))).not.toContain(
    'role',
  );
});

test('a speaker’s form trims what was typed and keeps the id it was opened with', () => {
  const edited = speakerOf(mayor.id, {
    ...speakerFields(mayor),
    role: ' Former mayor ',
    affiliation: 'Town hall',
  });
  expect(edited).toEqual({ ...mayor, role: 'Former mayor', affiliation: 'Town hall' });
});

test('a question’s form, untouched, makes the record as written; a note emptied is left out', () => {
  const noted = makeTopic({ ...jobs, note: 'Background.' });
  expect(topicOf(noted.id, topicFields(noted))).toEqual(noted);
  expect(topicOf(noted.id, { ...topicFields(noted), note: '' })).toEqual(jobs);
  expect(topicOf(jobs.id, { ...topicFields(jobs), order: '7' }).order).toBe(7);
});

test('an order that is no number is sent as none, for the verifier to name', () => {
  expect(topicOf(jobs.id, { ...topicFields(jobs), order: '' }).order).toBeNaN();
  expect(topicOf(jobs.id, { ...topicFields(jobs), order: 'two' }).order).toBeNaN();
});

test.each([
  { pathname: '/topics/jobs', search: '', kind: 'topics' as const, opens: '/' },
  { pathname: '/topics/count', search: '', kind: 'topics' as const, opens: '/topics/count' },
  { pathname: '/', search: '?party=council', kind: 'topics' as const, opens: '/?party=council' },
  { pathname: '/topics/jobs', search: '', kind: 'speakers' as const, opens: '/topics/jobs' },
])(
  'deleting $kind “jobs” on $pathname$search opens $opens',
  ({ pathname, search, kind, opens }) => {
    expect(pageAfterDelete({ pathname, search }, kind, 'jobs')).toBe(opens);
  },
);
