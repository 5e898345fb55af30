import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';
import { claimsToCsv, csvField } from '../../src/exports/export-csv.ts';
import {
  makeClaim,
  makeCorpusFiles,
  makeParty,
  makeRecords,
  makeSource,
  makeSpeaker,
  makeTopic,
  sha256,
} from '../support/corpus-factory.ts';
import { textFragmentUrl } from '../../src/exports/text-fragment.ts';

/** An archived text with everything CSV must carry intact: `"`, commas, CRLF, non-Latin, emoji. */
const trickyText = [
  'Talks end 🤝 without a deal',
  '',
  'Mr Trump said: "Sometimes you have to walk, and this was one of those times."',
  '',
  'Mr Ri said the offer was "partial, not full" 🤝 and added:\r\nno more talks.',
  '',
  '김정은 위원장은 "다시 만나자"고 말했다.',
  '',
  '中方希望双方继续对话。',
].join('\n');

/** The sample corpus with its claims replaced by ones quoting {@link trickyText}. */
function compileTrickyCorpus(): CompiledCorpus {
  const records = makeRecords();
  records.parties = [
    makeParty(),
    makeParty({ id: 'dprk', name: 'North Korea', label: 'DPRK' }),
    makeParty({ id: 'china', name: '中国', label: '中国' }),
  ];
  records.speakers = [
    makeSpeaker(),
    makeSpeaker({ id: 'ri-yong-ho', name: 'Ri Yong Ho', role: 'Foreign Minister', party: 'dprk' }),
    makeSpeaker({ id: 'kim-jong-un', name: '김정은', role: '국무위원장, "leader"', party: 'dprk' }),
    makeSpeaker({
      id: 'beijing',
      name: 'Beijing',
      kind: 'institution',
      role: undefined,
      party: 'china',
    }),
  ];
  records.topics = [makeTopic({ question: 'What, exactly, did each side say?' })];
  records.sources = [
    makeSource({
      id: 'tricky',
      headline: 'Talks end, "no deal"',
      file: 'sources/tricky.txt',
      sha256: sha256(trickyText),
      url: 'https://news.example/a?b=1,2',
      notes: [
        { id: 'hanoi-conference', text: 'Ri spoke at a news conference in Hanoi, "at night".' },
      ],
    }),
  ];
  records.claims = [
    makeClaim({
      id: 'trump-walk',
      summary: 'Donald Trump says he had to walk away, "this time".',
      quote: 'Sometimes you have to walk, and this was one of those times.',
      source: 'tricky',
      speech: 'direct',
    }),
    makeClaim({
      id: 'ri-partial',
      speaker: 'ri-yong-ho',
      summary: 'Ri Yong Ho says the offer was partial.',
      quote: 'Mr Ri said the offer was "partial, not full" 🤝 and added:\r\nno more talks.',
      source: 'tricky',
      statedAt: '2019-02-28/2019-03-01',
      venue: 'Press conference, Hanoi',
      venueFrom: 'hanoi-conference',
    }),
    makeClaim({
      id: 'kim-meet-again',
      speaker: 'kim-jong-un',
      summary: 'Kim Jong Un says they should meet again.',
      quote: '김정은 위원장은 "다시 만나자"고 말했다.',
      source: 'tricky',
      statedAt: '2019-03',
    }),
    makeClaim({
      id: 'china-dialogue',
      speaker: 'beijing',
      summary: 'Beijing hopes both sides keep talking.',
      quote: '中方希望双方继续对话。',
      source: 'tricky',
      statedAt: undefined,
    }),
  ];
  records.relations = [
    { from: 'ri-partial', to: 'trump-walk', type: 'disputes', note: 'Ri and Trump disagree.' },
  ];
  const result = verifyCorpus(
    makeCorpusFiles(records, { texts: { 'sources/tricky.txt': trickyText } }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified.corpus;
}

const header = [
  'id',
  'permalink',
  'party',
  'party_name',
  'speaker',
  'speaker_name',
  'speaker_role',
  'speaker_affiliation',
  'topic',
  'topic_question',
  'summary',
  'quote',
  'speech',
  'words_of',
  'attributed_quote',
  'stated_at',
  'stated_at_from',
  'venue',
  'venue_from',
  'source',
  'source_headline',
  'source_publisher',
  'source_published',
  'source_url',
  'quote_link',
  'quote_start',
  'quote_end',
  'relations',
  'relations_outside',
  'also_in',
  'quote_language',
  'translation',
  'translation_language',
  'translated_by',
  'translation_source',
];

const corpus = compileTrickyCorpus();
const index = indexCorpus(corpus);
const permalinkOf = (id: string) => `https://dossier.example/claims/${id}`;
const links = { permalinkOf, relationsByClaim: index.relationsByClaim };
const csv = claimsToCsv(index.claims, links);

/** Parses with a strict RFC 4180 reader: CRLF is the only record separator it accepts. */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false });
}

/** What each row must say, worked out from the corpus records directly. */
function expectedRow(claim: CompiledCorpus['claims'][number]): Record<string, string> {
  const speaker = corpus.speakers.find((s) => s.id === claim.speaker);
  const party = corpus.parties.find((p) => p.id === speaker?.party);
  const topic = corpus.topics.find((t) => t.id === claim.topic);
  const source = corpus.sources.find((s) => s.id === claim.source);
  const restsOn = (id: string | undefined) =>
    id === undefined ? 'text' : `note: ${source?.notes?.find((note) => note.id === id)?.text}`;
  return {
    id: claim.id,
    permalink: `https://dossier.example/claims/${claim.id}`,
    party: party?.id ?? '',
    party_name: party?.name ?? '',
    speaker: claim.speaker,
    speaker_name: speaker?.name ?? '',
    speaker_role: speaker?.role ?? '',
    speaker_affiliation: speaker?.affiliation ?? '',
    topic: claim.topic,
    topic_question: topic?.question ?? '',
    summary: claim.summary,
    quote: claim.quote.textQuoteSelector.exact,
    speech: claim.speech,
    words_of: claim.speech === 'direct' ? (speaker?.name ?? '') : (source?.publisher ?? ''),
    attributed_quote:
      claim.speech === 'direct'
        ? `${speaker?.name}${speaker?.role ? ` (${speaker.role})` : ''}: “${claim.quote.textQuoteSelector.exact}”`
        : `${source?.publisher} reports: ${claim.quote.textQuoteSelector.exact}`,
    stated_at: claim.statedAt ?? '',
    stated_at_from: claim.statedAt ? restsOn(claim.statedAtFrom) : '',
    venue: claim.venue ?? '',
    venue_from: claim.venue ? restsOn(claim.venueFrom) : '',
    source: claim.source,
    source_headline: source?.headline ?? '',
    source_publisher: source?.publisher ?? '',
    source_published: source?.published ?? '',
    source_url: source?.url ?? '',
    quote_link: textFragmentUrl(source?.url, claim.quote.textQuoteSelector) ?? '',
    quote_start: String(claim.quote.textPositionSelector.start),
    quote_end: String(claim.quote.textPositionSelector.end),
    relations: corpus.relations
      .flatMap((relation) =>
        relation.from === claim.id
          ? [`${relation.type} ${relation.to}`]
          : relation.to === claim.id
            ? [`${relation.type.replace(/s$/, 'd')} by ${relation.from}`]
            : [],
      )
      .join('; '),
    relations_outside: '',
    also_in: (claim.alsoIn ?? [])
      .map((one) => `${one.source} (${one.speech}): ${one.quote.textQuoteSelector.exact}`)
      .join('; '),
    // The tricky corpus's sources are in the dossier's language: nothing is translated.
    quote_language: source?.language ?? '',
    translation: '',
    translation_language: '',
    translated_by: '',
    translation_source: '',
  };
}

test('the CSV parses back to the same claims, field for field', () => {
  const [head, ...rows] = parseCsv(csv);
  expect(head).toEqual(header);
  expect(rows).toHaveLength(corpus.claims.length);
  const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  expect(records).toEqual(corpus.claims.map(expectedRow));
});

test.each([
  {
    id: 'trump-walk',
    column: 'summary',
    value: 'Donald Trump says he had to walk away, "this time".',
  },
  {
    id: 'ri-partial',
    column: 'quote',
    value: 'Mr Ri said the offer was "partial, not full" 🤝 and added:\r\nno more talks.',
  },
  { id: 'ri-partial', column: 'venue', value: 'Press conference, Hanoi' },
  {
    id: 'china-dialogue',
    column: 'quote_link',
    // The quote, percent-encoded, after the words before it (the text fragment's prefix).
    value:
      'https://news.example/a?b=1,2#:~:text=%22%EB%8B%A4%EC%8B%9C%20%EB%A7%8C%EB%82%98%EC%9E%90%22%EA%B3%A0%20%EB%A7%90%ED%96%88%EB%8B%A4.-,%E4%B8%AD%E6%96%B9%E5%B8%8C%E6%9C%9B%E5%8F%8C%E6%96%B9%E7%BB%A7%E7%BB%AD%E5%AF%B9%E8%AF%9D%E3%80%82',
  },
  {
    id: 'ri-partial',
    column: 'venue_from',
    value: 'note: Ri spoke at a news conference in Hanoi, "at night".',
  },
  { id: 'ri-partial', column: 'stated_at_from', value: 'text' },
  { id: 'ri-partial', column: 'stated_at', value: '2019-02-28/2019-03-01' },
  { id: 'kim-meet-again', column: 'speaker_name', value: '김정은' },
  { id: 'kim-meet-again', column: 'speaker_role', value: '국무위원장, "leader"' },
  { id: 'kim-meet-again', column: 'quote', value: '김정은 위원장은 "다시 만나자"고 말했다.' },
  { id: 'china-dialogue', column: 'party_name', value: '中国' },
  { id: 'china-dialogue', column: 'quote', value: '中方希望双方继续对话。' },
  { id: 'china-dialogue', column: 'speaker_role', value: '' },
  { id: 'china-dialogue', column: 'stated_at', value: '' },
  { id: 'trump-walk', column: 'source_url', value: 'https://news.example/a?b=1,2' },
  { id: 'trump-walk', column: 'source_headline', value: 'Talks end, "no deal"' },
  { id: 'trump-walk', column: 'topic_question', value: 'What, exactly, did each side say?' },
])('the $column of $id comes back as written', ({ id, column, value }) => {
  const [head = [], ...rows] = parseCsv(csv);
  const row = rows.find((r) => r[0] === id);
  expect(row?.[head.indexOf(column)]).toBe(value);
});

test('quote offsets count code points, so the emoji before a quote counts once', () => {
  const [head = [], ...rows] = parseCsv(csv);
  const row = rows.find((r) => r[0] === 'trump-walk') ?? [];
  const start = trickyText.indexOf('Sometimes');
  expect(row[head.indexOf('quote_start')]).toBe(String(start - 1));
});

test('the file starts with a UTF-8 byte order mark, then the exact header row', () => {
  const bytes = new TextEncoder().encode(csv);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(header.join(','));
});

test('records end in CRLF, including the last, and no line feed stands alone outside quotes', () => {
  expect(csv.endsWith('\r\n')).toBe(true);
  const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
  expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  expect(outsideQuotes.split('\r\n')).toHaveLength(corpus.claims.length + 2);
});

test('a corpus with no claims gives the header row alone', () => {
  expect(claimsToCsv([], links)).toBe(`\uFEFF${header.join(',')}\r\n`);
});

test('a claim exported without the claim it relates to names it by permalink, apart', () => {
  const alone = index.claims.filter((view) => view.claim.id === 'ri-partial');
  const [head = [], row = []] = parseCsv(claimsToCsv(alone, links));
  expect(row[head.indexOf('relations')]).toBe('');
  expect(row[head.indexOf('relations_outside')]).toBe(
    'disputes https://dossier.example/claims/trump-walk',
  );
});

test.each([
  { value: 'plain text', field: 'plain text' },
  { value: '', field: '' },
  { value: 'a,b', field: '"a,b"' },
  { value: 'say "hi"', field: '"say ""hi"""' },
  { value: '"', field: '""""' },
  { value: 'line\nbreak', field: '"line\nbreak"' },
  { value: 'carriage\rreturn', field: '"carriage\rreturn"' },
  { value: 'it’s “curly”; 100%', field: 'it’s “curly”; 100%' },
  { value: ' padded ', field: ' padded ' },
])('the field $value is written as $field', ({ value, field }) => {
  expect(csvField(value)).toBe(field);
});
