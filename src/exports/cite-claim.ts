/**
 * "Cite this claim": a reference to a claim, as plain text or as a BibTeX entry. The work
 * cited is the source, so its author is the source's publisher; the speaker is the one quoted
 * (direct speech) or reported on (reported speech), and the claim's permalink is where the
 * words were read, with the date they were (`url`, `urldate`). A reported claim's words are
 * the source's, so they are never put in quotation marks under the speaker's name.
 * The quote with its own citation, for pasting, is `quoteWithCitation` in `src/claims/citation.ts`.
 */
import { presentedWords, speakerWithRole, type QuotationMarks } from '../corpus/attribution.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import {
  claimTranslation,
  inQuotationMarks,
  languageName,
  translationWords,
  translatorPhrase,
} from '../corpus/translation.ts';
import { formatStatedAt, parsePartialDate } from '../corpus/stated-at.ts';
import * as words from './cite-claim.words.ts';

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

/** Who is quoted or reported on, and when and where: "Mara Quist (…), News conference at the town hall, 2031". */
function speakerContext(view: ClaimView): string {
  const { claim, speaker } = view;
  return words.speakerWhenWhere(
    speakerWithRole(speaker),
    claim.venue,
    claim.statedAt && formatStatedAt(claim.statedAt),
  );
}

/** How the source presents the speaker: quoting them, or reporting on them in its own words. */
function presentation(view: ClaimView, marks: QuotationMarks): string {
  const quote = presentedWords(view, undefined, marks);
  const said =
    view.claim.speech === 'direct'
      ? words.quoting(speakerContext(view), quote)
      : words.reportingOn(speakerContext(view), quote);
  return withTranslation(view, said, marks);
}

/**
 * `said`, followed by the translation readers get beside a quote in another language than
 * theirs, in brackets, saying whose: `… (translation by Ardry Wire (news agency), from French:
 * “…”)`; in quotation marks only where its publisher sets it so. `said` alone when there is none.
 */
function withTranslation(view: ClaimView, said: string, [open, close]: QuotationMarks): string {
  const translation = claimTranslation(view);
  if (!translation) return said;
  const translated = translationWords(translation.translation);
  const shown = inQuotationMarks(translation) ? `${open}${translated}${close}` : translated;
  const from = languageName(view.source.language, view.language);
  return words.withTranslation(said, translatorPhrase(translation), from, shown);
}

/** `.` after text unless it already ends a sentence. */
function endSentence(text: string): string {
  return /[.!?…]["”’']?$/.test(text) ? text : `${text}.`;
}

/**
 * The claim cited as one line of plain text:
 *
 *   The Averne Courier (print edition), “Headline”, 12 May 2031, quoting Mara Quist (Mayor of
 *   Port Averne), News conference at the town hall, 11–12 May 2031: “the count was
 *   clean”. https://…/claims/<id> (accessed 5 May 2026)
 *
 * For reported speech, "reporting on Tobias Fenn (…), in its own words: Mr Fenn, however, said …".
 * `accessed` is a date as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); other text is used as given.
 */
export function citePlainText(view: ClaimView, permalink: string, accessed?: string): string {
  const { source } = view;
  const citation = endSentence(
    words.cited(
      source.publisher,
      source.headline,
      formatStatedAt(source.published),
      presentation(view, [words.openQuote, words.closeQuote]),
    ),
  );
  return accessed
    ? words.citedAtAccessed(citation, permalink, formatStatedAt(accessed))
    : words.citedAt(citation, permalink);
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

/**
 * Text for a BibTeX field as LaTeX typesets it: the special characters escaped, and every
 * quotation mark, typographic or straight, written as LaTeX expects (``…'' and `…'). TeX sets
 * a straight " as a closing mark wherever it stands, and a curly one may not be in the font;
 * a straight mark opens at the start or after a space or bracket, and closes elsewhere (so an
 * apostrophe stays one).
 */
export function latexText(text: string): string {
  const latex: Record<string, string> = { '“': '``', '”': "''", '‘': '`', '’': "'" };
  return escapeBibtex(text).replace(/["'“”‘’]/g, (mark, offset: number, whole: string) => {
    const opens = offset === 0 || /[\s([{`–—]/.test(whole.charAt(offset - 1));
    if (mark === '"') return opens ? '``' : "''";
    if (mark === "'") return opens ? '`' : "'";
    return latex[mark] ?? mark;
  });
}

/**
 * A URL for biblatex's `url` field, which is verbatim: nothing is escaped there, so the
 * characters that would still break the field (braces, a backslash) are percent-encoded.
 */
function escapeUrl(url: string): string {
  return url.replace(/[{}\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The BibTeX key of a claim: stable, because claim ids never change once published. */
export function bibtexKey(view: ClaimView): string {
  return `claim-${view.claim.id}`;
}

/**
 * The claim cited as a BibTeX `@misc` entry keyed by its id. The author is the source's
 * publisher, braced whole so BibTeX treats it as one name; the title is the source's headline;
 * `year` and `month` are its publication's, `language` its language. The note says who is quoted (in LaTeX's quotation
 * marks, direct speech only) or reported on; quotation marks inside the words are LaTeX's too
 * ({@link latexText}). `url` is the claim's permalink and
 * `urldate` (an ISO date, as biblatex reads it) the day it was read.
 */
export function citeBibtex(view: ClaimView, permalink: string, accessed?: string): string {
  const { source } = view;
  const published = parsePartialDate(source.published);
  const month = published?.month === undefined ? undefined : bibtexMonths[published.month - 1];
  const note = presentation(view, ['``', "''"]);
  const fields: [string, string][] = [
    ['author', `{{${latexText(source.publisher)}}}`],
    ['title', `{{${latexText(source.headline)}}}`],
  ];
  if (published) fields.push(['year', `{${published.year}}`]);
  if (month) fields.push(['month', month]);
  // The language of the source, and so of the words quoted, by its English name.
  fields.push(['language', `{${latexText(languageName(source.language, 'en'))}}`]);
  fields.push(['note', `{${latexText(note.charAt(0).toUpperCase() + note.slice(1))}}`]);
  fields.push(['url', `{${escapeUrl(permalink)}}`]);
  if (accessed && parsePartialDate(accessed)) fields.push(['urldate', `{${accessed}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${bibtexKey(view)},\n${body}\n}\n`;
}
