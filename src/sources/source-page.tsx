import { useEffect, useMemo, useRef } from 'react';
import { pageTitle, siteName } from '../corpus/site-name.ts';
import { useLocation, useSearch } from 'wouter';
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import type { ClaimView, ResolvedClaims } from '../corpus/corpus-index.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { sourceSliceQueryOptions } from '../corpus/corpus-query.ts';
import type { CompiledSource, Direction } from '../corpus/schema.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import { Loaded, WithCorpus } from '../ui/with-corpus.tsx';
import { PartyBadge } from '../parties/party-badge.tsx';
import { partyStyle } from '../parties/party-style.ts';
import { claimPath, homePath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { appearanceIn } from '../corpus/appearances.ts';
import { segmentSource } from './source-segments.ts';
import { SourceProvenance } from './source-provenance.tsx';
import { WithSourceText } from './with-source-text.tsx';
import { DocumentTitle } from '../ui/document-title.tsx';
import * as words from './source-page.words.tsx';

/** The source reader's search params: `?claim=<id>` scrolls to and focuses that quote. */
const sourceSearchSchema = z.object({ claim: z.catch(z.optional(z.string()), undefined) });

/** Props of {@link SourcePage}. */
export type SourcePageProps = { id: string };

/** `/sources/<id>`: the archived text with every claim's quote marked and linked. */
export function SourcePage({ id }: SourcePageProps) {
  const slice = useQuery(sourceSliceQueryOptions(id));
  const notFound = <NotFound title={words.noSuchSource} detail={words.noSuchSourceDetail(id)} />;
  return (
    <WithCorpus>
      {(index) => (
        <Loaded result={slice} failure={words.loadFailed} missing={notFound}>
          {(slice) => {
            const source = slice.sourceById.get(id);
            return source ? <SourceReader source={source} slice={slice} index={index} /> : notFound;
          }}
        </Loaded>
      )}
    </WithCorpus>
  );
}

function SourceReader({
  source,
  slice,
  index,
}: {
  source: CompiledSource;
  slice: ResolvedClaims;
  index: MetaIndex;
}) {
  const params = Object.fromEntries(new URLSearchParams(useSearch()));
  const focusClaim = sourceSearchSchema.parse(params).claim;
  const claims = slice.claims;
  // Quoted here, or translated: a translation this source publishes is its words, not theirs.
  const quoted = claims.filter((view) => appearanceIn(view.claim, source.id)).length;
  const translated = claims.filter((view) =>
    view.translations.some(
      ({ translation }) => 'source' in translation && translation.source === source.id,
    ),
  ).length;
  const partiesQuoted = index.meta.parties.filter((party) =>
    claims.some((view) => view.party.id === party.id && appearanceIn(view.claim, source.id)),
  );
  return (
    <article aria-labelledby="source-heading">
      <DocumentTitle title={pageTitle(source.headline, siteName(index.meta.dossier))} />
      <p className="print:hidden">
        <AppLink
          href={homePath()}
          className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
        >
          {words.allClaims}
        </AppLink>
      </p>
      <p className="mt-4 text-sm font-medium text-stone-600 dark:text-stone-400">
        {words.archivedSource}
      </p>
      <h1
        id="source-heading"
        lang={source.language}
        dir={source.direction}
        className="mt-1 max-w-4xl text-2xl font-bold tracking-tight sm:text-3xl"
      >
        {source.headline}
      </h1>
      <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {source.byline && <>{words.byline(source.byline)} </>}
        {source.publisher}, {source.dateline && <>{source.dateline}, </>}
        <time dateTime={source.published}>{formatStatedAt(source.published)}</time>.{' '}
        {source.url ? (
          <a href={source.url} className="underline">
            {words.originalPage}
          </a>
        ) : (
          words.noWebAddress
        )}
      </p>
      <p className="mt-1 text-xs break-all text-stone-600 dark:text-stone-400">
        {words.archivedHash(<code>{source.sha256}</code>)}
      </p>
      <SourceProvenance source={source} />
      <div className="mt-4 max-w-3xl rounded border border-stone-200 p-3 text-sm dark:border-stone-700">
        <p>{words.marked(quoted, translated)}</p>
        {partiesQuoted.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-3" aria-label={words.partiesQuoted}>
            {partiesQuoted.map((party) => (
              <li key={party.id} className="flex items-center gap-1.5">
                <PartyBadge party={party} /> {party.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mt-6 max-w-3xl">
        <WithSourceText source={source}>
          {(text) => (
            <MarkedText
              sourceText={text}
              sourceId={source.id}
              language={source.language}
              direction={source.direction}
              pageLanguage={index.meta.dossier.language}
              claims={claims}
              focusClaim={focusClaim}
            />
          )}
        </WithSourceText>
      </div>
    </article>
  );
}

function MarkedText({
  sourceText,
  sourceId,
  language,
  direction,
  pageLanguage,
  claims,
  focusClaim,
}: {
  sourceText: string;
  sourceId: string;
  /** The text's language and direction, which screen readers, fonts and the workbench follow. */
  language: string;
  direction: Direction;
  /** The page's language, that of the links to claims set in the text. */
  pageLanguage: string;
  claims: ClaimView[];
  focusClaim: string | undefined;
}) {
  const paragraphs = useMemo(
    () => segmentSource(sourceText, claims, sourceId),
    [sourceText, claims, sourceId],
  );
  const [, navigate] = useLocation();
  const target = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
    target.current?.focus({ preventScroll: true });
  }, [focusClaim, paragraphs]);

  return (
    <div
      data-source-text
      lang={language}
      dir={direction}
      className="space-y-4 font-serif text-lg leading-relaxed"
    >
      {paragraphs.map((paragraph, p) => (
        <p key={p}>
          {paragraph.segments.map((segment, s) => {
            const innermost = segment.claims.at(-1);
            const translationLinks = segment.translationStarts.map((view) => (
              <AppLink
                key={`translation-${view.claim.id}`}
                ref={
                  view.claim.id === focusClaim && !appearanceIn(view.claim, sourceId)
                    ? target
                    : undefined
                }
                href={claimPath(view.claim.id)}
                lang={pageLanguage}
                aria-label={words.translationLink(
                  view.party.label,
                  view.speaker.name,
                  view.claim.summary,
                )}
                className={`mr-0.5 inline-block rounded border border-dashed px-1 align-middle font-sans text-[0.65rem] font-bold uppercase ${partyStyle(view.party).badge} ${view.claim.id === focusClaim ? 'outline-2 outline-offset-2 outline-sky-600' : ''}`}
              >
                {words.translationMark(view.party.label)}
              </AppLink>
            ));
            const links = segment.starts.map((view) => (
              <AppLink
                key={view.claim.id}
                ref={view.claim.id === focusClaim ? target : undefined}
                href={claimPath(view.claim.id)}
                lang={pageLanguage}
                aria-label={words.quoteLink(
                  view.party.label,
                  view.speaker.name,
                  view.claim.summary,
                )}
                className={`mr-0.5 inline-block rounded px-1 align-middle font-sans text-[0.65rem] font-bold uppercase ring-1 ring-inset ${partyStyle(view.party).badge} ${view.claim.id === focusClaim ? 'outline-2 outline-offset-2 outline-sky-600' : ''}`}
              >
                {view.party.label}
              </AppLink>
            ));
            const translatedHere = segment.translations.at(-1);
            if (!innermost && translatedHere) {
              // The source's own words, translating a claim's: marked, never as the speaker's.
              const focused = segment.translations.some((view) => view.claim.id === focusClaim);
              return (
                <span key={s}>
                  {translationLinks}
                  {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/click-events-have-key-events */}
                  <mark
                    onClick={() => {
                      if (window.getSelection()?.isCollapsed === false) return;
                      navigate(claimPath(translatedHere.claim.id));
                    }}
                    title={words.translationTitle(
                      translatedHere.speaker.name,
                      translatedHere.claim.summary,
                    )}
                    className={`cursor-pointer rounded-sm border-b-2 border-dashed px-0.5 text-stone-950 ${partyStyle(translatedHere.party).rule} ${focused ? 'bg-sky-200' : 'bg-sky-50 dark:bg-sky-100'}`}
                  >
                    {segment.text}
                  </mark>
                </span>
              );
            }
            if (!innermost) return <span key={s}>{segment.text}</span>;
            const focused = segment.claims.some((view) => view.claim.id === focusClaim);
            return (
              <span key={s}>
                {translationLinks}
                {links}
                {/* A mouse shortcut only: the link before each quote is the keyboard's way in. A
                    drag that selects words inside the quote (to copy them, or in the author's
                    workbench to quote them) is a selection, not a click on the quote. */}
                {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/click-events-have-key-events */}
                <mark
                  onClick={() => {
                    if (window.getSelection()?.isCollapsed === false) return;
                    navigate(claimPath(innermost.claim.id));
                  }}
                  title={innermost.claim.summary}
                  className={`cursor-pointer rounded-sm border-b-2 px-0.5 text-stone-950 ${partyStyle(innermost.party).rule} ${focused ? 'bg-yellow-300' : 'bg-yellow-100 dark:bg-yellow-100'} ${segment.claims.length > 1 ? 'underline decoration-2' : ''}`}
                >
                  {segment.text}
                </mark>
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
