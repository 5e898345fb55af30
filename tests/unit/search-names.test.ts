/**
 * A search finds the claims whose own words have the query: a principal's name finds the
 * claims they made and those that name them, never every claim for the words that every
 * claim's source shares (its headline), and the ways a reader writes a name ("U.S.", "Kim
 * Jong-un") find what the dossier's way does. Expected claims come from the dossier, by a
 * plain reading of each card's fields, not from the index.
 */
import { expect, test } from 'vitest';
import { defaultSearch } from '../../src/comparison/comparison-search.ts';
import { cardHasWords } from '../support/card-fields.ts';
import { compare } from '../support/data-files.ts';
import { dossier, dossierDataFiles } from '../support/dossier.ts';

const files = dossierDataFiles();
const allIds = dossier.claims.map((view) => view.claim.id).toSorted();

/** The ids of the claims a search of the whole dossier finds, sorted. */
async function found(q: string): Promise<string[]> {
  const comparison = await compare(files, { ...defaultSearch, q, page: 1 });
  expect(comparison.pageCount, 'one page holds them all').toBe(1);
  return comparison.rows
    .flatMap((row) => row.cells.flatMap((cell) => cell.claims.map((view) => view.claim.id)))
    .toSorted();
}

/** The claims a plain reading of the cards says `q` finds, sorted. */
const plainlyFound = (q: string) =>
  dossier.claims
    .filter((view) => cardHasWords(view, q))
    .map((view) => view.claim.id)
    .toSorted();

const speakers = dossier.corpus.speakers;

test.each(speakers.map((speaker) => [speaker.name, speaker.id]))(
  'a search for “%s” finds the claims they made and those that name them, not every claim',
  async (name, id) => {
    const ids = await found(name);
    const theirs = dossier.claims.filter((view) => view.speaker.id === id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(theirs.map((view) => view.claim.id)));
    expect(ids.length).toBeLessThan(allIds.length);
    expect(ids).toEqual(plainlyFound(name));
  },
);

// The words of every source's headline: every claim of a source shares them, and a claim is
// found by one only where its own words have it.
const headlineWords = [
  ...new Set(dossier.corpus.sources.flatMap((source) => source.headline.split(/\s+/))),
];

test.each(headlineWords)(
  'the headline word “%s” finds only the claims whose own words have it',
  async (word) => {
    expect(await found(word)).toEqual(plainlyFound(word));
  },
);

test('the words every source’s headline shares with a claim are in the dossier to find', () => {
  // Else the table above would check nothing the headline could have matched.
  const inSomeClaim = headlineWords.filter((word) => plainlyFound(word).length > 0);
  const inEveryHeadlineNotEveryClaim = inSomeClaim.filter(
    (word) => plainlyFound(word).length < allIds.length,
  );
  expect(inEveryHeadlineNotEveryClaim.length).toBeGreaterThan(0);
});

/** Ways a reader writes what the dossier writes once: case, dots, hyphens, accents. */
const variants: [string, string[]][] = [
  ['US', ['U.S.', 'u.s.', 'U.S', 'us']],
  ['Kim Jong Un', ['Kim Jong-un', 'Kim Jong un', 'kim jong-un', 'KIM JONG UN', 'Kim Jŏng Ŭn']],
  ['Donald Trump', ['donald trump', 'Donald TRUMP', 'Dónald Trümp']],
  ['North Korean', ['North-Korean', 'north korean']],
];

test.each(variants)('“%s” is found alike as %j', async (asPrinted, written) => {
  // As the dossier prints it: in some claims' own words, not in all.
  const ids = await found(asPrinted);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(allIds.length);
  for (const variant of written) expect(await found(variant), variant).toEqual(ids);
});

test('a search for the publisher’s name finds the claims in its words, each reported', async () => {
  const [source] = dossier.corpus.sources;
  if (!source) throw new Error('no source');
  const reported = dossier.claims.filter(
    (view) => view.source.id === source.id && view.claim.speech === 'reported',
  );
  expect(reported.length).toBeGreaterThan(0);
  const ids = await found(source.publisher);
  expect(ids).toEqual(expect.arrayContaining(reported.map((view) => view.claim.id)));
  expect(ids).toEqual(plainlyFound(source.publisher));
});
