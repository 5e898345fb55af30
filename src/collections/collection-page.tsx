import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { ClaimGrid } from '../claims/claim-grid.tsx';
import { cachedComparison, comparisonQueryOptions } from '../comparison/comparison-query.ts';
import {
  defaultSearch,
  serializeComparisonSearch,
  type ComparisonSearch,
} from '../comparison/comparison-search.ts';
import type { Comparison } from '../comparison/filter-claims.ts';
import { knownIds } from '../comparison/known-ids.ts';
import { useComparisonHref } from '../lib/last-comparison.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { Party, Topic } from '../corpus/schema.ts';
import { homePath, partyPagePath, relationsPagePath, topicPagePath } from '../lib/app-paths.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { relationGraph, type RelationGraph } from '../relations/relation-graph.ts';
import { RelationList, RelationMap, RelationMatrix } from '../relations/relation-views.tsx';
import { AppLink } from '../ui/app-link.tsx';
import { pageTitle, siteName } from '../corpus/site-name.ts';
import { DocumentTitle } from '../ui/document-title.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { collectionSearch } from './collection-search.ts';
import { Loaded, WithCorpus } from '../ui/with-corpus.tsx';

const count = new Intl.NumberFormat('en');
const sectionHeading = 'text-lg font-semibold sm:text-xl';
const subHeading = 'mt-6 text-base font-semibold';
const linkClass = 'font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300';

/** `/topics/<id>`: one question, every party's answers side by side, and who disputes whom. */
export function TopicPage({ id }: { id: string }) {
  return (
    <WithCorpus>
      {(index) => {
        const topic = index.topicById.get(id);
        return topic ? (
          <TopicView index={index} topic={topic} />
        ) : (
          <NotFound
            title="No such question"
            detail={`This dossier has no question “${id}”. The link may be mistyped or cut short.`}
          />
        );
      }}
    </WithCorpus>
  );
}

/** `/parties/<id>`: everything one party said, question by question, and whom it answered. */
export function PartyPage({ id }: { id: string }) {
  return (
    <WithCorpus>
      {(index) => {
        const party = index.partyById.get(id);
        return party ? (
          <PartyView index={index} party={party} />
        ) : (
          <NotFound
            title="No such party"
            detail={`This dossier has no party “${id}”. The link may be mistyped or cut short.`}
          />
        );
      }}
    </WithCorpus>
  );
}

function TopicView({ index, topic }: { index: MetaIndex; topic: Topic }) {
  const t = index.topicIndex.get(topic.id) ?? -1;
  const { parties } = index.meta;
  const perParty = parties.map((party, p) => ({ party, n: index.meta.counts[t]?.[p] ?? 0 }));
  return (
    <CollectionView
      index={index}
      search={collectionSearch('topic', topic.id)}
      title={topic.question}
      heading={topic.question}
      lead={
        <>
          {topic.note && <p className="mt-2 max-w-3xl">{topic.note}</p>}
          <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">
            Every party&apos;s answer to this question, side by side, each tied to the exact words
            of the archived source.{' '}
            {perParty
              .map(({ party, n }) => `${party.name}: ${n === 0 ? 'no statement' : count.format(n)}`)
              .join(' · ')}
            .
          </p>
          <PageLinks
            label="Everything one party said"
            links={parties.map((party) => ({
              href: partyPagePath(party.id),
              key: party.id,
              content: (
                <>
                  <PartyBadge party={party} /> {party.name}
                </>
              ),
            }))}
          />
        </>
      }
      relationsHeading="Who disputes whom on this question"
      scopeWords="the claims on this question"
    />
  );
}

function PartyView({ index, party }: { index: MetaIndex; party: Party }) {
  const speakers = index.meta.speakers
    .filter((speaker) => speaker.party === party.id)
    .map((speaker) => ({ speaker, n: index.claimCounts.speaker.get(speaker.id) ?? 0 }))
    .filter(({ n }) => n > 0);
  const total = index.claimCounts.party.get(party.id) ?? 0;
  const p = index.partyIndex.get(party.id) ?? -1;
  const silentOn = index.meta.topics.filter((_, t) => (index.meta.counts[t]?.[p] ?? 0) === 0);
  return (
    <CollectionView
      index={index}
      search={collectionSearch('party', party.id)}
      title={`Everything ${party.name} said`}
      heading={
        <>
          <PartyBadge party={party} /> Everything {party.name} said
        </>
      }
      lead={
        <>
          <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">
            {count.format(total)} claims, question by question, each tied to the exact words of the
            archived source. Speakers:{' '}
            {speakers.map(({ speaker, n }) => `${speaker.name} (${count.format(n)})`).join(', ')}.
          </p>
          <PageLinks
            label="Every party's answers to one question"
            links={index.meta.topics.map((topic) => ({
              href: topicPagePath(topic.id),
              key: topic.id,
              content: topic.title,
            }))}
          />
        </>
      }
      relationsHeading={`Whom ${party.name} disputes and backs, and who answers it`}
      scopeWords={`${party.name}'s claims`}
      silence={{ who: party.name, on: silentOn }}
    />
  );
}

/** Links to the other pages of one kind, in a line. */
function PageLinks({
  label,
  links,
}: {
  label: string;
  links: { href: string; key: string; content: ReactNode }[];
}) {
  return (
    <nav aria-label={label} className="mt-3 text-sm print:hidden">
      <span className="font-semibold">{label}:</span>{' '}
      <ul className="inline">
        {links.map(({ href, key, content }, i) => (
          <li key={key} className="inline">
            {i > 0 && <span aria-hidden="true"> · </span>}
            <AppLink href={href} className="underline underline-offset-2">
              {content}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type CollectionViewProps = {
  index: MetaIndex;
  search: ComparisonSearch;
  title: string;
  heading: ReactNode;
  lead: ReactNode;
  relationsHeading: string;
  /** The claims the page is about, in words: what the relations touch. */
  scopeWords: string;
  /**
   * The questions the page's one party said nothing on (a party's page): named in a line
   * after its answers, rather than each taking a row that says so before the answers.
   */
  silence?: { who: string; on: Topic[] };
};

/** A page of claims narrowed to a topic or a party: the cards, then their relations. */
function CollectionView({
  index,
  search,
  title,
  heading,
  lead,
  relationsHeading,
  scopeWords,
  silence,
}: CollectionViewProps) {
  const client = useQueryClient();
  const backHref = useComparisonHref();
  const result = useQuery({
    ...comparisonQueryOptions(search),
    initialData: () => cachedComparison(client, search),
  });
  return (
    <article aria-labelledby="collection-heading">
      <DocumentTitle title={pageTitle(title, siteName(index.meta.dossier))} />
      <p className="print:hidden">
        <AppLink href={backHref} className={`text-sm ${linkClass}`}>
          ← All positions
        </AppLink>
      </p>
      <h1
        id="collection-heading"
        className="mt-2 flex flex-wrap items-center gap-x-3 text-2xl font-bold tracking-tight sm:text-3xl"
      >
        {heading}
      </h1>
      {lead}
      <Loaded result={result} failure="The claims could not be loaded" headingLevel={2}>
        {(comparison) => (
          <CollectionBody
            index={index}
            comparison={comparison}
            relationsHeading={relationsHeading}
            scopeWords={scopeWords}
            silence={silence}
          />
        )}
      </Loaded>
    </article>
  );
}

function CollectionBody({
  index,
  comparison,
  relationsHeading,
  scopeWords,
  silence,
}: {
  index: MetaIndex;
  comparison: Comparison;
  relationsHeading: string;
  scopeWords: string;
  silence: CollectionViewProps['silence'];
}) {
  const grid = useMemo(() => {
    const silent = new Set(silence?.on.map((topic) => topic.id));
    return silent.size === 0
      ? comparison
      : { ...comparison, rows: comparison.rows.filter((row) => !silent.has(row.topic.id)) };
  }, [comparison, silence]);
  const graph = useMemo(
    () => relationGraph(comparison, index.meta.parties),
    [comparison, index.meta.parties],
  );
  const rest =
    comparison.pageCount > 1
      ? homePath(serializeComparisonSearch({ ...comparison.search, page: 2 }, knownIds(index.meta)))
      : undefined;
  return (
    <>
      <div className="mt-4">
        <ClaimGrid grid={grid} questionsShown={comparison.search.topic.length === 0} />
      </div>
      {silence && silence.on.length > 0 && (
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          {silence.who} made no statement in the sources on:{' '}
          {silence.on.map((topic, i) => (
            <span key={topic.id}>
              {i > 0 && ', '}
              <AppLink href={topicPagePath(topic.id)} className="underline underline-offset-2">
                {topic.title}
              </AppLink>
            </span>
          ))}
          .
        </p>
      )}
      {rest && (
        <p className="mt-2 print:hidden">
          These are the first {count.format(comparison.last)} of {count.format(comparison.matching)}{' '}
          claims.{' '}
          <AppLink href={rest} className={linkClass}>
            The rest, page by page, in the comparison
          </AppLink>
        </p>
      )}
      <RelationsSection graph={graph} heading={relationsHeading} scopeWords={scopeWords} />
    </>
  );
}

/** Who disputes whom among some claims: the picture, then the matrix, then each in words. */
function RelationsSection({
  graph,
  heading,
  scopeWords,
  headingLevel = 2,
}: {
  graph: RelationGraph;
  heading: string;
  scopeWords: string;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="relations-heading" className={headingLevel === 1 ? 'mt-2' : 'mt-10'}>
      <Heading
        id="relations-heading"
        className={
          headingLevel === 1 ? 'text-2xl font-bold tracking-tight sm:text-3xl' : sectionHeading
        }
      >
        {heading}
      </Heading>
      {graph.edges.length === 0 ? (
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          No relation is recorded between {scopeWords} and any other claim.
        </p>
      ) : (
        <>
          <p className="mt-1 max-w-3xl text-sm text-stone-700 dark:text-stone-300">
            Each arrow runs from a claim to the claim it disputes, backs, qualifies or adds detail
            to. Every box and arrow is a link; the list below says the same in words.
          </p>
          <RelationMap graph={graph} label={heading} />
          {headingLevel === 2 && (
            <p className="mt-2 text-sm print:hidden">
              <AppLink href={relationsPagePath()} className={linkClass}>
                Who disputes whom across the whole dossier
              </AppLink>
            </p>
          )}
          <Sub className={subHeading}>Between the parties</Sub>
          <RelationMatrix
            graph={graph}
            caption={`Relations touching ${scopeWords}, from the claims of the party in each row to those of the party in each column.`}
          />
          <Sub className={subHeading}>Each relation, in words</Sub>
          <RelationList graph={graph} />
        </>
      )}
    </section>
  );
}

/**
 * `/relations`: who disputes whom across the whole dossier, every relation of the comparison's
 * claims drawn at once, with the matrix and the list the topic and party pages have.
 */
export function RelationsPage() {
  return <WithCorpus>{(index) => <RelationsView index={index} />}</WithCorpus>;
}

function RelationsView({ index }: { index: MetaIndex }) {
  const client = useQueryClient();
  const backHref = useComparisonHref();
  const result = useQuery({
    ...comparisonQueryOptions(defaultSearch),
    initialData: () => cachedComparison(client, defaultSearch),
  });
  return (
    <article>
      <DocumentTitle title={pageTitle('Who disputes whom', siteName(index.meta.dossier))} />
      <p className="print:hidden">
        <AppLink href={backHref} className={`text-sm ${linkClass}`}>
          ← All positions
        </AppLink>
      </p>
      <Loaded result={result} failure="The relations could not be loaded" headingLevel={1}>
        {(comparison) => (
          <DossierRelations index={index} comparison={comparison} backHref={backHref} />
        )}
      </Loaded>
    </article>
  );
}

function DossierRelations({
  index,
  comparison,
  backHref,
}: {
  index: MetaIndex;
  comparison: Comparison;
  backHref: string;
}) {
  const graph = useMemo(
    () => relationGraph(comparison, index.meta.parties),
    [comparison, index.meta.parties],
  );
  return (
    <>
      <RelationsSection
        graph={graph}
        heading="Who disputes whom"
        scopeWords="the dossier's claims"
        headingLevel={1}
      />
      {comparison.pageCount > 1 && (
        <p className="mt-4 max-w-3xl">
          These are the relations of the first {count.format(comparison.last)} of{' '}
          {count.format(comparison.matching)} claims;{' '}
          <AppLink href={backHref} className={linkClass}>
            the comparison
          </AppLink>{' '}
          has the rest, page by page.
        </p>
      )}
    </>
  );
}
