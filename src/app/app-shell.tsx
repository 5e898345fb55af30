import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { metaQueryOptions } from '../corpus/corpus-query.ts';
import { homePath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import { siteHome } from '../lib/site-home.ts';
import { PrintedPermalink } from './printed-permalink.tsx';
import { SkipLinks } from './skip-links.tsx';
import { sourceList } from './source-list-part.ts';
import { ThemeToggle } from './theme-toggle.tsx';
import * as words from './app-shell.words.ts';

/** Props of {@link AppShell}. */
export type AppShellProps = { children: ReactNode };

/**
 * Skip links, site header with the theme toggle, the page, its permalink and citation on paper,
 * and the sources in the footer.
 */
export function AppShell({ children }: AppShellProps) {
  const corpus = useQuery(metaQueryOptions());
  const dossier = corpus.data?.meta.dossier;
  return (
    <>
      <SkipLinks />
      <header className="border-b border-stone-200 bg-white print:border-0 dark:border-stone-800 dark:bg-stone-900">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          {siteHome && (
            // The site of several dossiers this one is part of: outside the dossier's router.
            <a
              href={siteHome.path}
              className="text-sm font-semibold text-sky-800 underline dark:text-sky-300"
            >
              {words.siteHome(siteHome.name)}
            </a>
          )}
          <AppLink href={homePath()} className="font-semibold tracking-tight">
            {dossier ? (
              <>
                {dossier.name}{' '}
                <span className="font-normal text-stone-600 dark:text-stone-400">
                  · {dossier.tagline}
                </span>
              </>
            ) : (
              // Only when the dossier's index could not be loaded (the page says why).
              words.home
            )}
          </AppLink>
          <ThemeToggle />
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-screen-2xl px-4 py-6 outline-none sm:px-6"
      >
        {children}
      </main>
      {dossier && <PrintedPermalink dossier={dossier} />}
      {corpus.data && (
        <footer className="border-t border-stone-200 dark:border-stone-800">
          <div className="mx-auto max-w-screen-2xl px-4 py-6 sm:px-6">
            <sourceList.Part
              sources={corpus.data.meta.sources}
              total={corpus.data.meta.sourceCount}
            />
          </div>
        </footer>
      )}
    </>
  );
}
