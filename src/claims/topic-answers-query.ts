import { dossierKey } from '../corpus/dossier-key.ts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  cachedPositions,
  composedQuery,
  madeOfFileQueries,
  type Composed,
} from '../corpus/composed-query.ts';
import type { ClaimView, RelationView } from '../corpus/corpus-index.ts';
import { metaQueryOptions } from '../corpus/corpus-query.ts';
import { topicPreview } from '../corpus/layout.ts';
import type { ClaimGridData } from './claim-grid.tsx';

/** Claims of each party shown under "every party's answer" on a claim's page. */
const answersPerParty = 4;

/**
 * Every party's first answers to one question: a grid of one row (none for an unknown topic),
 * a cell per party, composed from the index and the chunks that hold them.
 */
function topicAnswersComposed(topicId: string) {
  return composedQuery((client): Composed<ClaimGridData> => {
    const meta = metaQueryOptions();
    const index = client.getQueryData(meta.queryKey);
    if (!index) return { missing: [(c) => c.ensureQueryData(meta)] };
    const t = index.topicIndex.get(topicId);
    const topic = t === undefined ? undefined : index.meta.topics[t];
    const positions = t === undefined ? [] : topicPreview(index.layout, t, answersPerParty);
    const { missing, viewAt, relationsOf } = cachedPositions(client, index, positions);
    if (missing.length > 0) return { missing };
    const { parties } = index.meta;
    const byParty = parties.map((): ClaimView[] => []);
    const relationsByClaim = new Map<string, RelationView[]>();
    for (const position of positions) {
      const view = viewAt(position);
      const p = index.layout.partyAt[position] ?? -1;
      // Guards against a chunk out of step with the index: never a claim in the wrong cell.
      if (!view || view.topic.id !== topicId || view.party.id !== parties[p]?.id) continue;
      byParty[p]?.push(view);
      relationsByClaim.set(view.claim.id, relationsOf(view.claim.id) ?? []);
    }
    const rows =
      t === undefined || !topic
        ? []
        : [
            {
              topic,
              continued: false,
              continues: false,
              cells: parties.map((party, p) => {
                const total = index.meta.counts[t]?.[p] ?? 0;
                return { party, claims: byParty[p] ?? [], total, matching: total };
              }),
            },
          ];
    return { data: { parties, rows, relationsByClaim } };
  });
}

/** Every party's first answers to a question, for a claim's page. */
export function topicAnswersQueryOptions(topicId: string) {
  return queryOptions({
    queryKey: [dossierKey, 'topic-answers', topicId],
    ...madeOfFileQueries,
    queryFn: topicAnswersComposed(topicId).queryFn,
    staleTime: Infinity,
  });
}

/** A question's answers, if every file they need is already cached (else undefined). */
export function cachedTopicAnswers(client: QueryClient, topicId: string) {
  return topicAnswersComposed(topicId).fromCache(client);
}

/** The answers with one claim in its party's cell, if it is not there already. */
export function withClaim(
  answers: ClaimGridData,
  view: ClaimView,
  relations: RelationView[],
): ClaimGridData {
  const shown = answers.rows.some((row) =>
    row.cells.some((cell) => cell.claims.some((other) => other.claim.id === view.claim.id)),
  );
  if (shown) return answers;
  return {
    ...answers,
    rows: answers.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) =>
        cell.party.id === view.party.id ? { ...cell, claims: [...cell.claims, view] } : cell,
      ),
    })),
    relationsByClaim: new Map([...answers.relationsByClaim, [view.claim.id, relations]]),
  };
}
