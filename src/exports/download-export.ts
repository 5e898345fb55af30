import type { ClaimView, RelationView } from '../corpus/corpus-index.ts';
import { compiledSchemaVersion } from '../corpus/schema.ts';
import type { CompiledCorpus } from '../corpus/corpus-schema.ts';
import { claimPath, permalinkTo } from '../lib/app-paths.ts';
import { isoDate } from '../lib/iso-date.ts';
import { citeBibtex } from './cite-claim.ts';
import { claimsToCsv } from './export-csv.ts';
import { corpusSubset, toJsonText } from './export-json.ts';
import type { RelationsByClaim } from './export-relations.ts';
import { claimsToAnnotationCollection } from './export-web-annotation.ts';
import * as words from './download-export.words.ts';

/** The export formats offered for the comparison's current view. */
export type ExportFormat = 'json' | 'csv' | 'annotations' | 'bibtex';

/** The claims to export, the relations touching each, and the parties, speakers and topics. */
export type ExportInput = {
  lists: Pick<CompiledCorpus, 'dossier' | 'parties' | 'speakers' | 'topics'>;
  views: ClaimView[];
  /** Every relation touching each claim, including those to claims not exported. */
  relationsByClaim: RelationsByClaim;
  /** The day of the export, `YYYY-MM-DD`, for the citations' `urldate`; default today. */
  accessed?: string;
  /**
   * The filtered view the claims come from: its filters in words, a slug of them for the file
   * name, and its address. Absent for every claim.
   */
  selection?: { filters: string; slug: string; url: string } | undefined;
};

/**
 * The claims as a corpus in the compiled format, restricted to what they refer to, with the
 * relations to claims left out named in `outsideRelations` and `related`.
 */
function exportedCorpus({
  lists,
  views,
  relationsByClaim,
  selection,
}: ExportInput): CompiledCorpus {
  const sources = new Map(
    views
      .flatMap((view) => [view.source, ...view.alsoIn.map((one) => one.source)])
      .map((source) => [source.id, source]),
  );
  const relations = new Map<string, RelationView['relation']>();
  const related = new Map<string, RelationView['other']['claim']>();
  for (const view of views) {
    for (const { relation, other } of relationsByClaim.get(view.claim.id) ?? []) {
      relations.set(`${relation.type} ${relation.from} ${relation.to}`, relation);
      related.set(other.claim.id, other.claim);
    }
  }
  const subset = corpusSubset(
    {
      schemaVersion: compiledSchemaVersion,
      dossier: lists.dossier,
      parties: lists.parties,
      speakers: lists.speakers,
      topics: lists.topics,
      sources: [...sources.values()],
      claims: views.map((view) => view.claim),
      relations: [...relations.values()],
      related: [...related.values()],
    },
    views.map((view) => view.claim.id),
  );
  return selection
    ? { ...subset, selection: { filters: selection.filters, url: selection.url } }
    : subset;
}

/** File name, media type and text of an export of some claims. */
export function exportFile(
  format: ExportFormat,
  input: ExportInput,
  origin: string,
): { name: string; type: string; text: string } {
  const { views, relationsByClaim, accessed = isoDate(new Date()) } = input;
  const permalinkOf = (id: string) => permalinkTo(claimPath(id), origin);
  // Which view made the file, in its name: "<dossier>-claims-party-union.csv".
  const base = `${input.lists.dossier.id}-claims${input.selection ? `-${input.selection.slug}` : ''}`;
  switch (format) {
    case 'json':
      return {
        name: `${base}.json`,
        type: 'application/json',
        text: toJsonText(exportedCorpus(input)),
      };
    case 'csv':
      return {
        name: `${base}.csv`,
        type: 'text/csv;charset=utf-8',
        text: claimsToCsv(views, { permalinkOf, relationsByClaim }),
      };
    case 'bibtex':
      return {
        name: `${base}.bib`,
        type: 'application/x-bibtex;charset=utf-8',
        text: views
          .map((view) => citeBibtex(view, permalinkOf(view.claim.id), accessed))
          .join('\n'),
      };
    case 'annotations':
      return {
        name: `${base}.annotations.jsonld`,
        type: 'application/ld+json',
        text: `${JSON.stringify(
          claimsToAnnotationCollection(views, {
            permalinkOf,
            relationsByClaim,
            sourceTextUrlOf: (source) => permalinkTo(`data/${source.textPath}`, origin),
            label: input.selection
              ? words.annotationsLabelFiltered(
                  input.lists.dossier.name,
                  views.length,
                  input.selection.filters,
                )
              : words.annotationsLabel(input.lists.dossier.name, views.length),
            language: input.lists.dossier.language,
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
