import type { TextSpan } from '../../src/corpus/anchoring.ts';
import type { AuthoredClaim, AuthoredTranslation, Source } from '../../src/corpus/corpus-schema.ts';
import { publishedTranslatorKinds, type TranslatorKind } from '../../src/corpus/schema.ts';
import { locateQuote, type SourceText } from './check-quotes.ts';
import { sameLanguage } from '../../src/corpus/translation.ts';
import type { CorpusProblem } from './problem.ts';
import { at, type Located } from './read-records.ts';

// The verifier's rules for translations: each translates an appearance the claim has, into
// another language than its original's; a published one is found verbatim in its own source,
// in that source's language; an unpublished one is ours or a machine's, and says so by its kind.

/** A translation as verified: its record and, when published, where its words are. */
export type LocatedTranslation = {
  translation: AuthoredTranslation;
  /** The published translation's source, its text and where the words are in it. */
  published?: { source: Source; text: string; span: TextSpan };
};

/** The translator kinds in words, for messages. */
const kindWords: Record<TranslatorKind, string> = {
  official: "the speaker's side",
  interpreter: 'an interpreter',
  agency: 'a news agency',
  outlet: 'an outlet',
  dossier: "the dossier's authors",
  machine: 'a machine',
};

/** The fields only a published translation has. */
const publishedFields = ['source', 'quote', 'quotePrefix', 'quoteSuffix', 'speech'] as const;

/** What the verifier needs to check translations against. */
export type TranslationContext = {
  claimById: ReadonlyMap<string, Located<AuthoredClaim>>;
  sourceById: ReadonlyMap<string, Located<Source>>;
  sourceTexts: ReadonlyMap<string, SourceText>;
  /** The language of a source, its own or the dossier's. */
  languageOf: (source: Source) => string;
};

/**
 * Checks each translation and locates the published ones' words; gives back those that pass
 * (the verifier compiles nothing when any problem is found).
 */
export function checkTranslations(
  translations: Located<AuthoredTranslation>[],
  context: TranslationContext,
  problems: CorpusProblem[],
): LocatedTranslation[] {
  const located: LocatedTranslation[] = [];
  for (const record of translations) {
    const before = problems.length;
    const found = checkTranslation(record, context, problems);
    if (found && problems.length === before) located.push(found);
  }
  return located;
}

function checkTranslation(
  record: Located<AuthoredTranslation>,
  { claimById, sourceById, sourceTexts, languageOf }: TranslationContext,
  problems: CorpusProblem[],
): LocatedTranslation | undefined {
  const translation = record.value;
  const problem = (field: string | (string | number)[], message: string) => {
    problems.push({ ...at(record, field), message });
  };
  // A field that is not there is pointed at where the record starts.
  const missing = (field: string, message: string) => {
    problems.push({ ...at(record, field), ...record.yaml.locate(record.path), message });
  };
  const { kind, name } = translation.translator;
  const published = (publishedTranslatorKinds as readonly string[]).includes(kind);
  if (name === undefined && kind !== 'dossier' && kind !== 'interpreter') {
    missing(
      'translator.name',
      `a translation by ${kindWords[kind]} names its translator: add translator.name`,
    );
  }
  if (published) {
    if (translation.text !== undefined) {
      problem(
        'text',
        `a translation by ${kindWords[kind]} is published: its words are its quote in the source that publishes it, not a text of ours; give source, quote and speech instead`,
      );
    }
    const needed = [
      ['source', 'the source that publishes it'],
      ['quote', 'its words there as quote'],
      ['speech', 'their speech there'],
    ] as const;
    for (const [field, what] of needed) {
      if (translation[field] === undefined) {
        missing(field, `a translation by ${kindWords[kind]} is published: give ${what}`);
      }
    }
  } else {
    const given = publishedFields.filter((field) => translation[field] !== undefined);
    if (given.length > 0) {
      problem(
        given[0] ?? 'source',
        `a translation by ${kindWords[kind]} is published nowhere: give its text, not ${given.join(', ')}`,
      );
    }
    if (translation.text === undefined) {
      missing('text', `a translation by ${kindWords[kind]} is published nowhere: give its text`);
    }
  }

  // Its original: an appearance the claim has, in a language other than the translation's.
  const claim = claimById.get(translation.claim);
  if (!claim) {
    problem('claim', `unknown claim "${translation.claim}": the translation's original is missing`);
    return undefined;
  }
  const appearances = [claim.value.source, ...(claim.value.alsoIn ?? []).map((one) => one.source)];
  if (!appearances.includes(translation.of)) {
    problem(
      'of',
      `claim "${claim.value.id}" does not appear in source "${translation.of}", so the translation's original is missing; it appears in ${appearances.map((id) => `"${id}"`).join(', ')}`,
    );
    return undefined;
  }
  const original = sourceById.get(translation.of)?.value;
  if (!original) return undefined;
  const originalLanguage = languageOf(original);
  if (sameLanguage(translation.language, originalLanguage)) {
    problem(
      'language',
      `the translation is in "${translation.language}", the language of its original (source "${original.id}" is in "${originalLanguage}"); a translation is into another language`,
    );
  }
  if (!published || translation.source === undefined) {
    return translation.text === undefined ? undefined : { translation };
  }

  // A published translation: its words verbatim in its own source, in that source's language.
  const source = sourceById.get(translation.source);
  if (!source) {
    problem(
      'source',
      `unknown source "${translation.source}"; known: ${[...sourceById.keys()].join(', ')}`,
    );
    return undefined;
  }
  const sourceLanguage = languageOf(source.value);
  if (!sameLanguage(translation.language, sourceLanguage)) {
    problem(
      'language',
      `the translation says it is in "${translation.language}", but the source that publishes it, "${source.value.id}", is in "${sourceLanguage}"`,
    );
  }
  const text = sourceTexts.get(source.value.id);
  const { quote, quotePrefix, quoteSuffix, speech } = translation;
  if (!text || quote === undefined || speech === undefined) return undefined;
  const span = locateQuote(
    {
      quote,
      speech,
      ...(quotePrefix === undefined ? {} : { quotePrefix }),
      ...(quoteSuffix === undefined ? {} : { quoteSuffix }),
    },
    (field) => at(record, field),
    source.value,
    text,
    problems,
  );
  return span && { translation, published: { source: source.value, text: text.text, span } };
}
