import { useState } from 'react';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { permalinkTo } from '../lib/app-paths.ts';
import { currentOrigin, useSiteOrigin } from '../lib/site-origin.ts';
import { quoteWithCitation } from './citation.ts';
import * as words from './share-actions.words.ts';

/** Props of {@link ShareActions}. */
export type ShareActionsProps = { view: ClaimView; path: string };

const buttonClass =
  'rounded bg-sky-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-sky-950 dark:hover:bg-sky-200';

/**
 * Share: the Web Share API where the browser has it, otherwise the permalink goes to the
 * clipboard. Copy quote with citation: the quote, speaker, source, date and permalink as plain
 * text. Each outcome is shown and announced.
 */
export function ShareActions({ view, path }: ShareActionsProps) {
  // Shown from the render; copied from the click, so a click during hydration has the origin.
  const shown = permalinkTo(path, useSiteOrigin());
  const permalink = () => permalinkTo(path, currentOrigin());
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | undefined>();

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setFallback(undefined);
      setStatus(done);
    } catch {
      setFallback(text);
      setStatus(words.copyBlocked);
    }
  };

  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: view.claim.summary, url: permalink() });
        setStatus(words.shared);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    await copy(permalink(), words.linkCopied);
  };

  return (
    <div>
      <div className="needs-script flex flex-wrap gap-3">
        <button type="button" className={buttonClass} onClick={() => void share()}>
          {words.share}
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => void copy(quoteWithCitation(view, permalink()), words.quoteCopied)}
        >
          {words.copyQuote}
        </button>
      </div>
      {/* Says what a button did: without the script there are no buttons, and no blank line
          under the heading, which then holds the permalink alone. */}
      <p
        role="status"
        className="needs-script mt-2 min-h-5 text-sm font-semibold text-emerald-800 dark:text-emerald-300"
      >
        {status}
      </p>
      {fallback && (
        <textarea
          readOnly
          aria-label={words.textToCopy}
          value={fallback}
          rows={fallback.split('\n').length + 1}
          className="mt-2 w-full rounded border border-stone-400 bg-white p-2 font-mono text-xs dark:bg-stone-950"
          onFocus={(event) => event.target.select()}
        />
      )}
      <p className="mt-2 text-sm break-all text-stone-600 dark:text-stone-400">
        {words.permalink}{' '}
        <a href={shown} className="underline">
          {shown}
        </a>
      </p>
    </div>
  );
}
