import { createHash } from 'node:crypto';
import { occurrencesOf, type TextSpan } from '../../src/corpus/anchoring.ts';
import type { AuthoredClaim, Source } from '../../src/corpus/corpus-schema.ts';
import {
  quotationStyle,
  quotedPassages,
  spanVerdict,
  type QuotedPassage,
  type Span,
  type SpanVerdict,
} from '../../src/corpus/quoted-passages.ts';
import { closestPassage, diffLine } from './closest-passage.ts';
import { normalizedText, type NormalizedText } from './normalized-text.ts';
import type { CorpusProblem, ProblemFix } from './problem.ts';
import { at, decodeUtf8, type CorpusFiles, type Located } from './read-records.ts';

// The third step of the verifier: each archived source is the text its record hashes, and each
// quote occurs in it verbatim, once, with quotation marks that match its speech label.

/**
 * An archived text as read, with its NFC form (which quotes are looked for in) and its
 * quotations, both found once for all the claims quoting it.
 */
export type SourceText = {
  text: string;
  bytes: Uint8Array;
  normalized: NormalizedText;
  passages: QuotedPassage[];
};

/** Reads a source's archived text, checking its SHA-256 and print artifacts. */
export function loadSourceText(
  files: CorpusFiles,
  source: Located<Source>,
  language: string,
  problems: CorpusProblem[],
): SourceText | undefined {
  const { file, sha256, printArtifacts = [] } = source.value;
  const bytes = files.get(file);
  if (!bytes) {
    problems.push({ ...at(source, 'file'), message: `archived text "${file}" does not exist` });
    return undefined;
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    problems.push({
      ...at(source, 'sha256'),
      message: `SHA-256 of "${file}" is ${actual}, not the recorded ${sha256}: the archived text has changed`,
    });
    return undefined;
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    problems.push({ ...at(source, 'file'), message: `archived text "${file}" is not valid UTF-8` });
    return undefined;
  }
  printArtifacts.forEach((artifact, i) => {
    if (!text.includes(artifact.text)) {
      problems.push({
        ...at(source, ['printArtifacts', i, 'text']),
        message: `print artifact "${artifact.text}" does not occur in "${file}"`,
      });
    }
  });
  // The quotation marks of the text's own language tell its quotations.
  const passages = quotedPassages(text, quotationStyle(language));
  return { text, bytes, normalized: normalizedText(text), passages };
}

/** A source's words as a claim quotes them: the claim's own, or one of its further appearances. */
export type QuotedWords = Pick<AuthoredClaim, 'quote' | 'quotePrefix' | 'quoteSuffix' | 'speech'>;

/**
 * Finds a quote in its source: the one place it occurs verbatim (with its quotePrefix and
 * quoteSuffix, when given), whose quotation marks agree with its speech label. Words are
 * compared in Unicode NFC; the span found is in the archived text as it is. `where` locates a
 * problem with one of its fields.
 */
export function locateQuote(
  quoted: QuotedWords,
  where: (field: keyof QuotedWords) => Omit<CorpusProblem, 'message'>,
  source: Source,
  { text: archived, normalized, passages }: SourceText,
  problems: CorpusProblem[],
): TextSpan | undefined {
  const { text } = normalized;
  const quote = quoted.quote.normalize('NFC');
  const quotePrefix = quoted.quotePrefix?.normalize('NFC');
  const quoteSuffix = quoted.quoteSuffix?.normalize('NFC');
  const occurrences = occurrencesOf(text, quote);
  if (occurrences.length === 0) {
    problems.push({ ...where('quote'), ...notFound(text, quote, source.file) });
    return undefined;
  }
  const matching = occurrences.filter(
    (i) =>
      (quotePrefix === undefined || text.slice(0, i).endsWith(quotePrefix)) &&
      (quoteSuffix === undefined || text.startsWith(quoteSuffix, i + quote.length)),
  );
  if (matching.length === 0) {
    problems.push({
      ...where(quotePrefix === undefined ? 'quoteSuffix' : 'quotePrefix'),
      message: `the quote occurs in "${source.file}" (line ${lineList(text, occurrences)}) but never with this quotePrefix/quoteSuffix around it`,
    });
    return undefined;
  }
  const [start, ...others] = matching;
  if (start === undefined || others.length > 0) {
    problems.push({
      ...where('quote'),
      message: `the quote occurs ${matching.length} times in "${source.file}" (lines ${lineList(text, matching)}); add quotePrefix or quoteSuffix to pick one`,
    });
    return undefined;
  }
  const span = {
    start: normalized.original(start, 'start'),
    end: normalized.original(start + quote.length, 'end'),
  };
  const speechProblem = checkQuotationMarks(
    quoted.speech,
    spanVerdict(archived, span, passages),
    archived,
    passages,
    source.file,
  );
  if (speechProblem) {
    const { field, ...problem } = speechProblem;
    problems.push({ ...where(field), ...problem });
    return undefined;
  }
  return span;
}

function notFound(
  text: string,
  quote: string,
  file: string,
): Pick<CorpusProblem, 'message' | 'detail' | 'fixes'> {
  const closest = closestPassage(text, { exact: quote });
  const message = `the quote is not in "${file}" verbatim`;
  if (!closest) return { message, detail: 'no passage of the source is close to it' };
  return {
    message,
    detail: [
      `closest passage (line ${lineOf(text, closest.start)}, ${closest.errors} character edit${closest.errors === 1 ? '' : 's'} away):`,
      `  ${closest.passage}`,
      'where they differ ([-source-] {+quote+}):',
      `  ${diffLine(closest.diff)}`,
    ].join('\n'),
    fixes: [{ label: 'Use the closest passage', set: { quote: closest.passage } }],
  };
}

/**
 * What the quotation marks of the source say about a quote and its speech label: a quote may
 * not cut a quotation (it would carry a mark without its partner); a `direct` quote must lie
 * inside one quotation's marks, and a `reported` one that does is the speaker's own words.
 */
function checkQuotationMarks(
  speech: AuthoredClaim['speech'],
  verdict: SpanVerdict,
  text: string,
  passages: readonly QuotedPassage[],
  file: string,
):
  { field: 'quote' | 'speech'; message: string; detail?: string; fixes: ProblemFix[] } | undefined {
  const excerpt = (span: Span) => text.slice(span.start, span.end);
  // A new span for the quote, with the speech its marks then say where that differs.
  const fixTo = (label: string, span: Span): ProblemFix => {
    const marked = spanVerdict(text, span, passages).kind === 'quoted' ? 'direct' : 'reported';
    return {
      label,
      set: { quote: excerpt(span), ...(marked !== speech ? { speech: marked } : {}) },
    };
  };
  if (verdict.kind === 'cut') {
    const { passage, held, widened, narrowed } = verdict;
    const missing = held === 'opening' ? 'closing' : 'opening';
    const narrowedSpeech = narrowed && spanVerdict(text, narrowed, passages).kind === 'quoted';
    return {
      field: 'quote',
      message: `the quote cuts a quotation in "${file}" (line ${lineOf(text, passage.inner.start)}): it holds its ${held} mark but not its ${missing} one, so it would show an unmatched quotation mark`,
      detail: [
        'widen it to take in the whole quotation:',
        `  ${excerpt(widened)}`,
        ...(narrowed
          ? [
              `or narrow it to the words ${narrowedSpeech ? 'inside the marks (then speech is "direct")' : 'outside the marks'}:`,
              `  ${excerpt(narrowed)}`,
            ]
          : []),
      ].join('\n'),
      fixes: [
        fixTo('Widen it to the whole quotation', widened),
        ...(narrowed
          ? [
              fixTo(
                `Narrow it to the words ${narrowedSpeech ? 'inside' : 'outside'} the marks`,
                narrowed,
              ),
            ]
          : []),
      ],
    };
  }
  if (speech === 'direct' && verdict.kind !== 'quoted') {
    return {
      field: 'speech',
      message:
        'speech is "direct" but the quote is not entirely inside quotation marks in the source; use "reported", or quote only the words inside the marks',
      fixes: [{ label: 'Call it reported', set: { speech: 'reported' } }],
    };
  }
  if (speech === 'reported' && verdict.kind === 'quoted') {
    return {
      field: 'speech',
      message: `speech is "reported" but the quote lies wholly inside a quotation in "${file}" (line ${lineOf(text, verdict.passage.inner.start)}): these are the speaker's own words, so use "direct"`,
      fixes: [{ label: 'Call it direct', set: { speech: 'direct' } }],
    };
  }
  return undefined;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function lineList(text: string, indexes: number[]): string {
  return indexes.map((i) => lineOf(text, i)).join(', ');
}
