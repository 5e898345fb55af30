import { sourcePath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import type { CompiledSource } from '../corpus/schema.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import * as words from './source-list.words.tsx';

/** Props of {@link SourceList}. */
export type SourceListProps = {
  /** The sources to list (the first ones, in a large corpus). */
  sources: CompiledSource[];
  /** How many sources the corpus has. */
  total: number;
};

/** The archived sources every quote was checked against, with the hash that pins each. */
export function SourceList({ sources, total }: SourceListProps) {
  return (
    <section
      aria-labelledby="sources-heading"
      className="text-sm text-stone-700 dark:text-stone-300"
    >
      <h2 id="sources-heading" className="font-semibold text-stone-900 dark:text-stone-100">
        {words.heading}
      </h2>
      <ul className="mt-2 space-y-2">
        {sources.map((source) => (
          <li key={source.id}>
            <cite className="not-italic">
              {source.url ? (
                <a href={source.url} className="underline">
                  {source.headline}
                </a>
              ) : (
                source.headline
              )}
            </cite>
            . {source.publisher}, {source.dateline && <>{source.dateline}, </>}
            <time dateTime={source.published}>{formatStatedAt(source.published)}</time>.{' '}
            {words.checked(<code className="text-xs break-all">{source.sha256}</code>)}{' '}
            <AppLink href={sourcePath(source.id)} className="underline print:hidden">
              {words.readArchived}
            </AppLink>
          </li>
        ))}
      </ul>
      {total > sources.length && (
        <p className="mt-2">{words.moreSources(total - sources.length)}</p>
      )}
    </section>
  );
}
