import { Highlight } from '../search/highlight.tsx';
import {
  inQuotationMarks,
  languageName,
  translationWords,
  translatorPhrase,
  type TranslationView,
} from '../corpus/translation.ts';

/** Props of {@link TranslationBeside}. */
export type TranslationBesideProps = {
  /** The translation, or none when nobody has translated the words. */
  view: TranslationView | undefined;
  /** The original's language, and the reader's, which names it. */
  from: string;
  language: string;
};

/**
 * The translation set under words in another language than the reader's, led by whose it is
 * ("Translation by Meridian Wire (news agency), from French:"): in quotation marks only when
 * the source that publishes it sets them so, never when it is ours or a machine's, which are
 * upright and dashed like the source's own words. Says so when nobody has translated them.
 */
export function TranslationBeside({ view, from, language }: TranslationBesideProps) {
  const original = languageName(from, language);
  if (!view) {
    return (
      <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        In {original}; not translated.
      </p>
    );
  }
  const marks = inQuotationMarks(view);
  const { translation } = view;
  return (
    <div className="mt-2" data-translation={translation.translator.kind}>
      <p className="mb-1 text-xs font-semibold text-stone-700 dark:text-stone-300">
        {translatorPhrase(view)}, from {original}:
      </p>
      <blockquote
        lang={translation.language}
        dir={translation.direction}
        className={`pl-3 leading-relaxed text-stone-800 dark:text-stone-200 ${
          marks
            ? 'border-l-4 border-solid border-stone-300 italic dark:border-stone-600'
            : 'border-l-4 border-dotted border-stone-300 dark:border-stone-600'
        }`}
      >
        <p>
          {marks && '“'}
          <Highlight text={translationWords(translation)} />
          {marks && '”'}
        </p>
      </blockquote>
    </div>
  );
}
