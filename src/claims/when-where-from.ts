import type { ClaimView } from '../corpus/corpus-index.ts';
import * as words from './when-where-from.words.ts';

/**
 * Where a claim's date and venue come from, in one sentence for its page: the source's text,
 * or a note kept with the source record (a fact the text assumes without stating it):
 *
 *   Date and venue: from the source record's notes, not the article's text: the mayor gave
 *   her news conference at the town hall around midnight …
 *
 * Undefined when the claim has neither a date nor a venue.
 */
export function whenWhereFrom({ claim, source }: ClaimView): string | undefined {
  const notes = new Map((source.notes ?? []).map((note) => [note.id, note.text]));
  const parts: { noun: Noun; note?: string }[] = [];
  if (claim.statedAt) parts.push({ noun: 'date', note: claim.statedAtFrom });
  if (claim.venue) parts.push({ noun: 'venue', note: claim.venueFrom });
  if (parts.length === 0) return undefined;
  const fromText = parts.filter((part) => part.note === undefined).map((part) => part.noun);
  const byNote = new Map<string, Noun[]>();
  for (const { noun, note } of parts) {
    if (note !== undefined) byNote.set(note, [...(byNote.get(note) ?? []), noun]);
  }
  const sentences = [
    ...(fromText.length > 0 ? [sentence(fromText).text] : []),
    ...[...byNote].map(([id, nouns]) => sentence(nouns).note(notes.get(id) ?? id)),
  ];
  return sentences.join(' ');
}

type Noun = 'date' | 'venue';

/** The sentences about the date, the venue, or both: from the text, or from a note. */
function sentence(nouns: readonly Noun[]) {
  if (nouns.length > 1)
    return { text: words.dateAndVenueFromText, note: words.dateAndVenueFromNote };
  return nouns[0] === 'venue'
    ? { text: words.venueFromText, note: words.venueFromNote }
    : { text: words.dateFromText, note: words.dateFromNote };
}
