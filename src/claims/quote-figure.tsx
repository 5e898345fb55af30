import { Highlight } from '../search/highlight.tsx';
import { reportLeadIn } from '../corpus/report-lead-in.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { claimTranslation, sameLanguage } from '../corpus/translation.ts';
import { SpeechLabel } from './speech-label.tsx';
import { TranslationBeside } from './translation-beside.tsx';
import { StatedWhenWhere } from './stated-when-where.tsx';
import * as words from './quote-figure.words.tsx';

/** Props of {@link QuoteFigure}. */
export type QuoteFigureProps = { view: ClaimView; size: 'card' | 'page' };

const sizes = {
  card: {
    figure: 'mt-3',
    lead: 'mb-1 text-xs font-semibold',
    quote: 'pl-3 text-[1.05rem]',
    caption: 'mt-2 text-xs',
    note: 'mt-2 text-xs text-stone-600 dark:text-stone-400',
  },
  page: {
    figure: 'mt-4 max-w-4xl',
    lead: 'mb-2 text-sm font-semibold',
    quote: 'pl-4 text-xl',
    caption: 'mt-3 text-sm',
    note: 'mt-3 max-w-4xl text-sm text-stone-700 dark:text-stone-300',
  },
};

const speechStyle = {
  // The speaker's words: in quotation marks, set in italics.
  direct: 'border-l-4 border-solid border-stone-400 italic dark:border-stone-500',
  // The source's words about the speaker: upright, introduced by the source, never in marks.
  reported: 'border-l-4 border-dashed border-stone-300 dark:border-stone-600',
};

/**
 * The source's exact words set apart: a direct quote in quotation marks as the speaker's
 * words; a reported one introduced as the source's own ("The Averne Courier reports:"), never
 * in marks. Labelled direct or reported, with when and where, and a note for any print
 * artifact the words keep rather than silently correct.
 */
export function QuoteFigure({ view, size }: QuoteFigureProps) {
  const { claim, source, language } = view;
  const style = sizes[size];
  const quote = claim.quote.textQuoteSelector.exact;
  const direct = claim.speech === 'direct';
  // Words in another language than the reader's keep it, with a translation beneath.
  const foreign = !sameLanguage(source.language, language);
  return (
    <>
      <figure className={style.figure}>
        {!direct && (
          <figcaption className={`text-stone-700 dark:text-stone-300 ${style.lead}`}>
            <Highlight text={reportLeadIn(source)} />
          </figcaption>
        )}
        <blockquote
          lang={foreign ? source.language : undefined}
          dir={source.direction === 'rtl' ? 'rtl' : undefined}
          className={`font-serif leading-relaxed text-stone-800 dark:text-stone-200 ${style.quote} ${speechStyle[claim.speech]}`}
        >
          <p>{direct ? words.quoted(<Highlight text={quote} />) : <Highlight text={quote} />}</p>
        </blockquote>
        {foreign && (
          <TranslationBeside
            view={claimTranslation(view)}
            from={source.language}
            language={language}
            claimId={claim.id}
          />
        )}
        <div
          className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-600 dark:text-stone-400 ${style.caption}`}
        >
          <SpeechLabel speech={claim.speech} />
          <StatedWhenWhere claim={claim} />
          {claim.alsoIn && (
            // The same statement in further sources: the claim page shows each.
            <span>{words.inSources(claim.alsoIn.length + 1)}</span>
          )}
        </div>
      </figure>
      {claim.printArtifacts.map((artifact) => (
        <p key={artifact.text} className={style.note}>
          {words.printArtifact(artifact.text, artifact.reading)}
        </p>
      ))}
    </>
  );
}
