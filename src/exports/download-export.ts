import type { ClaimView } from '../corpus/corpus-index.ts';
import { compiledSchemaVersion, type CompiledCorpus, type Relation } from '../corpus/schema.ts';
import { permalinkTo } from '../lib/permalink.ts';
import { citeBibtex } from './cite-claim.ts';
import { claimsToCsv } from './export-csv.ts';
import { corpusSubset, toJsonText } from './export-json.ts';
import { claimsToAnnotationCollection } from './export-web-annotation.ts';

/** The export formats offered for the comparison's current view. */
export type ExportFormat = 'json' | 'csv' | 'annotations' | 'bibtex';

/** The claims to export, the relations among them, and the parties, speakers and topics. */
export type ExportInput = {
  lists: Pick<CompiledCorpus, 'parties' | 'speakers' | 'topics'>;
  views: ClaimView[];
  relations: Relation[];
};

/** The claims as a corpus in the compiled format, restricted to what they refer to. */
function exportedCorpus({ lists, views, relations }: ExportInput): CompiledCorpus {
  const sources = new Map(views.map((view) => [view.source.id, view.source]));
  return corpusSubset(
    {
      schemaVersion: compiledSchemaVersion,
      parties: lists.parties,
      speakers: lists.speakers,
      topics: lists.topics,
      sources: [...sources.values()],
      claims: views.map((view) => view.claim),
      relations,
    },
    views.map((view) => view.claim.id),
  );
}

/** File name, media type and text of an export of some claims. */
export function exportFile(
  format: ExportFormat,
  input: ExportInput,
  origin: string,
): { name: string; type: string; text: string } {
  const { views } = input;
  const permalinkOf = (id: string) => permalinkTo(`claims/${id}`, origin);
  switch (format) {
    case 'json':
      return {
        name: 'hanoi-claims.json',
        type: 'application/json',
        text: toJsonText(exportedCorpus(input)),
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
export function downloadExport(format: ExportFormat, input: ExportInput, origin: string): void {
  const file = exportFile(format, input, origin);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
