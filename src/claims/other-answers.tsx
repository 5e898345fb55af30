import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, Suspense, useMemo } from 'react';
import type { ClaimView, RelationView } from '../corpus/corpus-index.ts';
import { topicPath } from '../lib/app-paths.ts';
import { useKeptQuery } from '../lib/use-kept-query.ts';
import { AppLink } from '../ui/app-link.tsx';
import { ErrorPanel } from '../ui/error-panel.tsx';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import { ClaimGrid, type ClaimGridData } from './claim-grid.tsx';
import { cachedTopicAnswers, topicAnswersQueryOptions, withClaim } from './topic-answers-query.ts';
import * as words from './other-answers.words.ts';

/** Props of {@link OtherAnswers}. */
export type OtherAnswersProps = {
  view: ClaimView;
  relations: RelationView[];
  /** Claims on the claim's question, in all. */
  onTopic: number;
};

/** The query of every party's first answers on the claim's question, from the cache if there. */
function useAnswersOptions(topicId: string) {
  const client = useQueryClient();
  return {
    ...topicAnswersQueryOptions(topicId),
    initialData: () => cachedTopicAnswers(client, topicId),
  };
}

/**
 * Every party's answer to the claim's question, side by side, with the claim among them. Its
 * files do not come with the page: a prerendered page keeps this part's text and links as
 * built until they arrive, then it comes alive. If they fail, the text stays and a notice
 * above it names what failed, with a Retry.
 */
export const OtherAnswers = memo(function OtherAnswers({
  view,
  relations,
  onTopic,
}: OtherAnswersProps) {
  const options = useAnswersOptions(view.topic.id);
  const { error, refetch, isFetching } = useQuery(options);
  // The same element on every render: a boundary still showing the server's HTML that got new
  // props would be rendered afresh, its text traded for the fallback.
  const answers = useMemo(
    () => (
      <Suspense fallback={<LoadingSkeleton />}>
        <Answers view={view} relations={relations} onTopic={onTopic} />
      </Suspense>
    ),
    [view, relations, onTopic],
  );
  return (
    <>
      {error && (
        <div className="mb-3">
          <ErrorPanel
            title={words.loadFailed}
            error={error}
            onRetry={() => void refetch()}
            retrying={isFetching}
          />
        </div>
      )}
      {answers}
    </>
  );
});

function Answers({ view, relations, onTopic }: OtherAnswersProps) {
  // The claim the page is about is always among the answers shown.
  const answers = useKeptQuery({
    ...useAnswersOptions(view.topic.id),
    select: (grid: ClaimGridData) => withClaim(grid, view, relations),
  });
  return (
    <>
      <ClaimGrid grid={answers} currentClaimId={view.claim.id} questionLevel={3} />
      {onTopic > countShown(answers) && (
        <p className="mt-2 print:hidden">
          <AppLink
            href={topicPath(view.topic.id)}
            className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
          >
            {words.allOnQuestion(onTopic)}
          </AppLink>
        </p>
      )}
    </>
  );
}

/** How many claims a grid shows. */
function countShown(grid: ClaimGridData) {
  return grid.rows.reduce(
    (sum, row) => sum + row.cells.reduce((cells, cell) => cells + cell.claims.length, 0),
    0,
  );
}
