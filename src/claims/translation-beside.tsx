import { sourcePath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import { formatStatedAt } from '../corpus/stated-at.ts';
import { Highlight } from '../search/highlight.tsx';
import {
  inQuotationMarks,
  languageName,
  translationWords,
  translatorPhrase,
  type TranslationView,
} from '../corpus/translation.ts';
import * as words from './translation-beside.words.tsx';

/** Props of {@link TranslationBeside}. */
export type TranslationBesideProps = {
  /** The translation, or none when nobody has translated the words. */
  view: TranslationView | undefined;
  /** The original's language, and the reader's, which names it. */
  from: string;
  language: string;
  /** The claim it translates, whose marked words the source's reader opens at. */
  claimId: string;
};

/**
 * The translation set under words in another language than the reader's, led by whose it is
 * ("Translation by Meridian Wire (news agency), from French:"): in quotation marks only when
 * the source that publishes it sets them so, never when it is ours or a machine's, which are
 * upright, with a dotted rule, and no blockquote: they quote nobody. A published one links to the archived source that publishes
 * it, where its words can be checked. Says so when nobody has translated them.
 */
export function TranslationBeside({ view, from, language, claimId }: TranslationBesideProps) {
  const original = languageName(from, language);
  if (!view) {
    return (
      <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        {words.notTranslated(original)}
      </p>
    );
  }
  const marks = inQuotationMarks(view);
  const { translation } = view;
  // A published translation is quoted from its source; ours or a machine's quotes nobody.
  const Words = view.source ? 'blockquote' : 'div';
  return (
    <div className="mt-2" data-translation={translation.translator.kind}>
      <p className="mb-1 text-xs font-semibold text-stone-700 dark:text-stone-300">
        {words.fromLanguage(translatorPhrase(view), original)}
      </p>
      <Words
        lang={translation.language}
        dir={translation.direction}
        className={`pl-3 leading-relaxed text-stone-800 dark:text-stone-200 ${
          marks
            ? 'border-l-4 border-solid border-stone-300 italic dark:border-stone-600'
            : 'border-l-4 border-dotted border-stone-300 dark:border-stone-600'
        }`}
      >
        <p>
          {marks ? (
            words.quoted(<Highlight text={translationWords(translation)} />)
          ) : (
            <Highlight text={translationWords(translation)} />
          )}
        </p>
      </Words>
      {view.source && (
        // Where the published translation can be checked: its archived source.
        <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          {words.publishedIn(
            <AppLink
              href={sourcePath(view.source.id, claimId)}
              className="underline underline-offset-2"
            >
              {words.source(
                view.source.publisher,
                <cite lang={view.source.language}>{view.source.headline}</cite>,
              )}
            </AppLink>,
            <time dateTime={view.source.published}>{formatStatedAt(view.source.published)}</time>,
          )}
        </p>
      )}
    </div>
  );
}
