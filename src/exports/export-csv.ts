import { attributedQuote, wordsOf } from '../corpus/attribution.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { claimTranslation, translationWords, translatorPhrase } from '../corpus/translation.ts';
import { relationWords, type RelationsByClaim } from './export-relations.ts';
import { textFragmentUrl } from './text-fragment.ts';

/**
 * The columns of the claims CSV, in order. One row per claim:
 *
 * - `id`: the claim's slug; `permalink`: its absolute address in the app
 * - `party`, `party_name`: the party's slug and display name
 * - `speaker`, `speaker_name`, `speaker_role`, `speaker_affiliation`: the speaker's slug, name,
 *   role and affiliation (each empty if none)
 * - `topic`, `topic_question`: the topic's slug and the neutral question it answers
 * - `summary`: our one-line neutral summary; `quote`: the source's exact words
 * - `speech`: `direct` (the speaker's words, quoted) or `reported` (the source's words)
 * - `words_of`: whose words `quote` is: the speaker's name, or the source's publisher
 * - `attributed_quote`: the quote as a reader should see it, in quotation marks after the
 *   speaker's name when direct, after "<publisher> reports:" and in no marks when reported
 * - `stated_at`: when it was said, as authored (`2019`, `2019-03`, `2019-03-01` or
 *   `2019-02-28/2019-03-01`); `venue`: where or through what (both may be empty)
 * - `stated_at_from`, `venue_from`: where the date and the venue come from: `text` (the
 *   source's text), or `note: ` and the source record's note they rest on; empty with no date
 *   or venue
 * - `source`, `source_headline`, `source_publisher`, `source_published`, `source_url`: the
 *   source's slug, headline, publisher, publication date and web address (may be empty)
 * - `quote_link`: where the source has a web address, a link to the quote inside that page (a
 *   text fragment, with prefix and suffix words); else empty
 * - `quote_start`, `quote_end`: the quote's offsets in the archived text, in Unicode code points
 *   (the W3C TextPositionSelector)
 * - `relations`: the claim's relations to other claims of the file, `; `-separated, each as
 *   `<type> <claim id>` or `<type> by <claim id>` (`disputes x`, `disputed by y`)
 * - `relations_outside`: its relations to claims not in the file, the same way but with the
 *   other claim's permalink
 * - `also_in`: the further sources that carry the same statement, `; `-separated, each as
 *   `<source id> (<speech>): <their exact words>`; empty when only `source` does
 * - `quote_language`: the language of `quote`, its source's (a BCP 47 tag)
 * - `translation`, `translation_language`, `translated_by`, `translation_source`: for a quote
 *   in another language than the dossier's, the translation readers get beside it, its
 *   language, whose it is ("Translation by Ardry Wire (news agency)", "Our translation,
 *   published nowhere else") and the source that publishes it (empty for ours or a
 *   machine's); all empty when there is none
 */
export const claimCsvColumns = [
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
] as const;

/** The name of one column of the claims CSV. */
export type ClaimCsvColumn = (typeof claimCsvColumns)[number];

/** What a CSV needs beyond the claims: permalinks, and the relations touching each claim. */
export type CsvLinks = {
  permalinkOf: (claimId: string) => string;
  relationsByClaim: RelationsByClaim;
  /** The ids of the claims in the file, to tell its relations from those pointing outside. */
  inFile: ReadonlySet<string>;
};

/** The values of one claim's row, keyed by column. */
export function claimCsvRow(view: ClaimView, links: CsvLinks): Record<ClaimCsvColumn, string> {
  const { claim, party, speaker, topic, source } = view;
  const { permalinkOf } = links;
  const { textQuoteSelector, textPositionSelector } = claim.quote;
  const relations = links.relationsByClaim.get(claim.id) ?? [];
  const translation = claimTranslation(view);
  const restsOn = (noteId: string | undefined) => {
    if (noteId === undefined) return 'text';
    const note = source.notes?.find((each) => each.id === noteId);
    return `note: ${note?.text ?? noteId}`;
  };
  const listed = (inside: boolean) =>
    relations
      .filter((each) => links.inFile.has(each.other.claim.id) === inside)
      .map(
        (each) =>
          `${relationWords(each)} ${inside ? each.other.claim.id : permalinkOf(each.other.claim.id)}`,
      )
      .join('; ');
  return {
    id: claim.id,
    permalink: permalinkOf(claim.id),
    party: party.id,
    party_name: party.name,
    speaker: speaker.id,
    speaker_name: speaker.name,
    speaker_role: speaker.role ?? '',
    speaker_affiliation: speaker.affiliation ?? '',
    topic: topic.id,
    topic_question: topic.question,
    summary: claim.summary,
    quote: textQuoteSelector.exact,
    speech: claim.speech,
    words_of: wordsOf(view),
    attributed_quote: attributedQuote(view),
    stated_at: claim.statedAt ?? '',
    stated_at_from: claim.statedAt ? restsOn(claim.statedAtFrom) : '',
    venue: claim.venue ?? '',
    venue_from: claim.venue ? restsOn(claim.venueFrom) : '',
    source: source.id,
    source_headline: source.headline,
    source_publisher: source.publisher,
    source_published: source.published,
    source_url: source.url ?? '',
    quote_link: textFragmentUrl(source.url, textQuoteSelector) ?? '',
    quote_start: String(textPositionSelector.start),
    quote_end: String(textPositionSelector.end),
    relations: listed(true),
    relations_outside: listed(false),
    also_in: view.alsoIn
      .map(
        ({ source: other, appearance }) =>
          `${other.id} (${appearance.speech}): ${appearance.quote.textQuoteSelector.exact}`,
      )
      .join('; '),
    quote_language: source.language,
    translation: translation ? translationWords(translation.translation) : '',
    translation_language: translation?.translation.language ?? '',
    translated_by: translation ? translatorPhrase(translation) : '',
    translation_source: translation?.source?.id ?? '',
  };
}

/** One RFC 4180 field: quoted, with quotes doubled, when it holds `"`, `,`, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The claims as an RFC 4180 CSV file: a header row of {@link claimCsvColumns}, one row per claim,
 * CRLF after every record, and a leading byte order mark so spreadsheets read it as UTF-8.
 * Text is written exactly as in the corpus: a quote starting with `=` or `-` is not altered
 * against formula injection, because the corpus is curated and quotes must stay verbatim.
 */
export function claimsToCsv(views: readonly ClaimView[], links: Omit<CsvLinks, 'inFile'>): string {
  const inFile = new Set(views.map((view) => view.claim.id));
  const record = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;
  const rows = views.map((view) => {
    const row = claimCsvRow(view, { ...links, inFile });
    return record(claimCsvColumns.map((column) => row[column]));
  });
  return `\uFEFF${record(claimCsvColumns)}${rows.join('')}`;
}
