import { useQuery } from '@tanstack/react-query';
import { pageTitle, siteName } from '../corpus/site-name.ts';
import type { ClaimView, RelationView } from '../corpus/corpus-index.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { claimSliceQueryOptions } from '../corpus/corpus-query.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import { Loaded, WithCorpus } from '../ui/with-corpus.tsx';
import { claimPath } from '../lib/app-paths.ts';
import { useComparisonHref } from '../lib/last-comparison.ts';
import { AppLink } from '../ui/app-link.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { QuoteInContext } from './quote-in-context.tsx';
import { SpeechLabel } from './speech-label.tsx';
import { firstAppearance } from '../corpus/appearances.ts';
import { CiteThisClaim } from './cite-this-claim.tsx';
import { OtherAnswers } from './other-answers.tsx';
import { ClaimHeading } from './claim-heading.tsx';
import { RelationLinks } from './relation-links.tsx';
import { ShareActions } from './share-actions.tsx';
import { DocumentTitle } from '../ui/document-title.tsx';
import { TranslationBeside } from './translation-beside.tsx';
import { CorrectionsNotice } from './corrections-notice.tsx';
import { readingTranslation } from '../corpus/translation.ts';
import type { CompiledSource } from '../corpus/schema.ts';
import * as words from './claim-page.words.tsx';

/** Props of {@link ClaimPage}. */
export type ClaimPageProps = { id: string };

/** `/claims/<id>`: one claim in context, its relations, the other answers, and sharing. */
export function ClaimPage({ id }: ClaimPageProps) {
  const slice = useQuery(claimSliceQueryOptions(id));
  const notFound = <NotFound title={words.notFound} detail={words.notFoundDetail(id)} />;
  return (
    <WithCorpus>
      {(index) => (
        <Loaded result={slice} failure={words.loadFailed} missing={notFound}>
          {(slice) => {
            const view = slice.claimById.get(id);
            if (!view) return notFound;
            const relations = slice.relationsByClaim.get(id) ?? [];
            return <ClaimDetail view={view} relations={relations} index={index} />;
          }}
        </Loaded>
      )}
    </WithCorpus>
  );
}

const sectionHeading = 'text-lg font-semibold';

function ClaimDetail({
  view,
  relations,
  index,
}: {
  view: ClaimView;
  relations: RelationView[];
  index: MetaIndex;
}) {
  const { claim, topic, source } = view;
  // Every source the claim appears in, its first first, each with its words there.
  const appearances = [{ source, appearance: firstAppearance(claim) }, ...view.alsoIn];
  const onTopic = index.claimCounts.topic.get(topic.id) ?? 0;
  const backHref = useComparisonHref();
  return (
    <article aria-labelledby="claim-heading">
      <DocumentTitle title={pageTitle(claim.summary, siteName(index.meta.dossier))} />
      <p className="print:hidden">
        <AppLink
          href={backHref}
          className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
        >
          {words.allClaims}
        </AppLink>
      </p>
      <ClaimHeading view={view} />
      <CorrectionsNotice corrections={claim.corrections ?? []} />

      <div className="mt-8 grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="context-heading">
          <h2 id="context-heading" className={sectionHeading}>
            {appearances.length > 1 ? words.inSources(appearances.length) : words.inTheSource}
          </h2>
          {appearances.length > 1 && (
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{words.sameStatement}</p>
          )}
          {appearances.map(({ source, appearance }) => (
            <div
              key={source.id}
              className="mt-6 border-t border-stone-200 pt-4 first-of-type:mt-1 first-of-type:border-0 first-of-type:pt-0 dark:border-stone-800"
            >
              <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">
                {sourceLine(source)}
                {appearances.length > 1 && (
                  <>
                    {' '}
                    <SpeechLabel speech={appearance.speech} />
                  </>
                )}
              </p>
              <QuoteInContext claimId={claim.id} source={source} appearance={appearance} />
              {translationsOf(view, source).map((translation) => (
                <TranslationBeside
                  key={translation.translation.id}
                  view={translation}
                  from={source.language}
                  language={view.language}
                  claimId={claim.id}
                />
              ))}
            </div>
          ))}
        </section>
        <section aria-labelledby="share-heading" className="print:hidden">
          <h2 id="share-heading" className={sectionHeading}>
            {words.shareThisClaim}
          </h2>
          <div className="mt-3">
            <ShareActions view={view} path={claimPath(claim.id)} />
          </div>
          <h2 id="cite-heading" className={`${sectionHeading} mt-6`}>
            {words.citeThisClaim}
          </h2>
          <div className="mt-3">
            <CiteThisClaim view={view} path={claimPath(claim.id)} />
          </div>
        </section>
      </div>

      <section aria-labelledby="relations-heading" className="mt-8">
        <h2 id="relations-heading" className={sectionHeading}>
          {words.relationsHeading}
        </h2>
        <div className="mt-3">
          {relations.length > 0 ? (
            <RelationLinks relations={relations} withNotes />
          ) : (
            <p className="text-sm text-stone-600 dark:text-stone-400">{words.noRelation}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="others-heading" className="mt-8">
        <h2 id="others-heading" className={sectionHeading}>
          {words.othersHeading}
        </h2>
        <div className="mt-2">
          <OtherAnswers view={view} relations={relations} onTopic={onTopic} />
        </div>
      </section>
    </article>
  );
}

/** A source's headline, publisher, dateline (when it has one) and date, above its words. */
function sourceLine(source: CompiledSource) {
  const headline = (
    <cite lang={source.language} className="not-italic font-semibold">
      {source.headline}
    </cite>
  );
  const date = <time dateTime={source.published}>{formatStatedAt(source.published)}</time>;
  return source.dateline
    ? words.sourceLineWithDateline(headline, source.publisher, source.dateline, date)
    : words.sourceLine(headline, source.publisher, date);
}

/**
 * Every translation of the claim's words in one source: the one readers get first (see
 * `readingTranslation`), then the others as authored, into any language.
 */
function translationsOf(view: ClaimView, source: CompiledSource) {
  const first = readingTranslation(view.translations, source, view.language);
  const others = view.translations.filter(
    (one) => one.translation.of === source.id && one !== first,
  );
  return first ? [first, ...others] : others;
}
