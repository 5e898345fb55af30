import type {
  ClaimStub,
  CompiledAppearance,
  CompiledClaim,
  CompiledSource,
  Party,
  Relation,
  Speaker,
  Topic,
} from './schema.ts';
import type { CompiledCorpus } from './corpus-schema.ts';
import type { TranslationView } from './translation.ts';

/** A claim's statement as one more source reports it, with that source's record. */
export type AppearanceView = { appearance: CompiledAppearance; source: CompiledSource };

/** A claim with the records it refers to, resolved for display. */
export type ClaimView = {
  claim: CompiledClaim;
  speaker: Speaker;
  party: Party;
  topic: Topic;
  /** The source of its first appearance: its own `quote` and `speech`. */
  source: CompiledSource;
  /** Its further appearances, in the order authored: none for a claim one source carries. */
  alsoIn: AppearanceView[];
  /**
   * The dossier's language (BCP 47), the one readers read it in: a quote in another has a
   * translation beside it (see `readingTranslation`).
   */
  language: string;
  /** Every translation of its appearances, as authored, with the sources publishing them. */
  translations: TranslationView[];
};

/** Enough of a claim to name and link it: the other end of a relation. */
export type ClaimRef = { claim: ClaimStub; speaker: Speaker; party: Party; topic: Topic };

/** A relation seen from one claim: the other claim, and which way the relation points. */
export type RelationView = {
  relation: Relation;
  /** `outgoing`: this claim disputes/supports/… the other; `incoming`: the other does so to this one. */
  direction: 'outgoing' | 'incoming';
  other: ClaimRef;
};

/** The corpus with every lookup the views need, built once when it loads. */
export type CorpusIndex = {
  corpus: CompiledCorpus;
  /** The dossier's language (BCP 47). */
  language: string;
  /** Every claim, resolved, in corpus order. */
  claims: ClaimView[];
  claimById: ReadonlyMap<string, ClaimView>;
  partyById: ReadonlyMap<string, Party>;
  speakerById: ReadonlyMap<string, Speaker>;
  topicById: ReadonlyMap<string, Topic>;
  sourceById: ReadonlyMap<string, CompiledSource>;
  /** Relations touching each claim, outgoing first. */
  relationsByClaim: ReadonlyMap<string, RelationView[]>;
};

/**
 * The lookups that resolve a claim's references to parties, speakers and topics, and the
 * dossier's language, which translations are chosen for.
 */
export type Lookups = {
  language: string;
  partyById: ReadonlyMap<string, Party>;
  speakerById: ReadonlyMap<string, Speaker>;
  topicById: ReadonlyMap<string, Topic>;
};

/** Some claims resolved for display, with the relations touching each. */
export type ResolvedClaims = {
  claims: ClaimView[];
  sourceById: ReadonlyMap<string, CompiledSource>;
  claimById: ReadonlyMap<string, ClaimView>;
  /** Relations touching each claim, outgoing first. */
  relationsByClaim: ReadonlyMap<string, RelationView[]>;
};

/** Records to resolve: claims, their sources and relations, and stubs of other related claims. */
export type ClaimRecords = {
  claims: readonly CompiledClaim[];
  sources: readonly CompiledSource[];
  relations: readonly Relation[];
  related?: readonly ClaimStub[];
};

/** A map from each item's id to the item. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Resolves claims and relations. References that do not resolve drop the claim or relation
 * (the verifier makes that impossible for built data, so this only guards the browser).
 */
export function resolveClaims(lookups: Lookups, records: ClaimRecords): ResolvedClaims {
  const { partyById, speakerById, topicById } = lookups;
  const sourceById = byId(records.sources);
  const refOf = (claim: ClaimStub) => {
    const speaker = speakerById.get(claim.speaker);
    const party = speaker && partyById.get(speaker.party);
    const topic = topicById.get(claim.topic);
    return speaker && party && topic ? { speaker, party, topic } : undefined;
  };
  const claims: ClaimView[] = [];
  const { language } = lookups;
  for (const claim of records.claims) {
    const ref = refOf(claim);
    const source = sourceById.get(claim.source);
    const translations = (claim.translations ?? []).map((translation) => {
      const publisher = 'source' in translation ? sourceById.get(translation.source) : undefined;
      return publisher ? { translation, source: publisher } : { translation };
    });
    const alsoIn = (claim.alsoIn ?? []).flatMap((appearance) => {
      const other = sourceById.get(appearance.source);
      return other ? [{ appearance, source: other }] : [];
    });
    if (ref && source) claims.push({ claim, ...ref, source, alsoIn, language, translations });
  }
  const claimById = new Map(claims.map((view) => [view.claim.id, view]));
  const refs = new Map<string, ClaimRef>(claims.map((view) => [view.claim.id, view]));
  for (const claim of records.related ?? []) {
    const ref = refOf(claim);
    if (ref && !refs.has(claim.id)) refs.set(claim.id, { claim, ...ref });
  }
  const relationsByClaim = new Map<string, RelationView[]>();
  const add = (id: string, view: RelationView) => {
    if (!claimById.has(id)) return;
    const list = relationsByClaim.get(id);
    if (list) list.push(view);
    else relationsByClaim.set(id, [view]);
  };
  for (const relation of records.relations) {
    const from = refs.get(relation.from);
    const to = refs.get(relation.to);
    if (!from || !to) continue;
    add(relation.from, { relation, direction: 'outgoing', other: to });
    add(relation.to, { relation, direction: 'incoming', other: from });
  }
  for (const [id, views] of relationsByClaim) {
    relationsByClaim.set(
      id,
      views.toSorted((a, b) =>
        a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1,
      ),
    );
  }
  return { claims, sourceById, claimById, relationsByClaim };
}

/** Resolves every reference of a whole parsed corpus. */
export function indexCorpus(corpus: CompiledCorpus): CorpusIndex {
  const lookups = {
    language: corpus.dossier.language,
    partyById: byId(corpus.parties),
    speakerById: byId(corpus.speakers),
    topicById: byId(corpus.topics),
  };
  return {
    corpus,
    ...resolveClaims(lookups, corpus),
    ...lookups,
  };
}
