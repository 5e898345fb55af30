/**
 * Translations, as the verifier holds them: each translates an appearance its claim has, into
 * another language than the original's; a published one (the speaker's side, an interpreter,
 * an agency, an outlet) is found verbatim in its own source, in that source's language; an
 * unpublished one (the dossier's authors', a machine's) gives its text and no source. Sources
 * say their language, and a right-to-left one its direction; quotes are compared in NFC.
 * The event, the people and the words are invented for this test.
 */
import { expect, test } from 'vitest';
import type { CorpusProblem } from '../../scripts/corpus/problem.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type { AuthoredTranslation, Source } from '../../src/corpus/corpus-schema.ts';
import {
  makeClaim,
  makeCorpusFiles,
  makeRecords,
  makeSource,
  makeSpeaker,
  sha256,
} from '../support/corpus-factory.ts';

const koreanText = [
  '항구 협상 결렬',
  '',
  '한서연 장관은 “협정을 다시 논의할 준비가 되어 있다”고 말했다.',
  '',
  '그는 조사는 내년에 시작될 것이라고 밝혔다.',
].join('\n');

const agencyText = [
  'Harbour talks collapse',
  '',
  'Minister Han Seo-yeon said her side was "ready to discuss the agreement again".',
  '',
  'She said the survey would begin next year.',
].join('\n');

const koreanSource = makeSource({
  id: 'ko-report',
  headline: '항구 협상 결렬',
  publisher: '해성일보',
  language: 'ko',
  file: 'sources/ko-report.txt',
  sha256: sha256(koreanText),
});

const agencySource = makeSource({
  id: 'agency-report',
  headline: 'Harbour talks collapse',
  publisher: 'Meridian Wire',
  language: 'en',
  file: 'sources/agency-report.txt',
  sha256: sha256(agencyText),
});

const claim = makeClaim({
  id: 'han-ready-to-talk',
  speaker: 'han-seo-yeon',
  summary: 'Han Seo-yeon says her side is ready to discuss the agreement again.',
  quote: '협정을 다시 논의할 준비가 되어 있다',
  source: 'ko-report',
  speech: 'direct',
});

const agencyTranslation: AuthoredTranslation = {
  id: 'han-ready-to-talk-meridian',
  claim: 'han-ready-to-talk',
  of: 'ko-report',
  language: 'en',
  translator: { kind: 'agency', name: 'Meridian Wire' },
  source: 'agency-report',
  quote: 'ready to discuss the agreement again',
  speech: 'direct',
};

const ourTranslation: AuthoredTranslation = {
  id: 'han-ready-to-talk-ours',
  claim: 'han-ready-to-talk',
  of: 'ko-report',
  language: 'en',
  translator: { kind: 'dossier' },
  text: 'are ready to discuss the agreement again',
};

/** The sample corpus with the two invented sources, the claim and the given translations. */
function corpusWith(
  translations: unknown[],
  change: { sources?: (sources: Source[]) => Source[]; texts?: Record<string, string> } = {},
) {
  const records = makeRecords();
  records.speakers.push(
    makeSpeaker({ id: 'han-seo-yeon', name: 'Han Seo-yeon', role: 'Minister', party: 'dprk' }),
  );
  const sources = [koreanSource, agencySource];
  records.sources.push(...(change.sources?.(sources) ?? sources));
  records.claims.push(claim);
  records.translations = translations;
  return makeCorpusFiles(records, {
    texts: {
      'sources/ko-report.txt': koreanText,
      'sources/agency-report.txt': agencyText,
      ...change.texts,
    },
  });
}

test('a published and an unpublished translation verify and compile beside their claim', () => {
  const result = verifyCorpus(corpusWith([agencyTranslation, ourTranslation]));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  const compiled = result.verified.corpus.claims.find((one) => one.id === claim.id);
  const start = agencyText.indexOf(agencyTranslation.quote ?? '');
  expect(compiled?.translations).toEqual([
    {
      id: agencyTranslation.id,
      of: 'ko-report',
      language: 'en',
      direction: 'ltr',
      translator: agencyTranslation.translator,
      source: 'agency-report',
      speech: 'direct',
      quote: {
        textQuoteSelector: {
          type: 'TextQuoteSelector',
          exact: agencyTranslation.quote,
          prefix: agencyText.slice(start - 32, start),
          suffix: agencyText.slice(
            start + (agencyTranslation.quote ?? '').length,
            start + (agencyTranslation.quote ?? '').length + 32,
          ),
        },
        textPositionSelector: {
          type: 'TextPositionSelector',
          start: [...agencyText.slice(0, start)].length,
          end: [...agencyText.slice(0, start)].length + (agencyTranslation.quote ?? '').length,
        },
      },
      printArtifacts: [],
    },
    {
      id: ourTranslation.id,
      of: 'ko-report',
      language: 'en',
      direction: 'ltr',
      translator: { kind: 'dossier' },
      text: ourTranslation.text,
    },
  ]);
  const source = result.verified.corpus.sources.find((one) => one.id === 'ko-report');
  expect([source?.language, source?.direction]).toEqual(['ko', 'ltr']);
  // A source that says no language has the dossier's.
  const sample = result.verified.corpus.sources.find((one) => one.id === 'sample');
  expect(sample?.language).toBe(result.verified.corpus.dossier.language);
});

test('a claim without translations compiles without the field, and the file may be left out', () => {
  const result = verifyCorpus(corpusWith([]));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  expect(result.verified.corpus.claims.every((one) => one.translations === undefined)).toBe(true);
  const records = makeRecords();
  expect(makeCorpusFiles(records).has('translations.yaml')).toBe(false);
  expect(verifyCorpus(makeCorpusFiles(records)).ok).toBe(true);
});

/** A translation changed, and exactly the problems the verifier must give (record #n). */
type Case = {
  name: string;
  translations: unknown[];
  problems: Pick<CorpusProblem, 'record' | 'field' | 'message'>[];
};

const first = 'translation "han-ready-to-talk-meridian" (#1)';
const ours = 'translation "han-ready-to-talk-ours" (#1)';

const cases: Case[] = [
  {
    name: 'a translation in the language of its original',
    translations: [{ ...ourTranslation, language: 'ko' }],
    problems: [
      {
        record: ours,
        field: 'language',
        message:
          'the translation is in "ko", the language of its original (source "ko-report" is in "ko"); a translation is into another language',
      },
    ],
  },
  {
    name: 'a translation in a regional form of its original’s language',
    translations: [{ ...ourTranslation, language: 'ko-KR' }],
    problems: [
      {
        record: ours,
        field: 'language',
        message:
          'the translation is in "ko-KR", the language of its original (source "ko-report" is in "ko"); a translation is into another language',
      },
    ],
  },
  {
    name: 'a translation of a claim that does not exist',
    translations: [{ ...ourTranslation, claim: 'han-never-said' }],
    problems: [
      {
        record: ours,
        field: 'claim',
        message: 'unknown claim "han-never-said": the translation\'s original is missing',
      },
    ],
  },
  {
    name: 'a translation of an appearance the claim does not have',
    translations: [{ ...ourTranslation, of: 'agency-report' }],
    problems: [
      {
        record: ours,
        field: 'of',
        message:
          'claim "han-ready-to-talk" does not appear in source "agency-report", so the translation\'s original is missing; it appears in "ko-report"',
      },
    ],
  },
  {
    name: 'a published translation not found verbatim in its source',
    translations: [{ ...agencyTranslation, quote: 'ready to talk about the agreement again' }],
    problems: [
      {
        record: first,
        field: 'quote',
        message: 'the quote is not in "sources/agency-report.txt" verbatim',
      },
    ],
  },
  {
    name: 'a published translation in quotation marks, called reported',
    translations: [{ ...agencyTranslation, speech: 'reported' }],
    problems: [
      {
        record: first,
        field: 'speech',
        message:
          'speech is "reported" but the quote lies wholly inside a quotation in "sources/agency-report.txt" (line 3): these are the speaker\'s own words, so use "direct"',
      },
    ],
  },
  {
    name: 'a published translation said to be in another language than its source',
    translations: [{ ...agencyTranslation, language: 'fr' }],
    problems: [
      {
        record: first,
        field: 'language',
        message:
          'the translation says it is in "fr", but the source that publishes it, "agency-report", is in "en"',
      },
    ],
  },
  {
    name: 'a published translation in a source that does not exist',
    translations: [{ ...agencyTranslation, source: 'nowhere' }],
    problems: [
      {
        record: first,
        field: 'source',
        message: 'unknown source "nowhere"; known: sample, ko-report, agency-report',
      },
    ],
  },
  {
    name: 'an agency’s translation with no source, quote or speech',
    translations: [
      {
        id: agencyTranslation.id,
        claim: claim.id,
        of: 'ko-report',
        language: 'en',
        translator: agencyTranslation.translator,
      },
    ],
    problems: [
      {
        record: first,
        field: 'source',
        message: 'a translation by a news agency is published: give the source that publishes it',
      },
      {
        record: first,
        field: 'quote',
        message: 'a translation by a news agency is published: give its words there as quote',
      },
      {
        record: first,
        field: 'speech',
        message: 'a translation by a news agency is published: give their speech there',
      },
    ],
  },
  {
    name: 'an official translation given as a text of ours',
    translations: [
      {
        ...agencyTranslation,
        translator: { kind: 'official', name: 'Ministry of Harbours' },
        text: 'ready to discuss',
      },
    ],
    problems: [
      {
        record: first,
        field: 'text',
        message:
          "a translation by the speaker's side is published: its words are its quote in the source that publishes it, not a text of ours; give source, quote and speech instead",
      },
    ],
  },
  {
    name: 'our own translation given a source',
    translations: [{ ...ourTranslation, source: 'agency-report', text: undefined }],
    problems: [
      {
        record: ours,
        field: 'source',
        message:
          "a translation by the dossier's authors is published nowhere: give its text, not source",
      },
      {
        record: ours,
        field: 'text',
        message: "a translation by the dossier's authors is published nowhere: give its text",
      },
    ],
  },
  {
    name: 'a machine translation that does not name the machine',
    translations: [{ ...ourTranslation, translator: { kind: 'machine' } }],
    problems: [
      {
        record: ours,
        field: 'translator.name',
        message: 'a translation by a machine names its translator: add translator.name',
      },
    ],
  },
  {
    name: 'two translations with one id',
    translations: [ourTranslation, ourTranslation],
    problems: [
      {
        record: 'translation "han-ready-to-talk-ours" (#2)',
        field: 'id',
        message: expect.stringMatching(/^duplicate id "han-ready-to-talk-ours": already used by/),
      },
    ],
  },
  {
    name: 'a language that is no BCP 47 tag',
    translations: [{ ...ourTranslation, language: 'english' }],
    problems: [
      {
        record: ours,
        field: 'language',
        message: 'must be a BCP 47 language tag such as en, en-GB, ko or zh-Hant; found "english"',
      },
    ],
  },
  {
    name: 'a translator of no known kind',
    translations: [{ ...ourTranslation, translator: { kind: 'friend' } }],
    problems: [
      {
        record: ours,
        field: 'translator.kind',
        message:
          'expected one of "official", "interpreter", "agency", "outlet", "dossier", "machine"; found "friend"',
      },
    ],
  },
];

test.each(cases)('$name is refused, with the exact problem', ({ translations, problems }) => {
  const result = verifyCorpus(corpusWith(translations));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.map(({ record, field, message }) => ({ record, field, message }))).toEqual(
    problems,
  );
  for (const problem of result.problems) {
    expect(problem.file).toBe('translations.yaml');
    expect(problem.line, problem.message).toBeGreaterThan(0);
  }
});

test('a source in a right-to-left script must say its direction', () => {
  const rtl = (direction?: 'rtl') => (sources: Source[]) =>
    sources.map((source) =>
      source.id === 'agency-report'
        ? { ...source, language: 'ar', ...(direction ? { direction } : {}) }
        : source,
    );
  const refused = verifyCorpus(corpusWith([], { sources: rtl() }));
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(
    refused.problems.map(({ record, field, message }) => ({ record, field, message })),
  ).toEqual([
    {
      record: 'source "agency-report" (#3)',
      field: 'direction',
      message: 'the text is in "ar", whose script runs right to left: add direction: rtl',
    },
  ]);
  const accepted = verifyCorpus(corpusWith([], { sources: rtl('rtl') }));
  expect(accepted.ok).toBe(true);
  if (!accepted.ok) return;
  const source = accepted.verified.corpus.sources.find((one) => one.id === 'agency-report');
  expect(source?.direction).toBe('rtl');
});

test.each([
  ['an archive in NFD, a quote typed in NFC', 'NFD', 'NFC'],
  ['an archive in NFC, a quote in NFD', 'NFC', 'NFD'],
] as const)(
  'a quote is found by its NFC form: %s, and compiles to the archive’s own words',
  (_, archived, typed) => {
    const text = koreanText.normalize(archived);
    expect(text === koreanText.normalize(typed)).toBe(false);
    const files = corpusWith([ourTranslation], {
      sources: (sources) =>
        sources.map((source) =>
          source.id === 'ko-report' ? { ...source, sha256: sha256(text) } : source,
        ),
      texts: { 'sources/ko-report.txt': text },
    });
    const quote = claim.quote.normalize(typed);
    // The claim's quote as typed, in the other form from the archive.
    const claimsYaml = new TextDecoder()
      .decode(files.get('claims.yaml'))
      .replace(claim.quote, quote);
    files.set('claims.yaml', new TextEncoder().encode(claimsYaml));
    expect(claimsYaml).toContain(quote);
    const result = verifyCorpus(files);
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
    const compiled = result.verified.corpus.claims.find((one) => one.id === claim.id);
    const exact = compiled?.quote.textQuoteSelector.exact ?? '';
    expect(exact).toBe(claim.quote.normalize(archived));
    const start = compiled?.quote.textPositionSelector.start ?? -1;
    expect(
      Array.from(text)
        .slice(start, start + Array.from(exact).length)
        .join(''),
    ).toBe(exact);
  },
);
