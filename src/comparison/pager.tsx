import { AppLink } from '../ui/app-link.tsx';
import type { Comparison } from './filter-claims.ts';
import { pagesToOffer, scrollToResults } from './page-numbers.ts';
import * as words from './pager.words.tsx';
import { formatLocale } from '../corpus/formats.words.ts';

/** Props of {@link Pager}. */
export type PagerProps = {
  comparison: Pick<Comparison, 'page' | 'pageCount' | 'first' | 'last' | 'matching'>;
  /** The address of a page. */
  hrefOf: (page: number) => string;
  /** Names the navigation landmark; two pagers on a page need different names. */
  label: string;
};

const numberFormat = new Intl.NumberFormat(formatLocale);
const unseen = (text: string) => <span className="sr-only">{text}</span>;

/**
 * Links to the other pages of a long comparison: real links with the page in the address, so a
 * page can be shared, opened in a new tab and read without JavaScript. Moving to another page
 * brings the reader back to the top of the results.
 */
export function Pager({ comparison, hrefOf, label }: PagerProps) {
  const { page, pageCount, first, last, matching } = comparison;
  if (pageCount <= 1) return null;
  const toResults = scrollToResults;
  const linkClass =
    'inline-block min-w-9 rounded border border-stone-400 px-2 py-1 text-center font-medium hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800';
  const offered = pagesToOffer(page, pageCount);
  // Each link starts loading its page when pointed at (see AppLink).
  const linkTo = (n: number) => ({ href: hrefOf(n), onClick: toResults });
  return (
    <nav aria-label={label} className="my-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p>{words.claimsShown(first, last, matching, numberFormat.format)}</p>
      <ul className="flex flex-wrap items-center gap-1.5 print:hidden">
        {page > 1 && (
          <li>
            <AppLink {...linkTo(page - 1)} className={linkClass} rel="prev">
              {words.previous}
            </AppLink>
          </li>
        )}
        {offered.map((n, i) => (
          <li key={n} className="flex items-center gap-1.5">
            {i > 0 && n - (offered[i - 1] ?? n) > 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <span
                aria-current="page"
                className={`${linkClass} border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-stone-950`}
              >
                {words.page(n, unseen)}
              </span>
            ) : (
              <AppLink {...linkTo(n)} className={linkClass}>
                {words.page(n, unseen)}
              </AppLink>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <AppLink {...linkTo(page + 1)} className={linkClass} rel="next">
              {words.next}
            </AppLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
