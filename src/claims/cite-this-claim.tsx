import { useState } from 'react';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { citeBibtex, citePlainText } from '../exports/cite-claim.ts';
import { permalinkTo } from '../lib/app-paths.ts';
import { currentOrigin, useSiteOrigin } from '../lib/site-origin.ts';
import { isoDate } from '../lib/iso-date.ts';
import { useToday } from '../lib/today.ts';

/** Props of {@link CiteThisClaim}. */
export type CiteThisClaimProps = { view: ClaimView; path: string };

/**
 * "Cite this claim": plain text and BibTeX citing the source, naming who it quotes or reports
 * on, with the permalink and the day it was read (once the page runs in the reader's browser).
 */
export function CiteThisClaim({ view, path }: CiteThisClaimProps) {
  const [status, setStatus] = useState('');
  const citations = (permalink: string, accessed?: string) => [
    { label: 'Plain text', text: citePlainText(view, permalink, accessed) },
    { label: 'BibTeX', text: citeBibtex(view, permalink, accessed).trimEnd() },
  ];
  const shown = citations(permalinkTo(path, useSiteOrigin()), useToday());
  const copy = async (label: string) => {
    // Built at the click, so a click during hydration still has the permalink and the day.
    const text =
      citations(permalinkTo(path, currentOrigin()), isoDate(new Date())).find(
        (c) => c.label === label,
      )?.text ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${label} citation copied.`);
    } catch {
      setStatus('Copying was blocked by the browser; select the citation and copy it.');
    }
  };
  return (
    <div className="space-y-3">
      {shown.map(({ label, text }) => (
        <div key={label}>
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-sm font-semibold">{label}</h3>
            <button
              type="button"
              onClick={() => void copy(label)}
              className="needs-script rounded border border-stone-400 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
            >
              Copy {label === 'BibTeX' ? 'BibTeX' : 'citation'}
            </button>
          </div>
          <pre className="mt-1 overflow-x-auto rounded border border-stone-200 bg-white p-2 text-xs whitespace-pre-wrap wrap-anywhere dark:border-stone-700 dark:bg-stone-900">
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
