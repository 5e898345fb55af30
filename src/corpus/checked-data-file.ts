/**
 * The data files the browser fetches, checked against their schemas. Loaded with the first
 * fetch (see `corpus-query.ts`), not with the page: the files a prerendered page carries were
 * written by the same build as its code, and need no check, so the first view's code holds no
 * schema library.
 */
import type * as z from 'zod/mini';
import { parseDataText } from './parse-corpus.ts';
import {
  claimSliceSchema,
  corpusMetaSchema,
  facetsSchema,
  searchIndexSchema,
  timelineDetailSchema,
  timelineSchema,
  type ClaimSlice,
  type CorpusMeta,
  type Facets,
  type SearchIndex,
  type Timeline,
  type TimelineDetail,
} from './schema.ts';

/** What each kind of data file holds. */
export type DataFileKinds = {
  meta: CorpusMeta;
  slice: ClaimSlice;
  facets: Facets;
  search: SearchIndex;
  timeline: Timeline;
  timelineDetail: TimelineDetail;
};

const schemas: { [K in keyof DataFileKinds]: z.ZodMiniType<DataFileKinds[K]> } = {
  meta: corpusMetaSchema,
  slice: claimSliceSchema,
  facets: facetsSchema,
  search: searchIndexSchema,
  timeline: timelineSchema,
  timelineDetail: timelineDetailSchema,
};

/** A fetched data file's text, parsed and checked against its kind's schema (else throws). */
export function checkDataFile<K extends keyof DataFileKinds>(
  kind: K,
  text: string,
  path: string,
): DataFileKinds[K] {
  return parseDataText(schemas[kind], text, path);
}
