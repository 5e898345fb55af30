import { expect, test } from 'vitest';
import { whenWhereFrom } from '../../src/claims/when-where-from.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import { makeClaim, makeSource, sampleText, sha256 } from '../support/corpus-factory.ts';

const note = { id: 'ri-news-conference', text: 'Ri spoke in Hanoi around midnight.' };

/** The sample Trump claim with `fields`, its source holding {@link note}. */
function sentence(fields: Parameters<typeof makeClaim>[0]) {
  const corpus = makeCompiledCorpus((records) => {
    records.sources[0] = makeSource({ notes: [note], sha256: sha256(sampleText) });
    records.claims[0] = makeClaim(fields);
  });
  const view = indexCorpus(corpus).claimById.get('trump-all-sanctions');
  if (!view) throw new Error('no claim');
  return whenWhereFrom(view);
}

test.each([
  { name: 'neither date nor venue', fields: { statedAt: undefined }, says: undefined },
  {
    name: 'a date from the text',
    fields: { statedAt: '2019-02-28' },
    says: 'Date: as the text gives it.',
  },
  {
    name: 'a date and a venue from the text',
    fields: { statedAt: '2019-02-28', venue: 'Tweet' },
    says: 'Date and venue: as the text gives them.',
  },
  {
    name: 'both from one note',
    fields: {
      statedAt: '2019-02-28/2019-03-01',
      statedAtFrom: note.id,
      venue: 'News conference in Hanoi',
      venueFrom: note.id,
    },
    says: `Date and venue: from the source record's notes, not its text: ${note.text}`,
  },
  {
    name: 'a date from the text and a venue from a note',
    fields: { statedAt: '2019-03-01', venue: 'Press briefing in Hanoi', venueFrom: note.id },
    says: `Date: as the text gives it. Venue: from the source record's notes, not its text: ${note.text}`,
  },
])('$name: $says', ({ fields, says }) => {
  expect(sentence(fields)).toBe(says);
});
