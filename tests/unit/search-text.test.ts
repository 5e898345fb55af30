import { expect, test } from 'vitest';
import { foldForSearch, searchTerms } from '../../src/lib/search-text.ts';

test.each([
  { name: 'upper case', text: 'KIM Jong Un', folded: 'kim jong un' },
  { name: 'an accented capital', text: 'État', folded: 'etat' },
  { name: 'accents and a cedilla', text: 'Ça négocie à Hanoï', folded: 'ca negocie a hanoi' },
  { name: 'a decomposed accent', text: 'e\u0301lan', folded: 'elan' },
  { name: 'pinyin tone marks', text: 'Gěng Shuǎng', folded: 'geng shuang' },
  { name: 'a ligature', text: 'ﬁnal', folded: 'final' },
  { name: 'a right single quote as apostrophe', text: 'Pyongyang’s', folded: "pyongyang's" },
  { name: 'left and right single quotes', text: '‘no deal’', folded: "'no deal'" },
  { name: 'a low single quote', text: '‚so‛', folded: "'so'" },
  { name: 'curly double quotes', text: '“Our stance”', folded: '"our stance"' },
  { name: 'low and reversed double quotes', text: '„walk‟', folded: '"walk"' },
  { name: 'an en dash', text: '2019–2020', folded: '2019-2020' },
  { name: 'an em dash', text: 'Hanoi—again', folded: 'hanoi-again' },
  { name: 'a minus sign', text: '−5', folded: '-5' },
  { name: 'a non-breaking hyphen', text: 'plu\u2011tonium', folded: 'plu-tonium' },
  { name: 'runs of white space and newlines', text: 'no \t deal\n\nyet', folded: 'no deal yet' },
  { name: 'a non-breaking space', text: 'Mr\u00a0Kim', folded: 'mr kim' },
  { name: 'plain text', text: 'sanctions', folded: 'sanctions' },
  { name: 'a dotted abbreviation', text: 'the U.S. envoy', folded: 'the us envoy' },
  { name: 'an abbreviation without its last dot', text: 'U.S envoy', folded: 'us envoy' },
  { name: 'a longer abbreviation', text: 'the D.P.R.K.’s', folded: "the dprk's" },
  { name: 'an accented abbreviation', text: 'les É.-U. et l’É.U.', folded: "les e.-u. et l'eu" },
  { name: 'an abbreviation before a hyphen', text: 'U.S.-led', folded: 'us-led' },
  { name: 'a title and its dot', text: 'Mr. Kim', folded: 'mr. kim' },
  { name: 'a number after a dot', text: 'No.1', folded: 'no.1' },
  { name: 'an initial on its own', text: 'Kim J. Un', folded: 'kim j. un' },
])('folding for search handles $name', ({ text, folded }) => {
  expect(foldForSearch(text)).toBe(folded);
});

test('text typed with straight quotes matches the same text set with curly quotes', () => {
  expect(foldForSearch('Kim’s “demands” – all of them')).toBe(
    foldForSearch('KIM\'S "DEMANDS" - ALL OF THEM'),
  );
});

test('a double prime folds to a straight double quote', () => {
  expect(foldForSearch('12″')).toBe('12"');
});

test.each([
  { query: '', terms: [] },
  { query: '   ', terms: [] },
  { query: 'Yongbyon', terms: ['yongbyon'] },
  { query: '  partial   Relief ', terms: ['partial', 'relief'] },
  { query: 'Ri\tYong\nHo', terms: ['ri', 'yong', 'ho'] },
  { query: 'Kim’s “deal”', terms: ["kim's", '"deal"'] },
  { query: 'Réunion—Hanoi', terms: ['reunion-hanoi'] },
])('the query $query splits into the folded terms $terms', ({ query, terms }) => {
  expect(searchTerms(query)).toEqual(terms);
});
