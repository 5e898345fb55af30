import { useLocation } from 'wouter';
import type { Dossier } from '../corpus/schema.ts';
import { siteName } from '../corpus/site-name.ts';
import { permalinkTo } from '../lib/app-paths.ts';
import { useSiteOrigin } from '../lib/site-origin.ts';
import { citePage } from '../sharing/page-citation.ts';
import { matchPath } from './routes.ts';
import * as words from './printed-permalink.words.ts';

/** Props of {@link PrintedPermalink}. */
export type PrintedPermalinkProps = { dossier: Pick<Dossier, 'name' | 'tagline'> };

/**
 * The page's permalink and a one-line citation, on paper only: a printout must say where it
 * came from. Its address is the page's canonical one (the path without its search, as the
 * head's canonical link has it), absolute, on the origin every permalink uses; in the
 * prerendered markup, so a page printed without JavaScript has it too. The page of unknown
 * addresses has no address of its own, and prints none.
 */
export function PrintedPermalink({ dossier }: PrintedPermalinkProps) {
  const [path] = useLocation();
  const origin = useSiteOrigin();
  if (matchPath(path).route.pattern === undefined) return null;
  const permalink = permalinkTo(path, origin);
  return (
    <div className="printed-permalink mx-auto hidden max-w-screen-2xl px-4 sm:px-6 print:block">
      <p>
        {words.permalink} <span className="break-all">{permalink}</span>
      </p>
      <p>
        {words.citeAs} {citePage(siteName(dossier), permalink)}
      </p>
    </div>
  );
}
