/**
 * A claim at a glance, as the overview of `/`, the timeline and the relation pictures show it
 * in a line: our short form first, then whose it is. Our short form is never put in quotation
 * marks, never under a direct-speech mark and never after "<speaker>:"; only the speaker's
 * exact words (an excerpt of the quote, `glance-words.ts`) follow the speaker's name in
 * quotation marks. Words in another language than the reader's are shown in translation,
 * saying whose, and in marks only where the translation's publisher sets them so. A reported
 * claim names the publisher whose account it is.
 *
 *   Will hold the vote in May — Mara Quist: “…the vote will be held in May…”
 *   One ceiling for both — Han Seo-yeon, in Ardry Wire's translation: “…keep equally…”
 *   Study only — Lin Qiaowen, in our translation: …the possibility of a joint survey…
 *   Disputes the count — Tobias Fenn, as The Averne Courier reports
 */
import type { Speech, TranslationOwner } from './schema.ts';
import { ownerWords } from './translation.ts';
import * as words from './glance.words.ts';

/** Whose words back a claim at a glance: the speaker's excerpt, or the reporting publisher. */
export type GlanceWords = {
  speech: Speech;
  /**
   * Direct speech: the speaker's exact words, or an exact excerpt with ellipses; for words in
   * another language than the reader's, an excerpt of their translation (see `translatedBy`).
   */
  excerpt?: string | undefined;
  /** Reported speech: the publisher whose words the source's account is. */
  reportedBy?: string | undefined;
  /** Whose translation the excerpt is: said in words by `ownerWords`. */
  translatedBy?: TranslationOwner | undefined;
  /** Whether that translation is in quotation marks where it is published. */
  translationQuoted?: boolean | undefined;
};

/**
 * Whose a position is: the speaker `who`, then `: “<excerpt>”`, `, in <whose translation>:
 * “<excerpt>”` (in marks only where the translation's publisher sets them so), or `, as
 * <publisher> reports`.
 */
export function glanceWho(who: string, glance: GlanceWords): string {
  if (glance.speech === 'direct' && glance.excerpt && glance.translatedBy) {
    const excerpt = glance.translationQuoted ? words.quoted(glance.excerpt) : glance.excerpt;
    return words.inTranslation(who, ownerWords(glance.translatedBy), excerpt);
  }
  if (glance.speech === 'direct' && glance.excerpt) {
    return words.quoting(who, words.quoted(glance.excerpt));
  }
  if (glance.speech === 'reported' && glance.reportedBy) {
    return words.asReported(who, glance.reportedBy);
  }
  return who;
}

/**
 * What follows the speaker's name in {@link glanceWho}, for a line that sets the name apart:
 * in English, the words after it.
 */
export function glanceAttribution(glance: GlanceWords): string {
  return glanceWho('', glance);
}

/** The whole line in words, for a link's name or a tooltip: `<short> — <who><attribution>`. */
export function glanceLine(short: string, who: string, glance: GlanceWords): string {
  return words.line(short, glanceWho(who, glance));
}
