import { useState } from 'react';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { citeBibtex, citePlainText } from '../exports/cite-claim.ts';
import { permalinkTo } from '../lib/app-paths.ts';
import { currentOrigin, useSiteOrigin } from '../lib/site-origin.ts';
import { isoDate } from '../lib/iso-date.ts';
import { useToday } from '../lib/today.ts';
import * as words from './cite-this-claim.words.ts';

/** Props of {@link CiteThisClaim}. */
export type CiteThisClaimProps = { view: ClaimView; path: string };

/**
 * "Cite this claim": plain text and BibTeX citing the source, naming who it quotes or reports
 * on, with the permalink and the day it was read (once the page runs in the reader's browser).
 */
export function CiteThisClaim({ view, path }: CiteThisClaimProps) {
  const [status, setStatus] = useState('');
  // BibTeX is a machine format: a page translator must leave it as it is.
  const citations = (permalink: string, accessed?: string) => [
    {
      key: 'text',
      label: words.plainText,
      copyLabel: words.copyPlainText,
      copied: words.plainTextCopied,
      machine: false,
      text: citePlainText(view, permalink, accessed),
    },
    {
      key: 'bibtex',
      label: words.bibtex,
      copyLabel: words.copyBibtex,
      copied: words.bibtexCopied,
      machine: true,
      text: citeBibtex(view, permalink, accessed).trimEnd(),
    },
  ];
  const shown = citations(permalinkTo(path, useSiteOrigin()), useToday());
  const copy = async (key: string) => {
    // Built at the click, so a click during hydration still has the permalink and the day.
    const citation = citations(permalinkTo(path, currentOrigin()), isoDate(new Date())).find(
      (c) => c.key === key,
    );
    try {
      await navigator.clipboard.writeText(citation?.text ?? '');
      setStatus(citation?.copied ?? '');
    } catch {
      setStatus(words.copyBlocked);
    }
  };
  return (
    <div className="space-y-3">
      {shown.map(({ key, label, copyLabel, machine, text }) => (
        <div key={key}>
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-sm font-semibold">{label}</h3>
            <button
              type="button"
              onClick={() => void copy(key)}
              className="needs-script rounded border border-stone-400 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
            >
              {copyLabel}
            </button>
          </div>
          <pre
            translate={machine ? 'no' : undefined}
            className="mt-1 overflow-x-auto rounded border border-stone-200 bg-white p-2 text-xs whitespace-pre-wrap wrap-anywhere dark:border-stone-700 dark:bg-stone-900"
          >
            {text}
          </pre>
        </div>
      ))}
      {/* What a Copy button did: without the script there are no buttons, and no blank line. */}
      <p
        role="status"
        className="needs-script min-h-5 text-sm font-semibold text-emerald-800 dark:text-emerald-300"
      >
        {status}
      </p>
    </div>
  );
}
