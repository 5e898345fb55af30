import { expect, test } from 'vitest';
import { quotedPassages, spanVerdict, type Span } from '../../src/corpus/quoted-passages.ts';

/**
 * A text with the span under test between `[[` and `]]`, and the verdict on it: `narrative`
 * (no quotation cut, none around it), `quoted` (inside one quotation's marks), or `cut`, with
 * the texts of the span widened and narrowed to cut none.
 */
type Case = {
  name: string;
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
];

/** The text without its `[[ ]]` markers, and the span they marked. */
function unmark(marked: string): { text: string; span: Span } {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  return { text: marked.replace('[[', '').replace(']]', ''), span: { start, end } };
}

test.each(cases)('$name: $verdict', ({ marked, verdict, widened, narrowed }) => {
  const { text, span } = unmark(marked);
  const result = spanVerdict(text, span);
  expect(result.kind).toBe(verdict);
  if (result.kind === 'cut') {
    expect(text.slice(result.widened.start, result.widened.end)).toBe(widened);
    expect(result.narrowed && text.slice(result.narrowed.start, result.narrowed.end)).toBe(
      narrowed,
    );
  }
});

test('every span a cut is widened or narrowed to cuts no quotation', () => {
  for (const { marked, verdict } of cases.filter((c) => c.verdict === 'cut')) {
    const { text, span } = unmark(marked);
    const result = spanVerdict(text, span);
    if (result.kind !== 'cut') throw new Error(`${marked} was not cut (${verdict})`);
    expect(spanVerdict(text, result.widened).kind).not.toBe('cut');
    // Every cut case of the table can be narrowed too.
    expect(result.narrowed, marked).toBeDefined();
    if (result.narrowed) expect(spanVerdict(text, result.narrowed).kind).not.toBe('cut');
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
