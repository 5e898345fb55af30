import type { ClaimView } from '../corpus/corpus-index.ts';
import { quoteInParagraph } from '../sources/source-segments.ts';
import { textFragmentUrl } from '../exports/text-fragment.ts';
import { WithSourceText } from '../sources/with-source-text.tsx';
import { sourcePath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';

/** Props of {@link QuoteInContext}. */
export type QuoteInContextProps = { view: ClaimView };

/** The quote highlighted inside its paragraph of the archived source, and a way to read it all. */
export function QuoteInContext({ view }: QuoteInContextProps) {
  return (
    <div>
      <WithSourceText source={view.source}>
        {(text) => (
          <>
            <InParagraph text={text} view={view} />
            <OriginalPageLink text={text} view={view} />
          </>
        )}
      </WithSourceText>
      <p className="mt-3">
        <AppLink
          href={sourcePath(view.source.id, view.claim.id)}
          className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300"
        >
          Read the whole source at this quote
        </AppLink>
      </p>
    </div>
  );
}

function InParagraph({ text, view }: { text: string; view: ClaimView }) {
  const { before, quote, after } = quoteInParagraph(text, view);
  return (
    <p className="rounded-lg bg-white p-4 font-serif leading-relaxed shadow-sm dark:bg-stone-900">
      {before}
      <mark className="rounded-sm bg-yellow-200 px-0.5 text-stone-950 dark:bg-yellow-300">
        {quote}
      </mark>
      {after}
    </p>
  );
}

/** A link to the quote inside the original web page (a text fragment), when the source has one. */
function OriginalPageLink({ text, view }: { text: string; view: ClaimView }) {
  const url = textFragmentUrl(view.source.url, view.claim.quote.textQuoteSelector, text);
  if (!url) return null;
  return (
    <p className="mt-3">
      <a
        href={url}
        className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300"
      >
        Open the quote in the original page
      </a>
    </p>
  );
}
