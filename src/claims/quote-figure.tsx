import type { CompiledClaim } from '../corpus/schema.ts';
import { SpeechLabel } from './speech-label.tsx';
import { StatedWhenWhere } from './stated-when-where.tsx';

/** Props of {@link QuoteFigure}. */
export type QuoteFigureProps = { claim: CompiledClaim; size: 'card' | 'page' };

const sizes = {
  card: {
    figure: 'mt-3',
    quote: 'pl-3 text-[1.05rem] border-stone-300 dark:border-stone-600',
    caption: 'mt-2 text-xs',
    note: 'mt-2 text-xs text-stone-600 dark:text-stone-400',
  },
  page: {
    figure: 'mt-4 max-w-4xl',
    quote: 'pl-4 text-xl border-stone-400 dark:border-stone-500',
    caption: 'mt-3 text-sm',
    note: 'mt-3 max-w-4xl text-sm text-stone-700 dark:text-stone-300',
  },
};

/**
 * The source's exact words set apart as a quotation, labelled direct or reported, with when
 * and where; and a note for any print artifact the words keep rather than silently correct.
 */
export function QuoteFigure({ claim, size }: QuoteFigureProps) {
  const style = sizes[size];
  return (
    <>
      <figure className={style.figure}>
        <blockquote
          className={`border-l-4 font-serif leading-relaxed text-stone-800 italic dark:text-stone-200 ${style.quote}`}
        >
          <p>{claim.quote.textQuoteSelector.exact}</p>
        </blockquote>
        <figcaption
          className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-600 dark:text-stone-400 ${style.caption}`}
        >
          <SpeechLabel speech={claim.speech} />
          <StatedWhenWhere claim={claim} />
        </figcaption>
      </figure>
      {claim.printArtifacts.map((artifact) => (
        <p key={artifact.text} className={style.note}>
          Note: the source prints “{artifact.text}” for “{artifact.reading}”. The quote keeps the
          printed form.
        </p>
      ))}
    </>
  );
}
