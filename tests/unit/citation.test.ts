import { expect, test } from 'vitest';
import { quoteWithCitation } from '../../src/claims/citation.ts';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import { permalinkTo } from '../../src/lib/permalink.ts';
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

test('the citation opens with the exact quote in quotation marks', () => {
  const [first] = lines(makeView('trump-all-sanctions'));
  expect(first).toBe('“Mr Trump said Mr Kim "wanted the sanctions lifted in their entirety".”');
});

test('reported speech is marked as the source’s words', () => {
  expect(lines(makeView('trump-all-sanctions'))[1]).toBe(
    "— Donald Trump, US President (reported speech, the source's words), 28 February 2019.",
  );
});

test.each([
  {
    name: 'no venue and no date',
    claim: { statedAt: undefined },
    line: "— Donald Trump, US President (reported speech, the source's words).",
  },
  {
    name: 'a venue but no date',
    claim: { statedAt: undefined, venue: 'Tweet' },
    line: "— Donald Trump, US President (reported speech, the source's words), Tweet.",
  },
  {
    name: 'a month only',
    claim: { statedAt: '2019-03' },
    line: "— Donald Trump, US President (reported speech, the source's words), March 2019.",
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
  expect(lines(view)[1]).toMatch(/^— Several analysts, Asan Institute \(reported speech/);
});

test('a speaker with neither role nor affiliation is cited by name alone', () => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.speakers[0] = makeSpeaker({ name: 'Beijing', kind: 'institution', role: undefined });
  });
  expect(lines(view)[1]).toMatch(/^— Beijing \(reported speech/);
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
  const link = permalinkTo('claims/ri-partial-relief', 'https://dossier.example');
  const text = quoteWithCitation(makeView('ri-partial-relief'), link);
  expect(text.split('\n').at(-1)).toBe('https://dossier.example/claims/ri-partial-relief');
  expect(text.endsWith(`\n${link}`)).toBe(true);
});
