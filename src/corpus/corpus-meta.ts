import { byId, type Lookups } from './corpus-index.ts';
import { makeLayout, type Layout } from './layout.ts';
import type { CorpusMeta } from './schema.ts';

/** The corpus index file, with its lookups and the claims' layout worked out once. */
export type MetaIndex = Lookups & {
  meta: CorpusMeta;
  layout: Layout;
  partyIndex: ReadonlyMap<string, number>;
  topicIndex: ReadonlyMap<string, number>;
  speakerIndex: ReadonlyMap<string, number>;
  /** Claims per party, topic and speaker id. */
  claimCounts: Record<'party' | 'topic' | 'speaker', ReadonlyMap<string, number>>;
};

/** Indexes the parsed `index.json`. */
export function indexMeta(meta: CorpusMeta): MetaIndex {
  const positions = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item, i) => [item.id, i]));
  const counts = meta.counts;
  return {
    meta,
    layout: makeLayout(counts),
    language: meta.dossier.language,
    partyById: byId(meta.parties),
    speakerById: byId(meta.speakers),
    topicById: byId(meta.topics),
    partyIndex: positions(meta.parties),
    topicIndex: positions(meta.topics),
    speakerIndex: positions(meta.speakers),
    claimCounts: {
      party: new Map(
        meta.parties.map((party, p) => [
          party.id,
          counts.reduce((sum, row) => sum + (row[p] ?? 0), 0),
        ]),
      ),
      topic: new Map(
        meta.topics.map((topic, t) => [topic.id, (counts[t] ?? []).reduce((sum, n) => sum + n, 0)]),
      ),
      speaker: new Map(meta.speakers.map((speaker, s) => [speaker.id, meta.speakerCounts[s] ?? 0])),
    },
  };
}
