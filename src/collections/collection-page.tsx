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
import * as words from './collection-page.words.tsx';
import { formatLocale } from '../corpus/formats.words.ts';

const count = new Intl.NumberFormat(formatLocale);
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
          <NotFound title={words.noSuchQuestion} detail={words.noQuestion(id)} />
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
          <NotFound title={words.noSuchParty} detail={words.noParty(id)} />
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
            {words.topicLead(
              perParty.map(({ party, n }) => words.partyAnswers(party.name, n, count.format)),
            )}
          </p>
          <PageLinks
            label={words.partyPages}
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
      relationsHeading={words.topicRelations}
      noRelation={words.topicNoRelation}
      matrixCaption={words.topicMatrix}
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
      title={words.partyTitle(party.name)}
      heading={words.partyHeading(<PartyBadge party={party} />, party.name)}
      lead={
        <>
          <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">
            {words.partyLead(
              total,
              speakers.map(({ speaker, n }) => words.speakerClaims(speaker.name, n, count.format)),
              count.format,
            )}
          </p>
          <PageLinks
            label={words.topicPages}
            links={index.meta.topics.map((topic) => ({
              href: topicPagePath(topic.id),
              key: topic.id,
              content: topic.title,
            }))}
          />
        </>
      }
      relationsHeading={words.partyRelations(party.name)}
      noRelation={words.partyNoRelation(party.name)}
      matrixCaption={words.partyMatrix(party.name)}
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
      <span className="font-semibold">{words.linksLabel(label)}</span>{' '}
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
  /** What the relations section says when none touches the page's claims. */
  noRelation: string;
  /** The caption of the matrix of the relations touching the page's claims. */
  matrixCaption: string;
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
  noRelation,
  matrixCaption,
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
          {words.allPositions}
        </AppLink>
      </p>
      <h1
        id="collection-heading"
        className="mt-2 flex flex-wrap items-center gap-x-3 text-2xl font-bold tracking-tight sm:text-3xl"
      >
        {heading}
      </h1>
      {lead}
      <Loaded result={result} failure={words.claimsNotLoaded} headingLevel={2}>
        {(comparison) => (
          <CollectionBody
            index={index}
            comparison={comparison}
            relationsHeading={relationsHeading}
            noRelation={noRelation}
            matrixCaption={matrixCaption}
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
  noRelation,
  matrixCaption,
  silence,
}: Pick<CollectionViewProps, 'relationsHeading' | 'noRelation' | 'matrixCaption' | 'silence'> & {
  index: MetaIndex;
  comparison: Comparison;
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
          {words.madeNoStatement(
            silence.who,
            silence.on.map((topic, i) => (
              <span key={topic.id}>
                {i > 0 && ', '}
                <AppLink href={topicPagePath(topic.id)} className="underline underline-offset-2">
                  {topic.title}
                </AppLink>
              </span>
            )),
          )}
        </p>
      )}
      {rest && (
        <p className="mt-2 print:hidden">
          {words.firstClaims(comparison.last, comparison.matching, count.format)}{' '}
          <AppLink href={rest} className={linkClass}>
            {words.theRest}
          </AppLink>
        </p>
      )}
      <RelationsSection
        graph={graph}
        heading={relationsHeading}
        noRelation={noRelation}
        matrixCaption={matrixCaption}
      />
    </>
  );
}

/** Who disputes whom among some claims: the picture, then the matrix, then each in words. */
function RelationsSection({
  graph,
  heading,
  noRelation,
  matrixCaption,
  headingLevel = 2,
}: {
  graph: RelationGraph;
  heading: string;
  noRelation: string;
  matrixCaption: string;
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
        <p className="mt-2 text-stone-700 dark:text-stone-300">{noRelation}</p>
      ) : (
        <>
          <p className="mt-1 max-w-3xl text-sm text-stone-700 dark:text-stone-300">
            {words.arrows}
          </p>
          <RelationMap graph={graph} label={heading} />
          {headingLevel === 2 && (
            <p className="mt-2 text-sm print:hidden">
              <AppLink href={relationsPagePath()} className={linkClass}>
                {words.acrossDossier}
              </AppLink>
            </p>
          )}
          <Sub className={subHeading}>{words.betweenParties}</Sub>
          <RelationMatrix graph={graph} caption={matrixCaption} />
          <Sub className={subHeading}>{words.inWords}</Sub>
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
      <DocumentTitle title={pageTitle(words.dossierRelations, siteName(index.meta.dossier))} />
      <p className="print:hidden">
        <AppLink href={backHref} className={`text-sm ${linkClass}`}>
          {words.allPositions}
        </AppLink>
      </p>
      <Loaded result={result} failure={words.relationsNotLoaded} headingLevel={1}>
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
        heading={words.dossierRelations}
        noRelation={words.dossierNoRelation}
        matrixCaption={words.dossierMatrix}
        headingLevel={1}
      />
      {comparison.pageCount > 1 && (
        <p className="mt-4 max-w-3xl">
          {words.firstRelations(comparison.last, comparison.matching, count.format, (text) => (
            <AppLink href={backHref} className={linkClass}>
              {text}
            </AppLink>
          ))}
        </p>
      )}
    </>
  );
}
