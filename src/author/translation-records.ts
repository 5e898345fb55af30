/**
 * Translations as the workbench's forms make them: which of a claim's appearances a text in a
 * given language can translate, what the new record is called, and whose translation a record
 * says it is, in the words the forms show. The verifier judges the record itself.
 */
import type { AuthoredClaim, AuthoredTranslation } from '../corpus/corpus-schema.ts';
import {
  publishedTranslatorKinds,
  translatorKinds,
  type Translator,
  type TranslatorKind,
} from '../corpus/schema.ts';
import { languageName, sameLanguage } from '../corpus/translation.ts';
import { freeId, slugWithin } from '../lib/transliterated-slug.ts';
import type { AuthorState } from './author-api.ts';

/** One appearance of a claim as authored: the source it is in, its words and its speech. */
export type AuthoredWords = { source: string; quote: string; speech: string };

/** The translations of the corpus as authored; none when the folder has no `translations.yaml`. */
export function translationRecords(state: AuthorState): AuthoredTranslation[] {
  return state.records['translations.yaml'] ?? [];
}

/** The language a source's text is in: its own, or else the dossier's. */
export function sourceLanguage(state: AuthorState, sourceId: string): string {
  const source = state.records['sources.yaml'].find((one) => one.id === sourceId);
  return source?.language ?? state.records['dossier.yaml'].language;
}

/** A claim's appearances, its own first. */
export function appearancesOf(claim: AuthoredClaim): AuthoredWords[] {
  return [claim, ...(claim.alsoIn ?? [])].map(({ source, quote, speech }) => ({
    source,
    quote,
    speech,
  }));
}

/** Whether two tags name one language, and false for a tag `Intl` cannot read (yet). */
function sameOrUnreadable(a: string, b: string): boolean {
  try {
    return sameLanguage(a, b);
  } catch {
    return false;
  }
}

/**
 * The appearances of a claim that a text in `language` can translate: those in another
 * language (a translation into the language of its original is no translation).
 */
export function translatableAppearances(
  state: AuthorState,
  claim: AuthoredClaim,
  language: string,
): AuthoredWords[] {
  return appearancesOf(claim).filter(
    (one) => !sameOrUnreadable(sourceLanguage(state, one.source), language),
  );
}

/** The claims with an appearance a text in `language` can translate. */
export function claimsTranslatableInto(state: AuthorState, language: string): AuthoredClaim[] {
  return state.records['claims.yaml'].filter(
    (claim) => translatableAppearances(state, claim, language).length > 0,
  );
}

/**
 * The id of a new translation: the claim's id and whose translation it is, by the agency's or
 * outlet's name (there may be several) or else by kind (`official`, `dossier`, `machine`…),
 * with "-2", "-3"… when that is taken.
 */
export function newTranslationId(
  state: AuthorState,
  claimId: string,
  translator: Translator,
): string {
  const byName = (translator.kind === 'agency' || translator.kind === 'outlet') && translator.name;
  const tail = byName ? slugWithin(translator.name ?? '', 40, 4) : translator.kind;
  const taken = new Set(translationRecords(state).map((one) => one.id));
  return freeId(slugWithin(`${claimId} ${tail}`), (id) => taken.has(id));
}

/** Each kind of translator, in the forms' words. */
export const translatorKindWords: Record<TranslatorKind, string> = {
  official: 'The speaker’s side (an official version)',
  interpreter: 'An interpreter',
  agency: 'A news agency',
  outlet: 'A news outlet',
  dossier: 'Us, the dossier’s authors',
  machine: 'A machine',
};

/** The kinds of translator published in a source, and the kinds whose translation is ours to give. */
export const publishedKinds: readonly TranslatorKind[] = publishedTranslatorKinds;
export const unpublishedKinds: readonly TranslatorKind[] = translatorKinds.filter(
  (kind) => !(publishedTranslatorKinds as readonly string[]).includes(kind),
);

/** Whose a translation is and into what, in one line: "A news agency, Ardry Wire · English". */
export function translationLabel(translation: AuthoredTranslation, inLanguage: string): string {
  const who = translatorKindWords[translation.translator.kind];
  const name = translation.translator.name ? `, ${translation.translator.name}` : '';
  return `${who}${name} · ${languageName(translation.language, inLanguage)}`;
}
