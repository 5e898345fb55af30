import { expect, test } from 'vitest';
import { scriptDirection } from '../../scripts/corpus/languages.ts';
import { sameLanguage } from '../../src/corpus/translation.ts';
import { normalizedText } from '../../scripts/corpus/normalized-text.ts';
import { ogLocale } from '../../scripts/site/page-tags.ts';

test.each([
  ['en', 'en-GB', true],
  ['zh', 'zh-CN', true],
  ['zh-Hans', 'zh-SG', true],
  ['zh-Hans', 'zh-Hant', false],
  ['zh-TW', 'zh-CN', false],
  ['sr-Latn', 'sr-Cyrl', false],
  ['ko', 'ko-KR', true],
  ['ko', 'ja', false],
  ['pt-BR', 'pt-PT', true],
])('%s and %s are one language in one script: %s', (a, b, same) => {
  expect(sameLanguage(a, b)).toBe(same);
  expect(sameLanguage(b, a)).toBe(same);
});

test.each([
  ['ar', 'rtl'],
  ['he', 'rtl'],
  ['fa', 'rtl'],
  ['ur', 'rtl'],
  ['yi', 'rtl'],
  ['az-Arab', 'rtl'],
  ['az', 'ltr'],
  ['ko', 'ltr'],
  ['zh-Hant', 'ltr'],
  ['en-GB', 'ltr'],
])('the script of %s runs %s', (tag, direction) => {
  expect(scriptDirection(tag)).toBe(direction);
});

test.each([
  ['en-GB', 'en_GB'],
  ['en', 'en_US'],
  ['ko', 'ko_KR'],
  ['zh-Hans', 'zh_CN'],
  ['zh-Hant', 'zh_TW'],
  ['fr-CH', 'fr_CH'],
])('Open Graph gives %s as %s', (tag, locale) => {
  expect(ogLocale(tag)).toBe(locale);
});

test('a text already in NFC is its own normal form, index for index', () => {
  const text = '한서연 장관은 “협정을” 말했다. café';
  const normalized = normalizedText(text);
  expect(normalized.text).toBe(text);
  expect(normalized.original(5, 'start')).toBe(5);
});

test('a decomposed text maps every NFC index back to a whole character of the archive', () => {
  // Hangul as conjoining jamo, and an e with a combining acute accent.
  const archived = '한국 café 말'.normalize('NFD');
  const normalized = normalizedText(archived);
  expect(normalized.text).toBe(archived.normalize('NFC'));
  const words = ['한국', 'café', '말'];
  for (const word of words) {
    const start = normalized.text.indexOf(word);
    const span = {
      start: normalized.original(start, 'start'),
      end: normalized.original(start + word.length, 'end'),
    };
    expect(archived.slice(span.start, span.end)).toBe(word.normalize('NFD'));
  }
  // An index inside a character goes to its start, or its end.
  const inside = normalized.text.indexOf('é') + 1;
  expect(archived.slice(0, normalized.original(inside, 'end'))).toBe('한국 café'.normalize('NFD'));
});
