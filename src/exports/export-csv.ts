import type { ClaimView } from '../corpus/corpus-index.ts';
import { textFragmentUrl } from './text-fragment.ts';

/**
 * The columns of the claims CSV, in order. One row per claim:
 *
 * - `id`: the claim's slug; `permalink`: its absolute address in the app
 * - `party`, `party_name`: the party's slug and display name
 * - `speaker`, `speaker_name`, `speaker_role`: the speaker's slug, name and role (empty if none)
 * - `topic`, `topic_question`: the topic's slug and the neutral question it answers
 * - `summary`: our one-line neutral summary; `quote`: the source's exact words
 * - `speech`: `direct` or `reported`
 * - `stated_at`: when it was said, as authored (`2019`, `2019-03`, `2019-03-01` or
 *   `2019-02-28/2019-03-01`); `venue`: where or through what (both may be empty)
 * - `source`, `source_headline`, `source_publisher`, `source_published`, `source_url`: the
 *   source's slug, headline, publisher, publication date and web address (may be empty)
 * - `quote_link`: where the source has a web address, a link to the quote inside that page (a
 *   text fragment, with prefix and suffix words); else empty
 * - `quote_start`, `quote_end`: the quote's offsets in the archived text, in Unicode code points
 *   (the W3C TextPositionSelector)
 */
export const claimCsvColumns = [
  'id',
  'permalink',
  'party',
  'party_name',
  'speaker',
  'speaker_name',
  'speaker_role',
  'topic',
  'topic_question',
  'summary',
  'quote',
  'speech',
  'stated_at',
  'venue',
  'source',
  'source_headline',
  'source_publisher',
  'source_published',
  'source_url',
  'quote_link',
  'quote_start',
  'quote_end',
] as const;

/** The name of one column of the claims CSV. */
export type ClaimCsvColumn = (typeof claimCsvColumns)[number];

/** The values of one claim's row, keyed by column. */
export function claimCsvRow(
  view: ClaimView,
  permalinkOf: (claimId: string) => string,
): Record<ClaimCsvColumn, string> {
  const { claim, party, speaker, topic, source } = view;
  const { textQuoteSelector, textPositionSelector } = claim.quote;
  return {
    id: claim.id,
    permalink: permalinkOf(claim.id),
    party: party.id,
    party_name: party.name,
    speaker: speaker.id,
    speaker_name: speaker.name,
    speaker_role: speaker.role ?? '',
    topic: topic.id,
    topic_question: topic.question,
    summary: claim.summary,
    quote: textQuoteSelector.exact,
    speech: claim.speech,
    stated_at: claim.statedAt ?? '',
    venue: claim.venue ?? '',
    source: source.id,
    source_headline: source.headline,
    source_publisher: source.publisher,
    source_published: source.published,
    source_url: source.url ?? '',
    quote_link: textFragmentUrl(source.url, textQuoteSelector) ?? '',
    quote_start: String(textPositionSelector.start),
    quote_end: String(textPositionSelector.end),
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
export function claimsToCsv(views: ClaimView[], permalinkOf: (claimId: string) => string): string {
  const record = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;
  const rows = views.map((view) => {
    const row = claimCsvRow(view, permalinkOf);
    return record(claimCsvColumns.map((column) => row[column]));
  });
  return `\uFEFF${record(claimCsvColumns)}${rows.join('')}`;
}
