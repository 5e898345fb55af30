import type { Appearance } from '../corpus/appearances.ts';
import type { CompiledSource } from '../corpus/schema.ts';
import { quoteInParagraph } from '../sources/source-segments.ts';
import { textFragmentUrl } from '../exports/text-fragment.ts';
import { WithSourceText } from '../sources/with-source-text.tsx';
import { sourcePath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import * as words from './quote-in-context.words.ts';

/** Props of {@link QuoteInContext}: a claim's words in one source it appears in. */
export type QuoteInContextProps = {
  claimId: string;
  source: CompiledSource;
  appearance: Appearance;
};

/** The quote highlighted inside its paragraph of the archived source, and a way to read it all. */
export function QuoteInContext({ claimId, source, appearance }: QuoteInContextProps) {
  return (
    <div>
      <WithSourceText source={source}>
        {(text) => (
          <>
            <InParagraph text={text} appearance={appearance} source={source} />
            <OriginalPageLink text={text} source={source} appearance={appearance} />
          </>
        )}
      </WithSourceText>
      <p className="mt-3">
        <AppLink
          href={sourcePath(source.id, claimId)}
          className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300"
        >
          {words.readWholeSource}
        </AppLink>
      </p>
    </div>
  );
}

function InParagraph({
  text,
  appearance,
  source,
}: {
  text: string;
  appearance: Appearance;
  source: CompiledSource;
}) {
  const { before, quote, after } = quoteInParagraph(text, appearance.quote.textPositionSelector);
  return (
    <p
      lang={source.language}
      dir={source.direction}
      className="rounded-lg bg-white p-4 font-serif leading-relaxed shadow-sm dark:bg-stone-900"
    >
      {before}
      <mark className="rounded-sm bg-yellow-200 px-0.5 text-stone-950 dark:bg-yellow-300">
        {quote}
      </mark>
      {after}
    </p>
  );
}

/** A link to the quote inside the original web page (a text fragment), when the source has one. */
function OriginalPageLink({
  text,
  source,
  appearance,
}: {
  text: string;
  source: CompiledSource;
  appearance: Appearance;
}) {
  const url = textFragmentUrl(source.url, appearance.quote.textQuoteSelector, text);
  if (!url) return null;
  return (
    <p className="mt-3">
      <a
        href={url}
        className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300"
      >
        {words.openOriginal}
      </a>
    </p>
  );
}
