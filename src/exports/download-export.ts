import type { ClaimView, CorpusIndex } from '../corpus/corpus-index.ts';
import { permalinkTo } from '../lib/permalink.ts';
import { citeBibtex } from './cite-claim.ts';
import { claimsToCsv } from './export-csv.ts';
import { corpusSubset, toJsonText } from './export-json.ts';
import { claimsToAnnotationCollection } from './export-web-annotation.ts';

/** The export formats offered for the comparison's current view. */
export type ExportFormat = 'json' | 'csv' | 'annotations' | 'bibtex';

/** File name, media type and text of an export of some claims. */
export function exportFile(
  format: ExportFormat,
  views: ClaimView[],
  index: CorpusIndex,
  origin: string,
): { name: string; type: string; text: string } {
  const permalinkOf = (id: string) => permalinkTo(`claims/${id}`, origin);
  switch (format) {
    case 'json':
      return {
        name: 'hanoi-claims.json',
        type: 'application/json',
        text: toJsonText(
          corpusSubset(
            index.corpus,
            views.map((view) => view.claim.id),
          ),
        ),
      };
    case 'csv':
      return {
        name: 'hanoi-claims.csv',
        type: 'text/csv;charset=utf-8',
        text: claimsToCsv(views, permalinkOf),
      };
    case 'bibtex':
      return {
        name: 'hanoi-claims.bib',
        type: 'application/x-bibtex;charset=utf-8',
        text: views.map((view) => citeBibtex(view, permalinkOf(view.claim.id))).join('\n'),
      };
    case 'annotations':
      return {
        name: 'hanoi-claims.annotations.jsonld',
        type: 'application/ld+json',
        text: `${JSON.stringify(
          claimsToAnnotationCollection(views, {
            permalinkOf,
            sourceTextUrlOf: (source) => permalinkTo(`data/${source.textPath}`, origin),
            label: `Hanoi summit 2019: ${views.length} claims`,
          }),
          null,
          2,
        )}\n`,
      };
  }
}

/** Saves an export of some claims as a file, through the browser's download. */
export function downloadExport(
  format: ExportFormat,
  views: ClaimView[],
  index: CorpusIndex,
  origin: string,
): void {
  const file = exportFile(format, views, index, origin);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
