/**
 * Which quotation marks a source's language tag picks, and how its passages come out in them:
 * the pair each passage names, and which pairs run over a paragraph break. The verdicts on
 * spans in each language are in quoted-passages.test.ts.
 */
import { expect, test } from 'vitest';
import { quotationStyle, quotedPassages } from '../../src/corpus/quoted-passages.ts';

/** A tag, and the usual outer pair of its language, opening then closing. */
const usual: [tag: string, pair: string][] = [
  ['en', '“”'],
  ['en-GB', '“”'],
  ['ko', '“”'],
  ['zh', '“”'],
  ['zh-Hans', '“”'],
  ['zh-CN', '“”'],
  ['zh-Hans-HK', '“”'],
  ['zh-Hant', '「」'],
  ['zh-TW', '「」'],
  ['zh-HK', '「」'],
  ['zh-MO', '「」'],
  ['zh-Hant-CN', '「」'],
  ['ja', '「」'],
  ['fr', '«»'],
  ['fr-CH', '«»'],
  ['it', '«»'],
  ['es', '«»'],
  ['pt-BR', '«»'],
  ['de', '„“'],
  ['de-AT', '„“'],
  ['de-CH', '«»'],
  ['ru', '«»'],
  ['uk', '«»'],
  ['pl', '„”'],
  ['sv', '””'],
  ['fi', '””'],
  ['da', '»«'],
  // A language the table lacks, an empty tag, and a name every object has: English marks.
  ['tlh', '“”'],
  ['', '“”'],
  ['constructor', '“”'],
];

test.each(usual)('%s quotes first in %s', (tag, pair) => {
  const [first] = quotationStyle(tag).outer;
  expect(first && first.open + first.close).toBe(pair);
});

test('zh takes corner brackets as well as curly marks, zh-Hant curly marks as well as corners', () => {
  const pairs = (tag: string) => {
    const { outer, inner } = quotationStyle(tag);
    return [...outer, ...inner].map(({ open, close }) => open + close).sort();
  };
  expect(pairs('zh')).toEqual(['‘’', '“”', '「」', '『』'].sort());
  expect(pairs('zh-Hant')).toEqual(pairs('zh'));
});

test('no character opens one pair of a style and closes another, so every mark reads one way', () => {
  for (const [tag] of usual) {
    const { outer, inner } = quotationStyle(tag);
    const marks = [...outer, ...inner];
    for (const { open, close } of marks) {
      expect(open, tag).toHaveLength(1);
      const others = marks.filter((mark) => mark.open !== open);
      expect(
        others.some((mark) => mark.close === open || (open !== close && mark.open === close)),
        `${tag}: ${open}${close}`,
      ).toBe(false);
    }
  }
});

test('each passage names the pair that quotes it', () => {
  const text = 'Il a dit : « Le maire a répondu “non” hier ».';
  expect(quotedPassages(text, quotationStyle('fr'))).toEqual([
    {
      inner: { start: text.indexOf('«') + 1, end: text.indexOf('»') },
      open: text.indexOf('«'),
      close: text.indexOf('»'),
      mark: { open: '«', close: '»' },
      depth: 0,
    },
    {
      inner: { start: text.indexOf('non'), end: text.indexOf('”') },
      open: text.indexOf('“'),
      close: text.indexOf('”'),
      mark: { open: '“', close: '”' },
      depth: 1,
    },
  ]);
});

test('an outer pair runs over a paragraph break that opens with its mark; an inner pair ends', () => {
  const french = '« Nous avons essayé.\n\n« Nous essaierons encore », a-t-il dit.';
  expect(quotedPassages(french, quotationStyle('fr'))).toEqual([
    {
      inner: { start: 1, end: french.indexOf('»') },
      open: 0,
      close: french.indexOf('»'),
      mark: { open: '«', close: '»' },
      depth: 0,
    },
  ]);
  const inner = '“Nous avons essayé.\n\n“Nous essaierons encore”, a-t-il dit.';
  expect(
    quotedPassages(inner, quotationStyle('fr')).map(({ open, close }) => [open, close]),
  ).toEqual([
    [0, undefined],
    [inner.lastIndexOf('“'), inner.indexOf('”')],
  ]);
  const corners = '「我們試過了。\n\n「我們會再試一次。」他說。';
  expect(quotedPassages(corners, quotationStyle('zh-Hant'))).toHaveLength(1);
});

test('a mark of another language is no quotation mark, and one of no language is one everywhere', () => {
  // German closes with “, so an English “ pressed against the word it opens is no mark.
  expect(quotedPassages('Er sagte “nein” und ging.', quotationStyle('de'))).toEqual([]);
  // A stray ” in French guillemets closes nothing, and opens nothing either.
  const stray = 'Il a écrit : « la séance ” reprendra lundi ».';
  expect(quotedPassages(stray, quotationStyle('fr')).map(({ mark }) => mark)).toEqual([
    { open: '«', close: '»' },
  ]);
  // French guillemets need no style of their own in an English text.
  const english = quotedPassages('He said «we will win» today.');
  expect(english.map(({ mark }) => mark)).toEqual([{ open: '«', close: '»' }]);
  // A Polish „ is closed by ”, a German one by “.
  const polish = 'Powiedział: „Wrócimy jutro” i wyszedł.';
  expect(quotedPassages(polish, quotationStyle('pl'))).toHaveLength(1);
  expect(quotedPassages(polish, quotationStyle('de')).map(({ close }) => close)).toEqual([
    undefined,
  ]);
});

test('apostrophes in the words of each language are no quotation marks', () => {
  const texts: [tag: string, text: string][] = [
    ['fr', 'L’homme n’a pas dit qu’il viendrait.'],
    ['it', 'Dell’accordo si parla un po’ di più.'],
    ['de', 'Wie geht’s? Er hat’s gesagt.'],
    ['sv', 'Det var Kalle’s idé.'],
    ['en', 'Korea’s leader didn’t say let’s.'],
  ];
  for (const [tag, text] of texts) {
    expect(quotedPassages(text, quotationStyle(tag)), tag).toEqual([]);
  }
});
