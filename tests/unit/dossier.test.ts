import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { sliceCodePoints, utf16Index } from '../../src/corpus/anchoring.ts';

const result = verifyCorpus(readCorpusFolder('data'));
if (!result.ok)
  throw new Error(`The dossier does not verify:\n${JSON.stringify(result.problems, null, 2)}`);
const { corpus } = result.verified;
const sourceFile = 'data/sources/straits-times-2019-03-02-kim-vows-to-meet-trump-again.txt';
const text = readFileSync(sourceFile, 'utf8');
const partyOf = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.party]));

test('the archived source is the byte-for-byte copy whose hash the shared README gives', () => {
  const hash = createHash('sha256').update(readFileSync(sourceFile)).digest('hex');
  expect(hash).toBe('cee6f345be2bf516b858f70197fe06207322158695336be055c3a6b9eaff4486');
});

test.each(corpus.claims.map((claim) => [claim.id, claim] as const))(
  'the quote of %s, cut from the source at its offsets, is its exact text',
  (_id, claim) => {
    const { exact, prefix, suffix } = claim.quote.textQuoteSelector;
    const { start, end } = claim.quote.textPositionSelector;
    expect(sliceCodePoints(text, start, end)).toBe(exact);
    expect(sliceCodePoints(text, start - Array.from(prefix).length, start)).toBe(prefix);
    expect(sliceCodePoints(text, end, end + Array.from(suffix).length)).toBe(suffix);
  },
);

test('every claim of the dossier has a short form of its own for the overview, unlike its summary', () => {
  const without = corpus.claims.filter((claim) => !claim.short).map((claim) => claim.id);
  expect(without).toEqual([]);
  // Our words, not the speaker's name again: the overview shows the name beside it.
  for (const claim of corpus.claims) {
    const speaker = corpus.speakers.find((one) => one.id === claim.speaker);
    expect(claim.short, claim.id).not.toContain(speaker?.name ?? '\u0000');
    expect(claim.short, claim.id).not.toBe(claim.summary);
  }
});

test('the dossier has claims to check', () => {
  expect(corpus.claims.length).toBeGreaterThan(0);
});

test('every party has claims, and the required parties and topics are covered', () => {
  // The brief names these four sides and three questions; any other party must speak too.
  const parties = new Set(corpus.parties.map((party) => party.id));
  for (const party of ['us', 'dprk', 'china', 'analysts']) expect(parties).toContain(party);
  for (const party of parties) {
    expect(
      corpus.claims.some((claim) => partyOf.get(claim.speaker) === party),
      party,
    ).toBe(true);
  }
  const topics = new Set(corpus.claims.map((claim) => claim.topic));
  for (const topic of ['sanctions-relief-sought', 'yongbyon-offer', 'meet-again']) {
    expect(topics).toContain(topic);
  }
  expect(corpus.topics.every((topic) => topics.has(topic.id))).toBe(true);
});

test('no quote is taken from the headline, standfirst, caption or footer', () => {
  const bodyStart = text.indexOf('SEOUL/WASHINGTON');
  const footerStart = text.indexOf("Join ST's Telegram channel");
  // Both markers are there, the body's before the footer's: else the bounds prove nothing.
  expect(bodyStart).toBeGreaterThan(0);
  expect(footerStart).toBeGreaterThan(bodyStart);
  for (const claim of corpus.claims) {
    const start = utf16Index(text, claim.quote.textPositionSelector.start);
    expect(start, claim.id).toBeGreaterThan(bodyStart);
    expect(start, claim.id).toBeLessThan(footerStart);
  }
});

test('Ri Yong Ho disputes Trump on the sanctions relief sought, and the analysts back Trump', () => {
  const has = (from: string, type: string, to: string) =>
    corpus.relations.some((r) => r.from === from && r.type === type && r.to === to);
  expect(
    has('ri-disputes-full-lifting-demand', 'disputes', 'trump-kim-wanted-all-sanctions-lifted'),
  ).toBe(true);
  expect(
    has(
      'analysts-demands-covered-key-sanctions',
      'supports',
      'trump-kim-wanted-all-sanctions-lifted',
    ),
  ).toBe(true);
});

test('every relation type occurs, across parties and inside one', () => {
  const crossParty = corpus.relations.filter((r) => {
    const from = corpus.claims.find((c) => c.id === r.from);
    const to = corpus.claims.find((c) => c.id === r.to);
    return from && to && partyOf.get(from.speaker) !== partyOf.get(to.speaker);
  });
  expect(new Set(corpus.relations.map((r) => r.type))).toEqual(
    new Set(['disputes', 'supports', 'qualifies', 'elaborates']),
  );
  expect(crossParty.length).toBeGreaterThan(corpus.relations.length / 2);
  expect(corpus.relations.length - crossParty.length).toBeGreaterThan(0);
});
