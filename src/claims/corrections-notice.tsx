import type { Correction } from '../corpus/schema.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import { correctionAnchor, correctionsAnchor } from '../lib/app-paths.ts';
import * as words from './corrections-notice.words.tsx';

/**
 * A corrected claim's notice, under its heading: each correction made since it was first
 * published, with the day it was made and why, oldest first. The reasons are our words, set
 * as our note, never as a quote. Nothing for a claim never corrected.
 */
export function CorrectionsNotice({ corrections }: { corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <aside
      id={correctionsAnchor}
      aria-labelledby="corrections-heading"
      className="mt-6 scroll-mt-20 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-sm text-stone-900 dark:border-amber-400 dark:bg-amber-950/40 dark:text-stone-100"
    >
      <h2 id="corrections-heading" className="font-semibold">
        {words.heading(corrections.length)}
      </h2>
      <ul className="mt-1 space-y-1">
        {corrections.map((correction, i) => (
          <li key={i} id={correctionAnchor(i)}>
            {words.correction(
              <time dateTime={correction.date}>{formatStatedAt(correction.date)}</time>,
              correction.reason,
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
