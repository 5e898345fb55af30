import { useState } from 'react';
import type { ClaimView, CorpusIndex } from '../corpus/corpus-index.ts';
import type { ExportFormat } from '../exports/download-export.ts';
import { useSiteOrigin } from '../lib/site-origin.ts';

/** Props of {@link ExportButtons}. */
export type ExportButtonsProps = { views: ClaimView[]; index: CorpusIndex };

const formats: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'csv', label: 'CSV', hint: 'one row per claim, for spreadsheets' },
  { format: 'json', label: 'JSON', hint: 'the corpus format, with its schema version' },
  { format: 'annotations', label: 'Web Annotations', hint: 'W3C JSON-LD, anchored in the source' },
  { format: 'bibtex', label: 'BibTeX', hint: 'a citation of each claim, for reference managers' },
];

/** Downloads of the claims in the current filtered view; the export code loads on first use. */
export function ExportButtons({ views, index }: ExportButtonsProps) {
  const origin = useSiteOrigin();
  const [status, setStatus] = useState('');
  const download = async (format: ExportFormat, label: string) => {
    const { downloadExport } = await import('../exports/download-export.ts');
    downloadExport(format, views, index, origin);
    setStatus(`${label} of ${views.length} claims downloaded.`);
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold">Download these {views.length} claims:</span>
      {formats.map(({ format, label, hint }) => (
        <button
          key={format}
          type="button"
          title={hint}
          disabled={views.length === 0}
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
