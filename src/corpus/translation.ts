/**
 * Translations as readers meet them: which one stands beside a quote in another language than
 * the dossier's, and how it says whose it is. A published translation (the speaker's side's,
 * an interpreter's, an agency's, an outlet's) is that publisher's words, in quotation marks
 * only where its source sets them so; an unpublished one (ours, a machine's) is never in
 * quotation marks and always says it is ours or a machine's. Plain functions, for every
 * surface a claim travels to.
 */
import type {
  CompiledPublishedTranslation,
  CompiledSource,
  CompiledTranslation,
  TranslationOwner,
  TranslatorKind,
} from './schema.ts';
import * as words from './translation.words.ts';

/** A translation with the source that publishes it, when it is published. */
export type TranslationView = {
  translation: CompiledTranslation;
  /** The source that publishes it; absent for ours or a machine's. */
  source?: CompiledSource;
};

/**
 * Whether two BCP 47 tags name the same language in the same script: `en` and `en-GB` do;
 * `zh-Hans` and `zh-Hant` do not.
 */
export function sameLanguage(a: string, b: string): boolean {
  const one = new Intl.Locale(a).maximize();
  const other = new Intl.Locale(b).maximize();
  return one.language === other.language && one.script === other.script;
}

/** Whether a translation is published in an archived source. */
export function isPublished(
  translation: CompiledTranslation,
): translation is CompiledPublishedTranslation {
  return 'source' in translation;
}

/** The translation's words: its quote in its source, or our text. */
export function translationWords(translation: CompiledTranslation): string {
  return isPublished(translation) ? translation.quote.textQuoteSelector.exact : translation.text;
}

/** Which translation of a quote readers get first: the speaker's side's, then the others'. */
const preference: readonly TranslatorKind[] = [
  'official',
  'interpreter',
  'agency',
  'outlet',
  'dossier',
  'machine',
];

/**
 * The translation that stands beside the words a claim's source gives, in the reader's
 * `language`: of that appearance, the speaker's side's first, then an interpreter's, an
 * agency's, an outlet's, ours, and a machine's last. Undefined when the words are in the
 * reader's language already, or nobody has translated them.
 */
export function readingTranslation(
  views: readonly TranslationView[],
  of: { id: string; language: string },
  language: string,
): TranslationView | undefined {
  if (sameLanguage(of.language, language)) return undefined;
  const rank = (view: TranslationView) => preference.indexOf(view.translation.translator.kind);
  return views
    .filter(
      (view) => view.translation.of === of.id && sameLanguage(view.translation.language, language),
    )
    .toSorted((a, b) => rank(a) - rank(b))[0];
}

/** The translation that stands beside the words of the claim's own source, for its reader. */
export function claimTranslation(view: {
  source: { id: string; language: string };
  language: string;
  translations: readonly TranslationView[];
}): TranslationView | undefined {
  return readingTranslation(view.translations, view.source, view.language);
}

/** Whether the words are set in quotation marks: only where the publishing source does so. */
export function inQuotationMarks({ translation }: TranslationView): boolean {
  return isPublished(translation) && translation.speech === 'direct';
}

/**
 * Whose translation it is, in a phrase that leads it:
 *
 *   Official translation by the Ministry of Harbours
 *   Translation by Meridian Wire (news agency)
 *   Interpreter's translation, as published by The Averne Courier
 *   Our translation, published nowhere else
 *   Machine translation (Tidemark MT 3), published nowhere else
 */
export function translatorPhrase({ translation, source }: TranslationView): string {
  const { kind, name } = translation.translator;
  const publisher = source?.publisher;
  const by = name ?? publisher;
  switch (kind) {
    case 'official':
      return by !== undefined ? words.officialBy(by) : words.officialBySpeakersSide;
    case 'interpreter':
      if (name && publisher) return words.interpreterNamedPublishedBy(name, publisher);
      if (publisher) return words.interpretersPublishedBy(publisher);
      return name ? words.interpreterNamed(name) : words.interpreters;
    case 'agency':
      return by !== undefined ? words.agencyBy(by) : words.agencyUnnamed;
    case 'outlet':
      return by !== undefined ? words.outletBy(by) : words.outletUnnamed;
    case 'dossier':
      return words.ours;
    case 'machine':
      return name ? words.machineNamed(name) : words.machine;
  }
}

/**
 * Whose translation it is, in a few words for a line at a glance: "Ardry Wire's translation",
 * "the official translation", "our translation", "a machine translation".
 */
export function translationOwner(view: TranslationView): string {
  return ownerWords(translationOwnerOf(view));
}

/** Whose a translation is, as data: its translator's kind, and an agency's or outlet's name. */
export function translationOwnerOf({ translation, source }: TranslationView): TranslationOwner {
  const { kind, name } = translation.translator;
  const publisher =
    kind === 'agency' || kind === 'outlet' ? (name ?? source?.publisher) : undefined;
  return publisher === undefined ? { kind } : { kind, name: publisher };
}

/** Whose a translation is, in the interface's words ("our translation", "Ardry Wire's translation"). */
export function ownerWords({ kind, name: publisher }: TranslationOwner): string {
  switch (kind) {
    case 'official':
      return words.officialOwner;
    case 'interpreter':
      return words.interpreterOwner;
    case 'agency':
    case 'outlet':
      return publisher !== undefined
        ? words.publisherOwner(publisher)
        : words.unnamedPublisherOwner;
    case 'dossier':
      return words.ourOwner;
    case 'machine':
      return words.machineOwner;
  }
}

/** The name of a language in the reader's language: `fr` in `en` is "French". */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
