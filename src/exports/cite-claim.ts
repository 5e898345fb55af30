/**
 * "Cite this claim": a reference to a claim's permalink, as plain text or as a BibTeX entry.
 * The quote with its own citation is `quoteWithCitation` in `src/claims/citation.ts`; this
 * cites the claim itself: who said it, our summary of it, the source it is quoted from.
 */
import type { ClaimView } from '../corpus/corpus-index.ts';
import { formatStatedAt, parsePartialDate } from '../corpus/stated-at.ts';

const bibtexMonths = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** The speaker with the role, or failing that the affiliation, that the source gives. */
function speakerWithRole({ speaker }: ClaimView): string {
  const role = speaker.role ?? speaker.affiliation;
  return role ? `${speaker.name} (${role})` : speaker.name;
}

/** The summary as a title: it ends with a full stop unless it already ends a sentence. */
function title({ claim }: ClaimView): string {
  return /[.!?…]$/.test(claim.summary) ? claim.summary : `${claim.summary}.`;
}

/** "Headline, Publisher, 2 March 2019" */
function sourceLine({ source }: ClaimView): string {
  return `${source.headline}, ${source.publisher}, ${formatStatedAt(source.published)}`;
}

/**
 * The claim cited as one line of plain text:
 *
 *   Ri Yong Ho (Foreign Minister), “Ri Yong Ho says ….” Quoted from: Headline, Publisher,
 *   2 March 2019. https://…/claims/<id> (accessed 5 May 2026)
 *
 * `accessed` is a date as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); other text is used as given.
 */
export function citePlainText(view: ClaimView, permalink: string, accessed?: string): string {
  const visit = accessed ? ` (accessed ${formatStatedAt(accessed)})` : '';
  return `${speakerWithRole(view)}, “${title(view)}” Quoted from: ${sourceLine(view)}. ${permalink}${visit}`;
}

/** Escapes the characters TeX treats specially (`& % $ # _ { } ~ ^ \`) in a BibTeX field. */
export function escapeBibtex(text: string): string {
  const escapes: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return text.replace(/[&%$#_{}~^\\]/g, (char) => escapes[char] ?? `\\${char}`);
}

/** A URL for `\url{…}`: the url package takes it verbatim apart from `%`, `#` and braces. */
function escapeUrl(url: string): string {
  return url.replace(/[%#{}\\]/g, (char) => `\\${char}`);
}

/** The BibTeX key of a claim: stable, because claim ids never change once published. */
export function bibtexKey(view: ClaimView): string {
  return `claim-${view.claim.id}`;
}

/**
 * The claim cited as a BibTeX `@misc` entry keyed by its id. The speaker is the author, braced
 * whole so BibTeX does not reorder a name such as "Ri Yong Ho" or split "Several analysts";
 * the summary is the title, braced to keep its capitals; `year` and `month` are the source's.
 */
export function citeBibtex(view: ClaimView, permalink: string, accessed?: string): string {
  const { speaker, source } = view;
  const published = parsePartialDate(source.published);
  const month = published?.month === undefined ? undefined : bibtexMonths[published.month - 1];
  const role = speaker.role ?? speaker.affiliation;
  const note = [
    role && `${role}.`,
    `Quoted from: ${sourceLine(view)}.`,
    accessed && `Accessed ${formatStatedAt(accessed)}.`,
  ]
    .filter(Boolean)
    .join(' ');
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(speaker.name)}}}`],
    ['title', `{{${escapeBibtex(title(view))}}}`],
    ['howpublished', `{\\url{${escapeUrl(permalink)}}}`],
    ['note', `{${escapeBibtex(note)}}`],
  ];
  if (published) fields.push(['year', `{${published.year}}`]);
  if (month) fields.push(['month', month]);
  // biblatex reads the visit date from `urldate`, which must be an ISO date.
  if (accessed && parsePartialDate(accessed)) fields.push(['urldate', `{${accessed}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${bibtexKey(view)},\n${body}\n}\n`;
}
