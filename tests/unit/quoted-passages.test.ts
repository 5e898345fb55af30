import { expect, test } from 'vitest';
import {
  quotationStyle,
  quotedPassages,
  spanVerdict,
  type Span,
} from '../../src/corpus/quoted-passages.ts';

/**
 * A text with the span under test between `[[` and `]]`, and the verdict on it: `narrative`
 * (no quotation cut, none around it), `quoted` (inside one quotation's marks), or `cut`, with
 * the texts of the span widened and narrowed to cut none. The text is in `language` (English
 * when not told), and read with its quotation marks.
 */
type Case = {
  name: string;
  language?: string;
  marked: string;
  verdict: 'narrative' | 'quoted' | 'cut';
  widened?: string;
  narrowed?: string;
};

const cases: Case[] = [
  {
    name: 'words inside straight double marks',
    marked: 'He said "[[we will win]]" today.',
    verdict: 'quoted',
  },
  {
    name: 'a sentence holding a whole quotation',
    marked: '[[He said "we will win"]] today.',
    verdict: 'narrative',
  },
  {
    name: 'a span that takes the opening mark but not the closing one',
    marked: '[[He said "we will]] win" today.',
    verdict: 'cut',
    widened: 'He said "we will win"',
    narrowed: 'He said',
  },
  {
    name: 'a span that starts inside and takes the closing mark',
    marked: 'He said "we [[will win" today at noon]].',
    verdict: 'cut',
    widened: '"we will win" today at noon',
    narrowed: 'today at noon',
  },
  {
    name: 'typographic double marks',
    marked: 'He said \u201C[[we will win]]\u201D today.',
    verdict: 'quoted',
  },
  {
    name: 'typographic marks, cut',
    marked: '[[He said \u201Cwe will]] win\u201D today.',
    verdict: 'cut',
    widened: 'He said \u201Cwe will win\u201D',
    narrowed: 'He said',
  },
  {
    name: "an apostrophe inside a quotation (let's)",
    marked: '"Relationship very good, [[let\'s see what happens!]]" he wrote.',
    verdict: 'quoted',
  },
  {
    name: "a possessive outside any quotation (Korea's)",
    marked: 'He added that [[North Korea\'s stance]] "will never be changed".',
    verdict: 'narrative',
  },
  {
    name: "a possessive before a whole quotation (Trump's)",
    marked:
      '[[Mr Kim expressed appreciation for Mr Trump\'s "active efforts towards results"]], and',
    verdict: 'narrative',
  },
  {
    name: "a plural possessive (analysts') is not a closing mark",
    marked: '[[The analysts\' view]] is "firm".',
    verdict: 'narrative',
  },
  {
    name: 'single marks in a headline',
    marked: "He calls talks '[[productive]]'; minister denies it",
    verdict: 'quoted',
  },
  {
    name: 'single marks, cut',
    marked: "He calls [[talks 'productive]]'; minister denies it",
    verdict: 'cut',
    widened: "talks 'productive'",
    narrowed: 'productive',
  },
  {
    name: 'a typographic apostrophe (Korea\u2019s) and typographic single marks',
    marked: '[[Korea\u2019s leader]] said \u2018no\u2019.',
    verdict: 'narrative',
  },
  {
    name: 'words inside typographic single marks',
    marked: 'Korea\u2019s leader said \u2018[[no]]\u2019.',
    verdict: 'quoted',
  },
  {
    name: 'a nested quotation inside the words of the outer one',
    marked: '"[[He called it \'a disaster\' and left]]," she said.',
    verdict: 'quoted',
  },
  {
    name: 'a span that cuts a nested quotation',
    marked: '"He called [[it \'a disaster]]\' and left," she said.',
    verdict: 'cut',
    widened: "it 'a disaster'",
    narrowed: 'a disaster',
  },
  {
    name: 'a quotation that runs over a paragraph break: one passage',
    marked: '"[[We tried.\n\n"We will try again]]," he said.',
    verdict: 'quoted',
  },
  {
    name: 'the second paragraph of a quotation that runs on',
    marked: '"We tried.\n\n"[[We will try again]]," he said.',
    verdict: 'quoted',
  },
  {
    name: 'a quotation never closed ends with its paragraph',
    marked: 'He said "this is never closed.\n\n[[The next paragraph]] is narrative.',
    verdict: 'narrative',
  },
  {
    name: 'the words of a quotation never closed',
    marked: 'He said "[[this is never closed.]]\n\nThe next paragraph is narrative.',
    verdict: 'quoted',
  },
  {
    name: "an opening straight single mark with let's inside",
    marked: "'[[Let's go]],' he said.",
    verdict: 'quoted',
  },
  {
    name: "an elision ('90s) is not an opening mark",
    marked: '[[In the \'90s it was]] "good".',
    verdict: 'narrative',
  },
  {
    name: 'the source: a quotation cut after its close',
    marked:
      '"This is basically asking sanctions relaxation on everything. [[There is not even a value to consider" the North\'s offer]], said Dr Shin',
    verdict: 'cut',
    widened:
      '"This is basically asking sanctions relaxation on everything. There is not even a value to consider" the North\'s offer',
    narrowed: 'There is not even a value to consider',
  },
  {
    name: "the source: a few words inside the speaker's marks",
    marked:
      'said that Mr Kim "wanted the sanctions lifted in their entirety, and [[we couldn\'t do that]]".',
    verdict: 'quoted',
  },
  {
    name: 'English text: guillemets quote too',
    marked: 'He said «[[we will win]]» today.',
    verdict: 'quoted',
  },
  {
    name: 'zh: a quotation with no space around its marks',
    language: 'zh-Hans',
    marked: '他说：“[[我们会再见面]]。”',
    verdict: 'quoted',
  },
  {
    name: 'zh: a sentence holding a whole quotation',
    language: 'zh',
    marked: '[[他说：“我们会再见面。”然后就离开了]]。',
    verdict: 'narrative',
  },
  {
    name: 'zh: a span that takes the closing mark but not the opening one',
    language: 'zh-CN',
    marked: '他说：“我们[[会再见面。”然后就离开了]]。',
    verdict: 'cut',
    widened: '“我们会再见面。”然后就离开了',
    narrowed: '然后就离开了',
  },
  {
    name: 'zh: corner brackets are accepted in simplified text too',
    language: 'zh',
    marked: '他写道：「[[明天见]]」。',
    verdict: 'quoted',
  },
  {
    name: 'zh-Hant: words of a quotation nested in corner brackets',
    language: 'zh-Hant',
    marked: '她說：「老師告訴我們『[[明天放假]]』，大家都很高興。」',
    verdict: 'quoted',
  },
  {
    name: 'zh-Hant: the outer quotation holding a whole nested one',
    language: 'zh-TW',
    marked: '她說：「[[老師告訴我們『明天放假』，大家都很高興。]]」',
    verdict: 'quoted',
  },
  {
    name: 'zh-Hant: a span that takes 『 but not 』',
    language: 'zh-Hant',
    marked: '她說：「老師[[告訴我們『明天]]放假』，大家都很高興。」',
    verdict: 'cut',
    widened: '告訴我們『明天放假』',
    narrowed: '告訴我們',
  },
  {
    name: 'ja: words inside corner brackets',
    language: 'ja',
    marked: '彼は「[[また会おう]]」と言った。',
    verdict: 'quoted',
  },
  {
    name: 'ja: a sentence holding a whole quotation',
    language: 'ja',
    marked: '[[彼は「また会おう」と言った]]。',
    verdict: 'narrative',
  },
  {
    name: 'ja: a span that takes 「 but not 」',
    language: 'ja',
    marked: '彼は[[「また会おう]]」と言った。',
    verdict: 'cut',
    widened: '「また会おう」',
    narrowed: 'また会おう',
  },
  {
    name: 'ja: a quotation in double corner brackets inside one in corner brackets',
    language: 'ja',
    marked: '母は「先生が『[[明日は休み]]』と言った」と話した。',
    verdict: 'quoted',
  },
  {
    name: 'ja: typographic double marks',
    language: 'ja',
    marked: '彼は“[[未来]]”と書いた。',
    verdict: 'quoted',
  },
  {
    name: 'ko: a quotation followed by a particle',
    language: 'ko',
    marked: '그는 “[[다시 만나겠다]]”고 말했다.',
    verdict: 'quoted',
  },
  {
    name: 'ko: a span holding the whole quotation and its particle',
    language: 'ko',
    marked: '그는 [[“다시 만나겠다”고]] 말했다.',
    verdict: 'narrative',
  },
  {
    name: 'ko: a span holding the particle and the closing mark only',
    language: 'ko',
    marked: '그는 “[[다시 만나겠다”고]] 말했다.',
    verdict: 'cut',
    widened: '“다시 만나겠다”고',
    narrowed: '다시 만나겠다',
  },
  {
    name: 'ko: straight marks followed by a particle',
    language: 'ko',
    marked: '그는 "[[다시 만나겠다]]"고 말했다.',
    verdict: 'quoted',
  },
  {
    name: 'ko: single marks followed by a particle are no apostrophe',
    language: 'ko',
    marked: '정부는 ‘[[평화]]’를 강조했다.',
    verdict: 'quoted',
  },
  {
    name: 'ko: the words after a quotation and its particle are the narrative’s',
    language: 'ko',
    marked: '정부는 ‘평화’를 [[강조했다]].',
    verdict: 'narrative',
  },
  {
    name: 'ko: straight single marks followed by a particle',
    language: 'ko',
    marked: "정부는 '[[평화]]'를 강조했다.",
    verdict: 'quoted',
  },
  {
    name: 'ko: straight single marks end before the particle',
    language: 'ko',
    marked: "정부는 '평화'를 [[강조했다]].",
    verdict: 'narrative',
  },
  {
    name: 'ko: a straight mark pressed against the word before it opens',
    language: 'ko',
    marked: '[[그가]]"좋다"고 했다.',
    verdict: 'narrative',
  },
  {
    name: 'ko: corner brackets',
    language: 'ko',
    marked: '그는 「[[내일 보자]]」라고 썼다.',
    verdict: 'quoted',
  },
  {
    name: 'fr: the words inside guillemets and their no-break spaces',
    language: 'fr',
    marked: 'Elle a déclaré : «\u00A0[[Nous reviendrons demain]]\u00A0».',
    verdict: 'quoted',
  },
  {
    name: 'fr: narrow no-break spaces, and an apostrophe inside the words',
    language: 'fr-CH',
    marked: 'Il a répondu : «\u202F[[L’accord n’est pas signé]]\u202F».',
    verdict: 'quoted',
  },
  {
    name: 'fr: a span that takes « but not »',
    language: 'fr',
    marked: 'Elle a déclaré : [[«\u00A0Nous reviendrons]] demain\u00A0».',
    verdict: 'cut',
    widened: '«\u00A0Nous reviendrons demain\u00A0»',
    narrowed: 'Nous reviendrons',
  },
  {
    name: 'fr: a quotation in double marks inside guillemets',
    language: 'fr',
    marked: 'Il a ajouté : « Le maire a dit “[[non]]” hier ».',
    verdict: 'quoted',
  },
  {
    name: 'fr: the guillemets holding a whole nested quotation',
    language: 'fr',
    marked: 'Il a ajouté : « [[Le maire a dit “non” hier]] ».',
    verdict: 'quoted',
  },
  {
    name: 'fr: a stray ” does not close «',
    language: 'fr',
    marked: 'Il a écrit : « [[la séance ” reprendra]] lundi ».',
    verdict: 'quoted',
  },
  {
    name: 'it: guillemets',
    language: 'it',
    marked: 'Ha detto: «[[Torneremo domani]]».',
    verdict: 'quoted',
  },
  {
    name: 'de: low and high marks',
    language: 'de',
    marked: '„[[Wir kommen wieder]]“, sagte sie.',
    verdict: 'quoted',
  },
  {
    name: 'de: single low and high marks nested, with an apostrophe',
    language: 'de',
    marked: '„Er hat’s ‚[[sofort]]‘ versprochen“, sagte sie.',
    verdict: 'quoted',
  },
  {
    name: 'de: the outer quotation holding an apostrophe and a nested one',
    language: 'de-AT',
    marked: '„[[Er hat’s ‚sofort‘ versprochen]]“, sagte sie.',
    verdict: 'quoted',
  },
  {
    name: 'de: a span that cuts the nested quotation',
    language: 'de',
    marked: '„[[Er hat’s ‚sofort]]‘ versprochen“, sagte sie.',
    verdict: 'cut',
    widened: 'Er hat’s ‚sofort‘',
    narrowed: 'Er hat’s',
  },
  {
    name: 'de: guillemets pointing inward',
    language: 'de',
    marked: 'Sie rief: »[[Bis morgen]]!« und ging.',
    verdict: 'quoted',
  },
  {
    name: 'de: an English “ does not open a quotation',
    language: 'de',
    marked: 'Er sagte “[[nein]]” und ging.',
    verdict: 'narrative',
  },
  {
    name: 'de: nor does an English ” close one the paragraph started',
    language: 'de',
    marked: '[[Er sagte]] “nein” und ging.',
    verdict: 'narrative',
  },
  {
    name: 'de-CH: guillemets pointing outward',
    language: 'de-CH',
    marked: 'Sie sagte: «[[Wir kommen wieder]]» und ging.',
    verdict: 'quoted',
  },
  {
    name: 'ru: a quotation in low marks inside guillemets',
    language: 'ru',
    marked: 'Он сказал: «Она ответила „[[нет]]“ и ушла».',
    verdict: 'quoted',
  },
  {
    name: 'ru: the guillemets holding the whole nested quotation',
    language: 'ru',
    marked: 'Он сказал: «[[Она ответила „нет“ и ушла]]».',
    verdict: 'quoted',
  },
  {
    name: 'ru: a span that takes „ but not “',
    language: 'ru',
    marked: 'Он сказал: «Она [[ответила „нет]]“ и ушла».',
    verdict: 'cut',
    widened: 'ответила „нет“',
    narrowed: 'ответила',
  },
  {
    name: 'pl: a low mark closed by a high ”',
    language: 'pl',
    marked: 'Powiedział: „[[Wrócimy jutro]]” i wyszedł.',
    verdict: 'quoted',
  },
  {
    name: 'pl: a span that takes ” but not „',
    language: 'pl',
    marked: 'Powiedział: „Wrócimy [[jutro” i wyszedł]].',
    verdict: 'cut',
    widened: '„Wrócimy jutro” i wyszedł',
    narrowed: 'i wyszedł',
  },
  {
    name: 'sv: one mark opens and closes',
    language: 'sv',
    marked: 'Hon sa ”[[vi ses i morgon]]” och gick.',
    verdict: 'quoted',
  },
  {
    name: 'sv: single marks that open and close alike, nested',
    language: 'sv',
    marked: 'Han sa ”hon kallade det ’[[en seger]]’ i går” och log.',
    verdict: 'quoted',
  },
  {
    name: 'sv: a span that takes the opening mark only',
    language: 'fi',
    marked: 'Hon sa [[”vi ses]] i morgon” och gick.',
    verdict: 'cut',
    widened: '”vi ses i morgon”',
    narrowed: 'vi ses',
  },
  {
    name: 'da: guillemets pointing inward',
    language: 'da',
    marked: 'Hun sagde: »[[Vi ses i morgen]]« og gik.',
    verdict: 'quoted',
  },
];

/** The text without its `[[ ]]` markers, and the span they marked. */
function unmark(marked: string): { text: string; span: Span } {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  return { text: marked.replace('[[', '').replace(']]', ''), span: { start, end } };
}

/** The verdict on the span, with the marks of the text's language. */
function verdictOn(text: string, span: Span, language = 'en') {
  return spanVerdict(text, span, quotedPassages(text, quotationStyle(language)));
}

test.each(cases)('$name: $verdict', ({ language, marked, verdict, widened, narrowed }) => {
  const { text, span } = unmark(marked);
  const result = verdictOn(text, span, language);
  expect(result.kind).toBe(verdict);
  if (result.kind === 'cut') {
    expect(text.slice(result.widened.start, result.widened.end)).toBe(widened);
    expect(result.narrowed && text.slice(result.narrowed.start, result.narrowed.end)).toBe(
      narrowed,
    );
  }
});

test('every span a cut is widened or narrowed to cuts no quotation', () => {
  for (const { language, marked, verdict } of cases.filter((c) => c.verdict === 'cut')) {
    const { text, span } = unmark(marked);
    const result = verdictOn(text, span, language);
    if (result.kind !== 'cut') throw new Error(`${marked} was not cut (${verdict})`);
    expect(verdictOn(text, result.widened, language).kind).not.toBe('cut');
    // Every cut case of the table can be narrowed too.
    expect(result.narrowed, marked).toBeDefined();
    if (result.narrowed) expect(verdictOn(text, result.narrowed, language).kind).not.toBe('cut');
  }
});

test('a quotation that runs over a paragraph break is found once, with its continuation inside', () => {
  const text = '"We tried.\n\n"We will try again," he said.';
  const close = text.indexOf('" he');
  expect(quotedPassages(text)).toEqual([
    {
      inner: { start: 1, end: close },
      open: 0,
      close: close,
      mark: { open: '"', close: '"' },
      depth: 0,
    },
  ]);
});

test('a quotation hard-wrapped over the lines of one paragraph is one quotation', () => {
  const text = 'He said "we will\nnot sign it\nbefore Friday" and left.\n\n"Next," she said.';
  const close = text.indexOf('" and');
  expect(quotedPassages(text)[0]).toEqual({
    inner: { start: text.indexOf('we'), end: close },
    open: text.indexOf('"'),
    close,
    mark: { open: '"', close: '"' },
    depth: 0,
  });
  const words = 'not sign it\nbefore Friday';
  const start = text.indexOf(words);
  expect(spanVerdict(text, { start, end: start + words.length }).kind).toBe('quoted');
});

test('apostrophes are not quotation marks', () => {
  expect(
    quotedPassages("Korea's leader didn\u2019t say let's; the analysts' view, the '90s."),
  ).toEqual([]);
});
