/**
 * Search in scripts written without spaces between words (Chinese, Japanese) or with particles
 * joined to words (Korean): a word is found inside a sentence or with its particle attached,
 * mixed with Latin words, and marked where it stands. The sentences are invented.
 */
import { expect, test } from 'vitest';
import { buildSearchIndex, loadClaimSearch } from '../../src/search/claim-search.ts';
import { indexTerms, matchedSpans, queryTerms } from '../../src/search/search-terms.ts';
import { foldForSearch } from '../../src/lib/search-text.ts';

const documents = [
  {
    id: 0,
    quote: '어느 한쪽의 어업권이 줄어드는 협정을 하자는 것이 아닙니다',
    speaker: 'Han Seo-yeon',
  },
  { id: 1, quote: '我们不会接受这个渔业方案。', speaker: 'Zhou Mingyuan' },
  { id: 2, quote: '我們只同意『研究』共同調查。', speaker: 'Lin Qiaowen' },
  { id: 3, quote: 'There are two numbers on the table', speaker: 'Helen Marchbank' },
  { id: 4, quote: '彼は「また会う」と言った。', speaker: 'Sato Aiko' },
];
const search = loadClaimSearch(
  buildSearchIndex(documents) as unknown as Parameters<typeof loadClaimSearch>[0],
  'search.json',
);
const found = (query: string) => [...search.find(query).positions].sort();

test.each([
  ['a Korean word without the particle the text joins to it', '협정', [0]],
  ['a Korean word with its particle, as the text has it', '협정을', [0]],
  ['another Korean word inside a longer one', '어업권', [0]],
  ['a Chinese word inside a sentence', '渔业', [1]],
  ['a Chinese word of two characters, written in Traditional forms', '調查', [2]],
  ['a Japanese verb inside a sentence', '会う', [4]],
  ['a mixed query: a Latin name and a Korean word', 'Han 협정', [0]],
  ['a mixed query that no one claim answers', 'Marchbank 협정', []],
  ['a single character, as the start of a pair', '渔', [1]],
  ['characters that are in the text but not together', '协渔', []],
  ['Latin words, as before', 'numbers table', [3]],
])('%s: %s finds %j', (_, query, expected) => {
  expect(found(query)).toEqual(expected);
});

test('Hangul folded for search stays Hangul (NFKD would take its syllables apart)', () => {
  expect(foldForSearch('협정을')).toBe('협정을');
  expect(foldForSearch('협정을'.normalize('NFD'))).toBe('협정을');
  expect(queryTerms('협정을')).toEqual(['협정', '정을']);
  expect(indexTerms('渔业方案 G20会议')).toEqual(['渔业', '业方', '方案', 'g20', '会议']);
});

test('the matched pairs are marked as one run where they stand', () => {
  const text = '어느 한쪽의 어업권이 줄어드는 협정을 하자는';
  const terms = new Set(search.find('협정').terms);
  const spans = matchedSpans(text, terms);
  expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['협정']);
  const chinese = '我们不会接受这个渔业方案。';
  const both = new Set(search.find('渔业方案').terms);
  expect(matchedSpans(chinese, both).map(([start, end]) => chinese.slice(start, end))).toEqual([
    '渔业方案',
  ]);
});
