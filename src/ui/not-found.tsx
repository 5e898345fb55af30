import { useQuery } from '@tanstack/react-query';
import { metaQueryOptions } from '../corpus/corpus-query.ts';
import { pageTitle, siteName } from '../corpus/site-name.ts';
import { homePath } from '../lib/app-paths.ts';
import { AppLink } from './app-link.tsx';
import { DocumentTitle } from './document-title.tsx';
import * as words from './not-found.words.ts';

/** Props of {@link NotFound}. */
export type NotFoundProps = { title: string; detail: string };

/** A page for what does not exist, with a way back. */
export function NotFound({ title, detail }: NotFoundProps) {
  const dossier = useQuery(metaQueryOptions()).data?.meta.dossier;
  return (
    <div className="mx-auto max-w-2xl py-12">
      <DocumentTitle title={dossier ? pageTitle(title, siteName(dossier)) : title} />
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">{detail}</p>
      <p className="mt-6">
        <AppLink
          href={homePath()}
          className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300"
        >
          {words.backToComparison}
        </AppLink>
      </p>
    </div>
  );
}

/** The page of an address the app has no page for (loaded on demand, as it is seldom seen). */
export function PageNotFound() {
  return <NotFound title={words.pageNotFound} detail={words.nothingHere} />;
}
