import { expect, test } from 'vitest';
import { quoteWithCitation } from '../../src/claims/citation.ts';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import { claimPath, permalinkTo } from '../../src/lib/app-paths.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import {
  makeClaim,
  makeSource,
  makeSpeaker,
  sha256,
  sampleText,
  type CorpusRecords,
} from '../support/corpus-factory.ts';

const permalink = 'https://example.org/claims/the-claim';

/** The claim `id` of the sample corpus after `change`, resolved for display. */
function makeView(id: string, change: (records: CorpusRecords) => void = () => {}): ClaimView {
  const view = indexCorpus(makeCompiledCorpus(change)).claimById.get(id);
  if (!view) throw new Error(`no claim ${id} in the fixture`);
  return view;
}

/** Replaces the Trump claim of the sample corpus. */
function withTrumpClaim(overrides: Parameters<typeof makeClaim>[0]) {
  return (records: CorpusRecords) => {
    records.claims[0] = makeClaim(overrides);
  };
}

function lines(view: ClaimView): string[] {
  return quoteWithCitation(view, permalink).split('\n');
}

test('a direct quote with venue and date is cited in full', () => {
  expect(quoteWithCitation(makeView('ri-partial-relief'), permalink)).toBe(
    [
      '“Our stance will never be changed,”',
      '— Ri Yong Ho, Foreign Minister (direct quote), News conference in Hanoi, 28 February – 1 March 2019.',
      'Source: Summit ends without a deal, The Sample Times, 2 March 2019.',
      permalink,
    ].join('\n'),
  );
});

test('reported speech opens with the source reporting, its words in no quotation marks', () => {
  expect(quoteWithCitation(makeView('trump-all-sanctions'), permalink)).toBe(
    [
      'The Sample Times reports: Mr Trump said Mr Kim "wanted the sanctions lifted in their entirety".',
      "— Reported speech: the source's account of Donald Trump, US President, in its own words, 28 February 2019.",
      'Source: Summit ends without a deal, The Sample Times, 2 March 2019.',
      permalink,
    ].join('\n'),
  );
});

test.each([
  {
    name: 'no venue and no date',
    claim: { statedAt: undefined },
    line: "— Reported speech: the source's account of Donald Trump, US President, in its own words.",
  },
  {
    name: 'a venue but no date',
    claim: { statedAt: undefined, venue: 'Tweet' },
    line: "— Reported speech: the source's account of Donald Trump, US President, in its own words, Tweet.",
  },
  {
    name: 'a month only',
    claim: { statedAt: '2019-03' },
    line: "— Reported speech: the source's account of Donald Trump, US President, in its own words, March 2019.",
  },
])('a claim with $name has no dangling comma', ({ claim, line }) => {
  expect(lines(makeView('trump-all-sanctions', withTrumpClaim(claim)))[1]).toBe(line);
});

test('a speaker without a role is cited with the affiliation', () => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.speakers[0] = makeSpeaker({
      name: 'Several analysts',
      kind: 'group',
      role: undefined,
      affiliation: 'Asan Institute',
    });
  });
  expect(lines(view)[1]).toMatch(
    /^— Reported speech: the source's account of Several analysts, Asan Institute, in/,
  );
});

test('a speaker with neither role nor affiliation is cited by name alone', () => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.speakers[0] = makeSpeaker({ name: 'Beijing', kind: 'institution', role: undefined });
  });
  expect(lines(view)[1]).toMatch(/^— Reported speech: the source's account of Beijing, in its own/);
});

test('the source line names the headline, publisher and publication date', () => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.sources[0] = makeSource({
      headline: 'Kim vows to meet Trump again',
      publisher: 'The Straits Times',
      published: '2019-03',
      sha256: sha256(sampleText),
    });
  });
  expect(lines(view)[2]).toBe(
    'Source: Kim vows to meet Trump again, The Straits Times, March 2019.',
  );
});

test('the permalink is the last line', () => {
  const link = permalinkTo(claimPath('ri-partial-relief'), 'https://dossier.example');
  const text = quoteWithCitation(makeView('ri-partial-relief'), link);
  expect(text.split('\n').at(-1)).toBe('https://dossier.example/claims/ri-partial-relief');
  expect(text.endsWith(`\n${link}`)).toBe(true);
});
