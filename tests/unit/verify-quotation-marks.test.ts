import { expect, test } from 'vitest';
import type { CorpusProblem } from '../../scripts/corpus/problem.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import {
  makeClaim,
  makeCorpusFiles,
  makeRecords,
  makeSource,
  sha256,
} from '../support/corpus-factory.ts';

/**
 * The verifier's quotation-mark rules, one claim at a time: the claim `ri-partial-relief`
 * (record #2) gets `quote` and `speech`, quoting `text` (the sample text unless given), and the
 * verifier must say exactly `problem`, or accept it when there is none.
 */
type Case = {
  name: string;
  quote: string;
  speech: 'direct' | 'reported';
  text?: string;
  /** The source's language (BCP 47), whose quotation marks the verifier reads; else the dossier's. */
  language?: string;
  problem?: Pick<CorpusProblem, 'field' | 'message' | 'detail'>;
};

const file = 'sources/sample.txt';

const cases: Case[] = [
  {
    name: 'a reported quote wholly inside the speaker’s quotation marks',
    quote: 'Our stance will never be changed,',
    speech: 'reported',
    problem: {
      field: 'speech',
      message: `speech is "reported" but the quote lies wholly inside a quotation in "${file}" (line 5): these are the speaker's own words, so use "direct"`,
    },
  },
  {
    name: 'a quote that takes a quotation’s opening mark and stops inside it',
    quote: 'Mr Trump said Mr Kim "wanted the sanctions',
    speech: 'reported',
    problem: {
      field: 'quote',
      message: `the quote cuts a quotation in "${file}" (line 3): it holds its opening mark but not its closing one, so it would show an unmatched quotation mark`,
      detail: [
        'widen it to take in the whole quotation:',
        '  Mr Trump said Mr Kim "wanted the sanctions lifted in their entirety"',
        'or narrow it to the words outside the marks:',
        '  Mr Trump said Mr Kim',
      ].join('\n'),
    },
  },
  {
    name: 'a quote that starts inside a quotation and takes its closing mark',
    quote: 'will never be changed," he said.',
    speech: 'reported',
    problem: {
      field: 'quote',
      message: `the quote cuts a quotation in "${file}" (line 5): it holds its closing mark but not its opening one, so it would show an unmatched quotation mark`,
      detail: [
        'widen it to take in the whole quotation:',
        '  "Our stance will never be changed," he said.',
        'or narrow it to the words inside the marks (then speech is "direct"):',
        '  will never be changed,',
      ].join('\n'),
    },
  },
  {
    name: 'a direct quote that cuts a quotation is told so, not only that it is not inside one',
    quote: 'changed," he',
    speech: 'direct',
    problem: {
      field: 'quote',
      message: `the quote cuts a quotation in "${file}" (line 5): it holds its closing mark but not its opening one, so it would show an unmatched quotation mark`,
      detail: [
        'widen it to take in the whole quotation:',
        '  "Our stance will never be changed," he',
        'or narrow it to the words inside the marks (then speech is "direct"):',
        '  changed,',
      ].join('\n'),
    },
  },
  {
    name: 'a quote that cuts a single-quoted quotation',
    text: "He calls talks 'productive'; minister denies it.",
    quote: "talks 'productive",
    speech: 'reported',
    problem: {
      field: 'quote',
      message: `the quote cuts a quotation in "${file}" (line 1): it holds its opening mark but not its closing one, so it would show an unmatched quotation mark`,
      detail: [
        'widen it to take in the whole quotation:',
        "  talks 'productive'",
        'or narrow it to the words inside the marks (then speech is "direct"):',
        '  productive',
      ].join('\n'),
    },
  },
  {
    name: 'a reported quote inside typographic marks',
    text: 'Mr Lu said “they should be resolved together”.',
    quote: 'they should be resolved together',
    speech: 'reported',
    problem: {
      field: 'speech',
      message: `speech is "reported" but the quote lies wholly inside a quotation in "${file}" (line 1): these are the speaker's own words, so use "direct"`,
    },
  },
  {
    name: 'a reported quote of the narrative holding whole quotations and possessives',
    quote: 'Mr Trump said Mr Kim "wanted the sanctions lifted in their entirety".',
    speech: 'reported',
  },
  {
    name: "a direct quote with an apostrophe (let's) inside the marks",
    text: '"Relationship very good, let\'s see what happens!" he wrote.',
    quote: "let's see what happens!",
    speech: 'direct',
  },
  {
    name: "a reported quote with a possessive (Korea's) outside any quotation",
    text: 'He added that North Korea\'s stance "will never be changed".',
    quote: "He added that North Korea's stance",
    speech: 'reported',
  },
  {
    name: 'a direct quote wrapped over the lines of one paragraph (hard-wrapped wire copy)',
    text: 'The minister said: "We will not\nsign this agreement before\nthe vote," and left.\n\nThe vote is on Friday.',
    quote: 'We will not\nsign this agreement before\nthe vote,',
    speech: 'direct',
  },
  {
    name: 'a reported quote inside a wrapped quotation is the speaker’s words',
    text: 'The minister said: "We will not\nsign this agreement before\nthe vote," and left.',
    quote: 'sign this agreement before\nthe vote,',
    speech: 'reported',
    problem: {
      field: 'speech',
      message: `speech is "reported" but the quote lies wholly inside a quotation in "${file}" (line 1): these are the speaker's own words, so use "direct"`,
    },
  },
  {
    name: 'a quotation left open at a blank line ends with its paragraph',
    text: 'The minister said: "We will not sign\n\nthis, she added.',
    quote: 'this, she added.',
    speech: 'reported',
  },
  {
    name: 'a direct quote over a paragraph break of one quotation',
    text: '"We tried.\n\n"We will try again," he said.',
    quote: 'We tried.\n\n"We will try again',
    speech: 'direct',
  },
  // Each source's own quotation marks (quoted-passages.test.ts holds the finer table). The
  // sentences are invented.
  {
    name: 'ko: the words inside “ ”, a particle right after the closing mark',
    language: 'ko',
    text: '한 장관은 “협정을 다시 논의하겠다”고 말했다.',
    quote: '협정을 다시 논의하겠다',
    speech: 'direct',
  },
  {
    name: 'ko: the sentence around the quotation is the source’s words',
    language: 'ko',
    text: '한 장관은 “협정을 다시 논의하겠다”고 말했다.',
    quote: '한 장관은 “협정을 다시 논의하겠다”고 말했다.',
    speech: 'reported',
  },
  {
    name: 'zh-Hans: “ ” inside a sentence with no spaces',
    language: 'zh-Hans',
    text: '周明远说：“我们不会接受这个方案。”他随后离开了会场。',
    quote: '我们不会接受这个方案。',
    speech: 'direct',
  },
  {
    name: 'zh-Hant: the words inside 「」, holding a nested 『』',
    language: 'zh-Hant',
    text: '林巧文表示：「我們只同意『研究』共同調查。」會談隨即結束。',
    quote: '我們只同意『研究』共同調查。',
    speech: 'direct',
  },
  {
    name: 'zh-Hant: a quote that takes 「 but not 」 cuts the quotation',
    language: 'zh-Hant',
    text: '林巧文表示：「我們只同意『研究』共同調查。」會談隨即結束。',
    quote: '林巧文表示：「我們只同意',
    speech: 'reported',
    problem: {
      field: 'quote',
      message: `the quote cuts a quotation in "${file}" (line 1): it holds its opening mark but not its closing one, so it would show an unmatched quotation mark`,
      detail: [
        'widen it to take in the whole quotation:',
        '  林巧文表示：「我們只同意『研究』共同調查。」',
        'or narrow it to the words outside the marks:',
        '  林巧文表示：',
      ].join('\n'),
    },
  },
  {
    name: 'ja: 「」 with 『』 nested, the inner words alone',
    language: 'ja',
    text: '大臣は「次の会合は『五月』になる」と述べた。',
    quote: '五月',
    speech: 'direct',
  },
  {
    name: 'fr: « » with no-break spaces inside',
    language: 'fr',
    text: 'La ministre a déclaré\u00a0: «\u00a0Nous reviendrons en mai\u00a0», avant de partir.',
    quote: 'Nous reviendrons en mai',
    speech: 'direct',
  },
  {
    name: 'de: „ “ and an apostrophe inside',
    language: 'de',
    text: 'Die Ministerin sagte: „Wir kommen im Mai wieder, geht’s nach mir.“ Dann ging sie.',
    quote: 'Wir kommen im Mai wieder, geht’s nach mir.',
    speech: 'direct',
  },
  {
    name: 'en: 「」 are no quotation marks of the language, so they prove nothing',
    text: 'The minister said 「we will return in May」 and left.',
    quote: 'we will return in May',
    speech: 'direct',
    problem: {
      field: 'speech',
      message:
        'speech is "direct" but the quote is not entirely inside quotation marks in the source; use "reported", or quote only the words inside the marks',
    },
  },
  {
    name: 'de: an English opening mark “ is a German closing one, so it opens nothing',
    language: 'de',
    text: 'Sie sagte “wir kommen wieder” und ging.',
    quote: 'wir kommen wieder',
    speech: 'direct',
    problem: {
      field: 'speech',
      message:
        'speech is "direct" but the quote is not entirely inside quotation marks in the source; use "reported", or quote only the words inside the marks',
    },
  },
];

/** The sample corpus with claim #2 replaced by the case's quote, quoting the case's text. */
function corpusFor({ quote, speech, text, language }: Case) {
  const records = makeRecords();
  records.claims[1] = makeClaim({ id: 'ri-partial-relief', speaker: 'ri-yong-ho', quote, speech });
  if (text === undefined) return makeCorpusFiles(records);
  records.claims = [records.claims[1]];
  records.relations = [];
  records.sources[0] = makeSource({
    sha256: sha256(text),
    ...(language ? { language } : {}),
  });
  return makeCorpusFiles(records, { texts: { [file]: text } });
}

test.each(cases)('$name', (testCase) => {
  const files = corpusFor(testCase);
  const result = verifyCorpus(files);
  if (!testCase.problem) {
    expect(result.ok ? [] : result.problems).toEqual([]);
    return;
  }
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems).toHaveLength(1);
  const [found] = result.problems;
  const { fixes = [], ...problem } = found ?? { file: '', message: '' };
  // Each change offered to fix it, made, leaves a claim the verifier takes.
  expect(fixes.length, 'a fix is offered').toBeGreaterThan(0);
  for (const fix of fixes) {
    const fixed = verifyCorpus(
      corpusFor({
        ...testCase,
        quote: fix.set.quote ?? testCase.quote,
        speech: (fix.set.speech ?? testCase.speech) as Case['speech'],
      }),
    );
    expect(fixed.ok ? [] : fixed.problems, fix.label).toEqual([]);
  }
  expect(problem).toEqual({
    file: 'claims.yaml',
    record: expect.stringMatching(/^claim "ri-partial-relief" \(#[12]\)$/),
    line: expect.any(Number),
    column: expect.any(Number),
    ...testCase.problem,
  });
  // The line and column point at the field named.
  const yaml = new TextDecoder().decode(files.get('claims.yaml')).split('\n');
  const line = yaml[(problem.line ?? 0) - 1] ?? '';
  expect(line.slice(0, (problem.column ?? 1) - 1)).toMatch(
    new RegExp(`^\\s*${testCase.problem.field}: $`),
  );
});

test('a quote not in its source verbatim is offered its closest passage, which is', () => {
  const testCase: Case = {
    name: 'a misremembered quote',
    quote: 'Our stance will never ever be changed,',
    speech: 'direct',
  };
  const result = verifyCorpus(corpusFor(testCase));
  const problem = result.ok ? undefined : result.problems.find((one) => one.field === 'quote');
  expect(problem?.message).toMatch(/is not in .* verbatim/);
  const [fix] = problem?.fixes ?? [];
  expect(fix?.label).toBe('Use the closest passage');
  const fixed = verifyCorpus(corpusFor({ ...testCase, quote: fix?.set.quote ?? '' }));
  expect(fixed.ok ? [] : fixed.problems).toEqual([]);
});
