import { stubOf } from '../../src/corpus/claim-stub.ts';
import { inDisplayOrder, timelineDetailSize } from '../../src/corpus/layout.ts';
import {
  dataFormatVersion,
  type ClaimSlice,
  type ClaimStub,
  type CompiledClaim,
  type CorpusMeta,
  overviewClaimsPerCell,
  type Facets,
  type OverviewClaim,
  type SearchIndex,
  type Timeline,
  type TimelineDetail,
} from '../../src/corpus/schema.ts';
import { glanceWords } from '../../src/corpus/glance-words.ts';
import { readingTranslation } from '../../src/corpus/translation.ts';
import { formatStatedAt, statedDays, statedMinute } from '../../src/corpus/stated-at.ts';
import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';
import { buildSearchIndex } from '../../src/search/claim-search.ts';
import {
  chunkFile,
  claimFile,
  facetsFile,
  indexFile,
  searchFile,
  sourceFile,
  timelineDetailFile,
  timelineFile,
} from '../../src/corpus/data-paths.ts';

/** Every source a claim appears in: its first, then the others. */
function sourcesOf(claim: CompiledClaim): string[] {
  return [claim.source, ...(claim.alsoIn ?? []).map((appearance) => appearance.source)];
}

/** Every source a view of the claim shows: those it appears in, and those publishing its translations. */
function sourcesShownWith(claim: CompiledClaim): string[] {
  const translators = (claim.translations ?? []).flatMap((translation) =>
    'source' in translation ? [translation.source] : [],
  );
  return [...sourcesOf(claim), ...translators];
}

/** Whose words back each claim of the corpus at a glance (`glance.ts`), from its first source. */
function glanceOfCorpus(corpus: CompiledCorpus) {
  const sourceById = new Map(corpus.sources.map((source) => [source.id, source]));
  return (claim: CompiledClaim) => {
    const source = sourceById.get(claim.source);
    // A quote in another language than the dossier's is glanced at in translation.
    const translations = (claim.translations ?? []).map((translation) => {
      const publisher = 'source' in translation ? sourceById.get(translation.source) : undefined;
      return publisher ? { translation, source: publisher } : { translation };
    });
    const translation = source
      ? readingTranslation(translations, source, corpus.dossier.language)
      : undefined;
    return glanceWords(claim, source?.publisher ?? claim.source, translation);
  };
}

/**
 * The claims of one cell the overview shows, at most {@link overviewClaimsPerCell}: those in a
 * disputes or qualifies relation first (they carry the disagreement the page is about), then
 * the rest, each group in display order.
 */
export function overviewLines<T>(claims: readonly T[], disagrees: (claim: T) => boolean): T[] {
  return [...claims.filter(disagrees), ...claims.filter((claim) => !disagrees(claim))].slice(
    0,
    overviewClaimsPerCell,
  );
}

/** Claims per chunk file, and per page of the comparison. */
export const defaultChunkSize = 50;

/** How many sources the index lists for the foot of every page. */
export const listedSources = 5;

/**
 * Splits a verified corpus into the files the browser fetches, keyed by path under the data
 * folder: `index.json`, `chunks/<n>.json` (the claims in display order, `chunkSize` each),
 * `claims/<id>.json`, `sources/<id>.json` (the claims quoting a source or translated in it), `facets.json` and
 * `search.json`. Deterministic: the same corpus gives the same bytes.
 */
export function browserDataFiles(
  corpus: CompiledCorpus,
  chunkSize = defaultChunkSize,
): Map<string, string> {
  const partyIndex = new Map(corpus.parties.map((party, i) => [party.id, i]));
  const topicIndex = new Map(corpus.topics.map((topic, i) => [topic.id, i]));
  const speakerIndex = new Map(corpus.speakers.map((speaker, i) => [speaker.id, i]));
  const partyOfSpeaker = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.party]));
  const claimById = new Map(corpus.claims.map((claim) => [claim.id, claim]));
  const relationOrder = new Map(corpus.relations.map((relation, i) => [relation, i]));
  const relationsOf = groupBy(corpus.relations, (relation) => [relation.from, relation.to]);
  const glanceOf = glanceOfCorpus(corpus);

  const { ordered, counts } = inDisplayOrder(
    corpus.claims,
    corpus.topics.length,
    corpus.parties.length,
    (claim) => ({
      topic: topicIndex.get(claim.topic) ?? 0,
      party: partyIndex.get(partyOfSpeaker.get(claim.speaker) ?? '') ?? 0,
    }),
  );

  /** A slice of some claims with their sources, relations and the other ends' stubs. */
  const slice = (claims: CompiledClaim[], extraSources: string[] = []): string => {
    const ids = new Set(claims.map((claim) => claim.id));
    const relations = [...new Set(claims.flatMap((claim) => relationsOf.get(claim.id) ?? []))].sort(
      (a, b) => (relationOrder.get(a) ?? 0) - (relationOrder.get(b) ?? 0),
    );
    const relatedIds = new Set(
      relations.flatMap((relation) => [relation.from, relation.to]).filter((id) => !ids.has(id)),
    );
    const related: ClaimStub[] = [...relatedIds].flatMap((id) => {
      const claim = claimById.get(id);
      return claim ? [stubOf(claim)] : [];
    });
    const sourceIds = new Set([...extraSources, ...claims.flatMap(sourcesShownWith)]);
    const body: ClaimSlice = {
      format: dataFormatVersion,
      claims,
      sources: corpus.sources.filter((source) => sourceIds.has(source.id)),
      relations,
      related,
    };
    return json(body);
  };

  const files = new Map<string, string>();
  const speakerCounts = corpus.speakers.map(() => 0);
  for (const claim of corpus.claims) {
    const i = speakerIndex.get(claim.speaker);
    if (i !== undefined) speakerCounts[i] = (speakerCounts[i] ?? 0) + 1;
  }
  // Each party's claims on each topic, as the overview shows them in a line each.
  const partyOf = (claim: CompiledClaim | undefined) => claim && partyOfSpeaker.get(claim.speaker);
  const overviewLine = (claim: CompiledClaim): OverviewClaim => ({
    id: claim.id,
    short: claim.short ?? claim.summary,
    speaker: speakerIndex.get(claim.speaker) ?? 0,
    // Its speech, and whose words back it at a glance.
    ...glanceOf(claim),
    // The relations it starts towards other parties' claims across the row.
    relations: (relationsOf.get(claim.id) ?? []).flatMap((relation) => {
      const other = claimById.get(relation.to);
      if (relation.from !== claim.id || !other) return [];
      if (other.topic !== claim.topic || partyOf(other) === partyOf(claim)) return [];
      return [
        {
          type: relation.type,
          to: other.id,
          short: other.short ?? other.summary,
          speaker: speakerIndex.get(other.speaker) ?? 0,
        },
      ];
    }),
  });
  const cells: CompiledClaim[][][] = corpus.topics.map(() => corpus.parties.map(() => []));
  for (const claim of ordered) {
    cells[topicIndex.get(claim.topic) ?? 0]?.[partyIndex.get(partyOf(claim) ?? '') ?? 0]?.push(
      claim,
    );
  }
  // A capped cell shows first the claims that carry the disagreement (`overviewLines`).
  const disagrees = new Set(
    corpus.relations
      .filter((relation) => relation.type === 'disputes' || relation.type === 'qualifies')
      .flatMap((relation) => [relation.from, relation.to]),
  );
  const overview = cells.map((row) =>
    row.map((claims) =>
      overviewLines(claims, (claim) => disagrees.has(claim.id)).map(overviewLine),
    ),
  );
  // A party silent on every lead question is still seen on the first screen: by its headline
  // position, its first claim in display order, shown in the first lead question's row.
  const leadCount = corpus.dossier.leadTopics.length;
  const headlines = corpus.parties.flatMap((_, p) => {
    if (cells.slice(0, leadCount).some((row) => (row[p]?.length ?? 0) > 0)) return [];
    const topic = cells.findIndex((row) => (row[p]?.length ?? 0) > 0);
    const claim = cells[topic]?.[p]?.[0];
    return claim ? [{ party: p, topic, claim: overviewLine(claim) }] : [];
  });
  const meta: CorpusMeta = {
    format: dataFormatVersion,
    dossier: corpus.dossier,
    // In the dossier's language: the compiler runs outside the build's words (months alike in
    // every English).
    eventDates: formatStatedAt(corpus.dossier.event.dates, corpus.dossier.language),
    chunkSize,
    parties: corpus.parties,
    speakers: corpus.speakers,
    topics: corpus.topics,
    counts,
    overview,
    headlines,
    speakerCounts,
    claimCount: corpus.claims.length,
    relationCount: corpus.relations.length,
    sourceCount: corpus.sources.length,
    sources: corpus.sources.slice(0, listedSources),
  };
  files.set(indexFile, json(meta));
  for (let start = 0; start < ordered.length; start += chunkSize) {
    files.set(chunkFile(start / chunkSize), slice(ordered.slice(start, start + chunkSize)));
  }
  for (const claim of corpus.claims) files.set(claimFile(claim.id), slice([claim]));
  // A source's reader marks the claims quoted in it and those whose translation it publishes.
  const bySource = groupBy(corpus.claims, (claim) => [...new Set(sourcesShownWith(claim))]);
  for (const source of corpus.sources) {
    files.set(sourceFile(source.id), slice(bySource.get(source.id) ?? [], [source.id]));
  }
  const facets: Facets = {
    format: dataFormatVersion,
    speaker: ordered.map((claim) => speakerIndex.get(claim.speaker) ?? 0),
    speech: ordered.map((claim) => (claim.speech === 'direct' ? 'd' : 'r')).join(''),
  };
  files.set(facetsFile, json(facets));
  // Every field a card shows, each claim by its display position. Of its source, only the
  // publisher a reported quote is introduced by: the headline is on no card, and every claim
  // quoting the source would match each of its words (see `searchFields`).
  const speakerById = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  const sourceById = new Map(corpus.sources.map((source) => [source.id, source]));
  const search: SearchIndex = {
    format: dataFormatVersion,
    index: buildSearchIndex(
      ordered.map((claim, position) => {
        const speaker = speakerById.get(claim.speaker);
        const source = sourceById.get(claim.source);
        return {
          id: position,
          quote: claim.quote.textQuoteSelector.exact,
          summary: claim.summary,
          short: claim.short,
          speaker: speaker?.name,
          role: speaker?.role,
          affiliation: speaker?.affiliation,
          venue: claim.venue,
          source: claim.speech === 'reported' ? source?.publisher : undefined,
        };
      }),
    ),
  };
  files.set(searchFile, json(search));
  for (const [path, body] of timelineFiles(corpus, ordered)) files.set(path, body);
  return files;
}

/**
 * `timeline.json` and `timeline/<n>.json`: every dated claim, earliest first (a day's claims by
 * their time of day where the source gives it, then in display order), with what each says in files of {@link timelineDetailSize} in the same order.
 */
function timelineFiles(
  corpus: CompiledCorpus,
  ordered: readonly CompiledClaim[],
): Map<string, string> {
  const topicIndex = new Map(corpus.topics.map((topic, i) => [topic.id, i]));
  const speakerIndex = new Map(corpus.speakers.map((speaker, i) => [speaker.id, i]));
  const dated = ordered
    .flatMap((claim, position) => {
      const days = claim.statedAt === undefined ? undefined : statedDays(claim.statedAt);
      if (!days || !claim.statedAt) return [];
      const minute = statedMinute(claim.statedAt) ?? Number.POSITIVE_INFINITY;
      return [{ claim, statedAt: claim.statedAt, position, minute, ...days }];
    })
    // A day's claims by the time the source gives, those it gives none for after them.
    .sort((a, b) => a.first - b.first || a.minute - b.minute || a.position - b.position);
  const placeOf = new Map(dated.map((entry, i) => [entry.claim.id, i]));
  const outgoing = groupBy(corpus.relations, (relation) => [relation.from]);
  const glanceOf = glanceOfCorpus(corpus);
  const timeline: Timeline = {
    format: dataFormatVersion,
    position: dated.map((entry) => entry.position),
    first: dated.map((entry) => entry.first),
    last: dated.map((entry) => entry.last),
    undated: ordered.length - dated.length,
  };
  const files = new Map([[timelineFile, json(timeline)]]);
  for (let start = 0; start < dated.length || start === 0; start += timelineDetailSize) {
    const detail: TimelineDetail = {
      format: dataFormatVersion,
      claims: dated.slice(start, start + timelineDetailSize).map(({ claim, statedAt }) => ({
        id: claim.id,
        short: claim.short ?? claim.summary,
        speaker: speakerIndex.get(claim.speaker) ?? 0,
        topic: topicIndex.get(claim.topic) ?? 0,
        ...glanceOf(claim),
        statedAt,
        relations: (outgoing.get(claim.id) ?? []).flatMap((relation) => {
          const to = placeOf.get(relation.to);
          return to === undefined ? [] : [{ type: relation.type, to }];
        }),
      })),
    };
    files.set(timelineDetailFile(start / timelineDetailSize), json(detail));
  }
  return files;
}

/** Items under each of their keys (an item with the same key twice is listed once). */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
