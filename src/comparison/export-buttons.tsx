import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { ExportFormat } from '../exports/download-export.ts';
import { useSiteOrigin } from '../lib/site-origin.ts';
import { loadAllMatching } from './comparison-query.ts';
import {
  isDefaultSearch,
  serializeComparisonSearch,
  type ComparisonSearch,
} from './comparison-search.ts';
import { describeFilters } from './describe-filters.ts';
import { knownIds } from './known-ids.ts';
import { homePath, permalinkTo } from '../lib/app-paths.ts';
import { slugOf } from '../lib/slug.ts';
import * as words from './export-buttons.words.ts';

/** Props of {@link ExportButtons}. */
export type ExportButtonsProps = {
  index: MetaIndex;
  search: ComparisonSearch;
  /** How many claims the search matches, on every page. */
  matching: number;
};

const formats: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'csv', label: words.csv, hint: words.csvHint },
  { format: 'json', label: words.json, hint: words.jsonHint },
  { format: 'annotations', label: words.annotations, hint: words.annotationsHint },
  { format: 'bibtex', label: words.bibtex, hint: words.bibtexHint },
];

/**
 * Downloads of every claim the current filters match, on all pages. The claims are loaded,
 * and the export code, only when a download is asked for.
 */
export function ExportButtons({ index, search, matching }: ExportButtonsProps) {
  const origin = useSiteOrigin();
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // The filtered view the files come from, said in their name and in the JSON (not the page:
  // a download holds every matching claim).
  const whole = { ...search, page: 1 };
  const query = serializeComparisonSearch(whole, knownIds(index.meta));
  const selection = isDefaultSearch(whole)
    ? undefined
    : {
        filters: describeFilters(whole, index),
        slug: slugOf(decodeURIComponent(query.replace(/\+/g, ' ')), 12),
        url: permalinkTo(homePath(query), origin),
      };
  const download = async (format: ExportFormat, label: string) => {
    setBusy(true);
    setStatus(words.preparing(label));
    try {
      const [{ downloadExport }, { views, relationsByClaim }] = await Promise.all([
        import('../exports/download-export.ts'),
        loadAllMatching(client, search),
      ]);
      downloadExport(format, { lists: index.meta, views, relationsByClaim, selection }, origin);
      setStatus(words.downloaded(label, views.length));
    } catch (error) {
      setStatus(words.notPrepared(label, error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="needs-script flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold">{words.downloadThese(matching)}</span>
      {formats.map(({ format, label, hint }) => (
        <button
          key={format}
          type="button"
          title={hint}
          disabled={matching === 0 || busy}
          onClick={() => void download(format, label)}
          className="rounded border border-stone-400 px-2.5 py-1 font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-500 dark:hover:bg-stone-800"
        >
          {label}
        </button>
      ))}
      <span role="status" className="text-emerald-800 dark:text-emerald-300">
        {status}
      </span>
    </div>
  );
}
