import { useState } from 'react';
import { homePath, permalinkTo } from '../lib/app-paths.ts';
import { useSiteOrigin } from '../lib/site-origin.ts';
import { AppLink } from '../ui/app-link.tsx';
import * as words from './view-bar.words.ts';

/** Props of {@link ViewBar}. */
export type ViewBarProps = {
  /** The filters in force, in words ("Parties: Dockers' union · Search: “turnout”"). */
  filters: string;
  /** How many claims they keep, in words ("5 of 34 claims match"), or undefined while counted. */
  count: string | undefined;
  /** The view's path, as the address has it (its filters in corpus order). */
  path: string;
};

const control =
  'inline-flex min-h-6 items-center rounded border border-sky-400 px-2 font-semibold underline-offset-2 hover:underline dark:border-sky-600';

/**
 * What a filtered or searched address shows, said first: the filters and how many claims they
 * keep, with a way back to every claim and the view's own link to copy (the address as it
 * stands, absolute, on the origin every permalink uses).
 */
export function ViewBar({ filters, count, path }: ViewBarProps) {
  const link = permalinkTo(path, useSiteOrigin());
  const [copied, setCopied] = useState<string>();
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setCopied(words.linkCopied),
      () => setCopied(words.copyThisLink(link)),
    );
  return (
    <section
      aria-label={words.thisView}
      className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 print:border-0 print:bg-transparent print:p-0 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50"
    >
      <p>
        <strong>{filters}</strong>
        {count && ` · ${count}`}
      </p>
      <AppLink href={homePath()} className={control}>
        {words.clear}
      </AppLink>
      <button type="button" onClick={() => void copy()} className={`${control} print:hidden`}>
        {words.copyLink}
      </button>
      <span role="status" className="wrap-anywhere">
        {copied}
      </span>
    </section>
  );
}
