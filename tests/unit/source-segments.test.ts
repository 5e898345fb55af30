import { expect, test } from 'vitest';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { indexCorpus, type ClaimView, type CorpusIndex } from '../../src/corpus/corpus-index.ts';
import {
  quoteInParagraph,
  segmentSource,
  type Paragraph,
} from '../../src/sources/source-segments.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import {
  makeClaim,
  makeCorpusFiles,
  makeRecords,
  makeSource,
  sampleText,
  sha256,
} from '../support/corpus-factory.ts';

/**
 * The sample corpus plus claims in the first and last paragraphs, one nested inside the Trump
 * claim, and two overlapping each other in the Ri paragraph.
 */
function makeSampleIndex(): CorpusIndex {
  return indexCorpus(
    makeCompiledCorpus((records) => {
      records.claims.push(
        makeClaim({
          id: 'trump-wanted-lifted',
          summary: 'Donald Trump says Kim wanted the sanctions lifted.',
          quote: 'wanted the sanctions lifted',
          speech: 'direct',
        }),
        makeClaim({
          id: 'headline-no-deal',
          summary: 'The summit ended without a deal.',
          quote: 'without a deal',
        }),
        makeClaim({
          id: 'ri-asked',
          speaker: 'ri-yong-ho',
          summary: 'Ri Yong Ho says what North Korea asked for.',
          quote: 'Mr Ri said North Korea had only asked',
        }),
        makeClaim({
          id: 'ri-partial-stance',
          speaker: 'ri-yong-ho',
          summary: 'Ri Yong Ho says the request was partial.',
          quote: 'only asked for partial relief.',
        }),
        makeClaim({
          id: 'choe-plutonium',
          speaker: 'ri-yong-ho',
          summary: 'The offer included plutonium facilities.',
          quote: 'plu-tonium facilities.',
        }),
      );
    }),
  );
}

const index = makeSampleIndex();
const paragraphs = segmentSource(sampleText, index.claims, 'sample');

/**
 * An archived text with claims quoting it, compiled through the real verifier. Each quote is
 * the words inside quotation marks, so each claim is direct speech.
 */
function indexWithText(text: string, quotes: Record<string, string>): CorpusIndex {
  const records = makeRecords();
  records.sources = [makeSource({ sha256: sha256(text) })];
  records.claims = Object.entries(quotes).map(([id, quote]) =>
    makeClaim({ id, quote, speech: 'direct', summary: `Someone says ${id}.` }),
  );
  records.relations = [];
  const result = verifyCorpus(makeCorpusFiles(records, { texts: { 'sources/sample.txt': text } }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return indexCorpus(result.verified.corpus);
}

function view(from: CorpusIndex, id: string): ClaimView {
  const found = from.claimById.get(id);
  if (!found) throw new Error(`no claim ${id} in the fixture`);
  return found;
}

const ids = (views: ClaimView[]) => views.map((each) => each.claim.id);

/** Each segment as text, the claims covering it, and the claims starting there. */
function describe(paragraph: Paragraph | undefined) {
  return (paragraph?.segments ?? []).map((segment) => ({
    text: segment.text,
    claims: ids(segment.claims),
    starts: ids(segment.starts),
  }));
}

test('the text is cut into its blank-line separated paragraphs', () => {
  expect(paragraphs).toHaveLength(4);
});

test('the segments of each paragraph join back into the paragraph text', () => {
  expect(
    paragraphs.map((paragraph) => paragraph.segments.map((segment) => segment.text).join('')),
  ).toEqual(sampleText.split('\n\n'));
});

test('a quote after an emoji starts right where its words start', () => {
  expect(describe(paragraphs[0])).toEqual([
    { text: 'Summit ends 🤝 ', claims: [], starts: [] },
    { text: 'without a deal', claims: ['headline-no-deal'], starts: ['headline-no-deal'] },
  ]);
});

test('a nested quote is covered by both claims, the outer one first', () => {
  expect(describe(paragraphs[1])).toEqual([
    {
      text: 'Mr Trump said Mr Kim "',
      claims: ['trump-all-sanctions'],
      starts: ['trump-all-sanctions'],
    },
    {
      text: 'wanted the sanctions lifted',
      claims: ['trump-all-sanctions', 'trump-wanted-lifted'],
      starts: ['trump-wanted-lifted'],
    },
    { text: ' in their entirety".', claims: ['trump-all-sanctions'], starts: [] },
  ]);
});

test('overlapping quotes split into runs covered by one, both, then the other', () => {
  expect(describe(paragraphs[2])).toEqual([
    { text: 'Mr Ri said North Korea had ', claims: ['ri-asked'], starts: ['ri-asked'] },
    {
      text: 'only asked',
      claims: ['ri-asked', 'ri-partial-stance'],
      starts: ['ri-partial-stance'],
    },
    { text: ' for partial relief.', claims: ['ri-partial-stance'], starts: [] },
    { text: ' "', claims: [], starts: [] },
    {
      text: 'Our stance will never be changed,',
      claims: ['ri-partial-relief'],
      starts: ['ri-partial-relief'],
    },
    { text: '" he said.', claims: [], starts: [] },
  ]);
});

test('a quote that ends its paragraph leaves no empty run after it', () => {
  expect(describe(paragraphs[3])).toEqual([
    { text: 'Ms Choe said the offer included its ', claims: [], starts: [] },
    { text: 'plu-tonium facilities.', claims: ['choe-plutonium'], starts: ['choe-plutonium'] },
  ]);
});

test('a text without claims is still cut into paragraphs of one run each', () => {
  expect(segmentSource('One.\n\nTwo.\n\n\nThree.', [], 'sample').map(describe)).toEqual([
    [{ text: 'One.', claims: [], starts: [] }],
    [{ text: 'Two.', claims: [], starts: [] }],
    [{ text: 'Three.', claims: [], starts: [] }],
  ]);
});

test('blank lines at either end of the text make no empty paragraphs', () => {
  expect(segmentSource('\n\nOnly paragraph.\n\n', [], 'sample').map(describe)).toEqual([
    [{ text: 'Only paragraph.', claims: [], starts: [] }],
  ]);
});

test('two emoji before a quote still put its run on the quoted words', () => {
  const text = 'Lead 🤝🇻🇳 line.\n\nShe said 🙂 "no deal today" and left.';
  const local = indexWithText(text, { 'no-deal-today': 'no deal today' });
  const [, second] = segmentSource(text, local.claims, local.claims[0]?.source.id ?? '');
  expect(describe(second)).toEqual([
    { text: 'She said 🙂 "', claims: [], starts: [] },
    { text: 'no deal today', claims: ['no-deal-today'], starts: ['no-deal-today'] },
    { text: '" and left.', claims: [], starts: [] },
  ]);
});

test.each([
  {
    name: 'the first paragraph',
    id: 'headline-no-deal',
    parts: { before: 'Summit ends 🤝 ', quote: 'without a deal', after: '' },
  },
  {
    name: 'a middle paragraph',
    id: 'ri-partial-relief',
    parts: {
      before: 'Mr Ri said North Korea had only asked for partial relief. "',
      quote: 'Our stance will never be changed,',
      after: '" he said.',
    },
  },
  {
    name: 'a nested quote',
    id: 'trump-wanted-lifted',
    parts: {
      before: 'Mr Trump said Mr Kim "',
      quote: 'wanted the sanctions lifted',
      after: ' in their entirety".',
    },
  },
  {
    name: 'the last paragraph',
    id: 'choe-plutonium',
    parts: {
      before: 'Ms Choe said the offer included its ',
      quote: 'plu-tonium facilities.',
      after: '',
    },
  },
])('the quote in context of $name shows just its own paragraph', ({ id, parts }) => {
  expect(quoteInParagraph(sampleText, view(index, id).claim.quote.textPositionSelector)).toEqual(
    parts,
  );
});

test('the quote in context of a one-paragraph text runs from its start to its end', () => {
  const text = 'He said 🙂 "no deal today" and left.';
  const local = indexWithText(text, { 'no-deal-today': 'no deal today' });
  expect(
    quoteInParagraph(text, view(local, 'no-deal-today').claim.quote.textPositionSelector),
  ).toEqual({
    before: 'He said 🙂 "',
    quote: 'no deal today',
    after: '" and left.',
  });
});

test('the quote in context ends at a blank line that holds spaces', () => {
  const text = 'First paragraph.\n \nMr Kim said "no deal today" and left.\n \nLast paragraph.';
  const local = indexWithText(text, { 'no-deal-today': 'no deal today' });
  expect(
    quoteInParagraph(text, view(local, 'no-deal-today').claim.quote.textPositionSelector),
  ).toEqual({
    before: 'Mr Kim said "',
    quote: 'no deal today',
    after: '" and left.',
  });
});
