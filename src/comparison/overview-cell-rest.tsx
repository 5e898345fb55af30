import { useQueries } from '@tanstack/react-query';
import { GlanceWho } from '../claims/glance-who.tsx';
import { chunkQueryOptions } from '../corpus/corpus-query.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { glanceWords } from '../corpus/glance-words.ts';
import { claimTranslation } from '../corpus/translation.ts';
import { cellPositions, chunksOf } from '../corpus/layout.ts';
import { claimPath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import * as words from './overview-cell-rest.words.ts';

/** Props of {@link OverviewCellRest}. */
export type OverviewCellRestProps = {
  index: MetaIndex;
  topic: number;
  party: number;
  /** The claims the cell already shows, left out here. */
  shown: readonly string[];
  /** Where the cell's claims are without this part: the comparison filtered to the cell. */
  href: string;
};

/**
 * The rest of a capped cell of the overview, opened in place: its other claims in lines of
 * their own, from the chunk files that hold them (loaded on opening, so `/` does not carry
 * them), in display order.
 */
export function OverviewCellRest({ index, topic, party, shown, href }: OverviewCellRestProps) {
  const size = index.meta.chunkSize;
  const positions = cellPositions(index.layout, topic, party);
  const chunks = chunksOf(positions, size);
  const results = useQueries({ queries: chunks.map((n) => chunkQueryOptions(n)) });
  if (results.some((result) => result.isError)) {
    return (
      <li role="alert">
        {words.notLoaded}{' '}
        <AppLink href={href} className="underline">
          {words.seeInComparison}
        </AppLink>
      </li>
    );
  }
  if (results.some((result) => !result.data)) return <li role="status">{words.loading}</li>;
  const chunkAt = new Map(chunks.map((n, i) => [n, results[i]?.data]));
  const views = positions.flatMap((position) => {
    const view = chunkAt.get(Math.floor(position / size))?.claims[position % size];
    return view && !shown.includes(view.claim.id) ? [view] : [];
  });
  return views.map((view) => {
    const { claim, speaker, source } = view;
    return (
      <li key={claim.id} className="leading-snug">
        <AppLink
          href={claimPath(claim.id)}
          className="font-medium text-stone-950 underline-offset-2 hover:underline dark:text-stone-50"
        >
          {claim.short ?? claim.summary}
        </AppLink>{' '}
        <span className="text-stone-700 dark:text-stone-300">
          —{' '}
          <GlanceWho
            name={speaker.name}
            words={glanceWords(claim, source.publisher, claimTranslation(view))}
          />
        </span>
      </li>
    );
  });
}
