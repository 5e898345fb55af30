/**
 * Search finds what a reader means: whole words (the last, of three letters or more, also as
 * a start), over every field a card shows, folding case, accents, typographic marks, hyphens
 * and British and American spellings; and the words it matched are the ones marked. Expected
 * claims come from the dossier, by a plain reading of its fields, not from the index.
 */
import { expect, test } from 'vitest';
import { defaultSearch } from '../../src/comparison/comparison-search.ts';
import type { ClaimView } from '../../src/corpus/corpus-index.ts';
import { foldForSearch } from '../../src/lib/search-text.ts';
import { matchedSpans, oneSpelling } from '../../src/search/search-terms.ts';
import { cardFields } from '../support/card-fields.ts';
import { makeClaim, makeSpeaker } from '../support/corpus-factory.ts';
import { compare, makeDataFiles } from '../support/data-files.ts';
import { dossier, dossierDataFiles } from '../support/dossier.ts';

const files = dossierDataFiles();

/** The ids of the claims a search of the whole dossier finds, in display order. */
async function found(q: string, data = files): Promise<string[]> {
  const comparison = await compare(data, { ...defaultSearch, q, page: 1 });
  expect(comparison.pageCount, 'one page holds them all').toBe(1);
  return comparison.rows.flatMap((row) =>
    row.cells.flatMap((cell) => cell.claims.map((view) => view.claim.id)),
  );
}

/** Whether a field has a word (folded, one spelling) equal to `word`. */
const hasWord = (view: ClaimView, word: string) =>
  cardFields(view).some((field) =>
    (foldForSearch(field).match(/[\p{L}\p{N}]+/gu) ?? []).some(
      (one) => oneSpelling(one) === oneSpelling(foldForSearch(word)),
    ),
  );

const sorted = (ids: string[]) => ids.toSorted();

test.each(['Lu', 'Ri', 'Un', 'US'])(
  'the short word “%s” finds the claims with it as a whole word, not inside others',
  async (word) => {
    const expected = dossier.claims.filter((view) => hasWord(view, word));
    expect(expected.length).toBeGreaterThan(0);
    // Inside a longer word somewhere in the dossier, so the test can tell.
    expect(
      dossier.claims.some((view) =>
        cardFields(view).some((field) => foldForSearch(field).includes(word.toLowerCase())),
      ),
    ).toBe(true);
    expect(sorted(await found(word))).toEqual(sorted(expected.map((view) => view.claim.id)));
  },
);

test('a longer last word is also the start of a word: the reader may still be typing it', async () => {
  const expected = dossier.claims.filter((view) =>
    cardFields(view).some((field) => /(^|[^\p{L}\p{N}])sanct/iu.test(field)),
  );
  expect(expected.length).toBeGreaterThan(0);
  expect(sorted(await found('sanct'))).toEqual(sorted(expected.map((view) => view.claim.id)));
  // A word before the last is whole: "sanct" there finds nothing.
  expect(await found('sanct relief')).toEqual([]);
});

test.each([
  ['quote', (view: ClaimView) => view.claim.quote.textQuoteSelector.exact],
  ['summary', (view: ClaimView) => view.claim.summary],
  ['short form', (view: ClaimView) => view.claim.short],
  ['speaker', (view: ClaimView) => view.speaker.name],
  ['role', (view: ClaimView) => view.speaker.role],
  ['affiliation', (view: ClaimView) => view.speaker.affiliation],
  ['venue', (view: ClaimView) => view.claim.venue],
  [
    'publisher, when reported',
    (view: ClaimView) => (view.claim.speech === 'reported' ? view.source.publisher : undefined),
  ],
] as const)('every claim is found by its %s, as printed', async (_, field) => {
  const withField = dossier.claims.filter((view) => field(view));
  expect(withField.length).toBeGreaterThan(0);
  for (const view of withField) {
    expect(await found(field(view) ?? ''), view.claim.id).toContain(view.claim.id);
  }
});

test('British and American spellings find the same claims', async () => {
  const british = dossier.claims.filter((view) =>
    cardFields(view).some((field) => /denuclearisation/i.test(field)),
  );
  expect(british.length).toBeGreaterThan(0);
  const ids = sorted(british.map((view) => view.claim.id));
  expect(sorted(await found('denuclearisation'))).toEqual(ids);
  expect(sorted(await found('denuclearization'))).toEqual(ids);
  expect(sorted(await found('DENUCLEARIZATION'))).toEqual(ids);
});

test.each([
  ['colour', 'color'],
  ['favourable', 'favorable'],
  ['centre', 'center'],
  ['defence', 'defense'],
  ['travelled', 'traveled'],
  ['organisation', 'organization'],
  ['analyse', 'analyze'],
  ['programme', 'program'],
])('“%s” and “%s” are one spelling', (british, american) => {
  expect(oneSpelling(british)).toBe(oneSpelling(american));
});

test.each(['four', 'hour', 'our', 'rise', 'raise', 'noise', 'filled', 'called', 'more'])(
  '“%s” keeps its own spelling',
  (word) => {
    // Each is its own word: no rule folds it into another one (for → four, hor → hour…).
    const others = ['for', 'hor', 'or', 'rize', 'raize', 'noize', 'filed', 'caled', 'moer'];
    expect(others).not.toContain(oneSpelling(word));
  },
);

/**
 * A corpus with a hyphenated name and an unhyphenated one, and typographic marks: in the
 * speakers and summaries (the quotes must be the sample source's words).
 */
const hyphens = makeDataFiles((records) => {
  records.speakers.push(
    makeSpeaker({ id: 'kju', name: 'Kim Jong-un', role: 'Chairman', party: 'dprk' }),
  );
  records.claims.push(
    makeClaim({
      id: 'hyphenated',
      speaker: 'kju',
      summary: 'North Korea’s leader says the “talks” ended without a deal.',
      quote: 'Summit ends 🤝 without a deal',
    }),
    makeClaim({
      id: 'spaced',
      summary: 'Donald Trump says Kim Jong Un wanted every sanction gone.',
      quote: 'wanted the sanctions lifted in their entirety',
      speech: 'direct',
    }),
  );
});

test.each([
  ['Jong-un', ['hyphenated', 'spaced']],
  ['Jong Un', ['hyphenated', 'spaced']],
  ['jong‑un', ['hyphenated', 'spaced']], // a non-breaking hyphen
  ['Jongun', ['hyphenated']],
  ['Korea’s', ['hyphenated']],
  ["korea's “talks”", ['hyphenated']],
])('the query “%s” finds %j', async (q, ids) => {
  const all = await found(q, hyphens);
  expect(all.filter((id) => ['hyphenated', 'spaced'].includes(id)).toSorted()).toEqual(ids);
});

test('the comparison names the words a search matched, and the cards mark exactly those', async () => {
  const comparison = await compare(files, { ...defaultSearch, q: 'denuclearization sanct' });
  const terms = new Set(comparison.highlight);
  expect(terms).toContain(oneSpelling('denuclearisation'));
  expect([...terms].some((term) => term.startsWith('sanction'))).toBe(true);
  const view = comparison.rows[0]?.cells.flatMap((cell) => cell.claims)[0];
  if (!view) throw new Error('nothing found');
  const marked = cardFields(view).flatMap((field) =>
    matchedSpans(field, terms).map(([start, end]) => field.slice(start, end).toLowerCase()),
  );
  expect(marked.some((word) => word === 'denuclearisation')).toBe(true);
  expect(marked.every((word) => terms.has(oneSpelling(foldForSearch(word))))).toBe(true);
});

test('a hyphenated word matched whole is marked whole, its parts matched alone each', () => {
  const text = 'Kim Jong-un offered plu-tonium.';
  const marked = (terms: string[]) =>
    matchedSpans(text, new Set(terms)).map(([start, end]) => text.slice(start, end));
  expect(marked(['plutonium'])).toEqual(['plu-tonium']);
  expect(marked(['jong', 'un'])).toEqual(['Jong', 'un']);
  expect(marked([])).toEqual([]);
});

test('a dotted abbreviation is marked whole where its folded form was matched', () => {
  const text = 'The U.S. envoy and the US team met us in the D.P.R.K.';
  const marked = (terms: string[]) =>
    matchedSpans(text, new Set(terms)).map(([start, end]) => text.slice(start, end));
  expect(marked(['us'])).toEqual(['U.S.', 'US', 'us']);
  expect(marked(['dprk'])).toEqual(['D.P.R.K.']);
  expect(marked(['u', 's'])).toEqual([]);
});
