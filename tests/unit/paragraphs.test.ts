/**
 * The one notion of a paragraph (src/corpus/paragraphs.ts): blocks of lines between blank
 * lines, whatever the line endings, that together with the blank lines cover the whole text.
 */
import { expect, test } from 'vitest';
import { utf16Index } from '../../src/corpus/anchoring.ts';
import { paragraphAt, paragraphRanges, paragraphSpans } from '../../src/corpus/paragraphs.ts';
import { dossier, dossierSourceText } from '../support/dossier.ts';

const texts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map(({ start, end }) => text.slice(start, end));

test.each([
  { name: 'lines of one block are one paragraph', text: 'a b\nc d\ne', words: ['a b\nc d\ne'] },
  { name: 'a blank line parts two', text: 'one\n\ntwo', words: ['one', 'two'] },
  { name: 'a line of only spaces is blank', text: 'one\n  \t\ntwo', words: ['one', 'two'] },
  {
    name: 'Windows line endings',
    text: 'one\r\nline\r\n\r\ntwo\r\n',
    words: ['one\r\nline', 'two'],
  },
  { name: 'blank lines at the ends', text: '\n\n  one  \n\n\n', words: ['one'] },
  { name: 'an indented first line keeps its place', text: 'one\n\n   two', words: ['one', 'two'] },
  { name: 'no text', text: '', words: [] },
])('$name', ({ text, words }) => {
  expect(texts(text, paragraphSpans(text))).toEqual(words);
});

test("the paragraphs and the blank lines between them are the whole text, for each of the dossier's sources", () => {
  for (const source of dossier.corpus.sources) {
    const text = dossierSourceText(source.id);
    expect(text.length, source.id).toBeGreaterThan(0);
    const ranges = paragraphRanges(text);
    let at = 0;
    for (const { start, end } of ranges) {
      // What lies between two paragraphs is only white space holding a blank line.
      expect(text.slice(at, start), source.id).toMatch(at === 0 ? /^$/ : /^\n\s*\n$/);
      at = end;
    }
    expect(at).toBe(text.length);
    // Each quote lies in the paragraph that holds its start.
    for (const claim of dossier.corpus.claims.filter((one) => one.source === source.id)) {
      const quote = claim.quote.textQuoteSelector.exact;
      const start = utf16Index(text, claim.quote.textPositionSelector.start);
      expect(text.slice(start, start + quote.length)).toBe(quote);
      const paragraph = paragraphAt(text, start);
      expect(paragraph.end, claim.id).toBeGreaterThanOrEqual(start + quote.length);
    }
  }
});
