import type { AuthoredClaim, Source } from '../../src/corpus/corpus-schema.ts';
import type { Dossier, Relation, Topic } from '../../src/corpus/schema.ts';
import type { CorpusProblem } from './problem.ts';
import { at, type Located } from './read-records.ts';

// The second step of the verifier: ids are unique, every reference names a record that exists,
// and relations and notes make sense as a whole.

/** The records by id; a second record with an id already taken is a problem. */
export function indexById<T extends { id: string }>(
  records: Located<T>[],
  problems: CorpusProblem[],
): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const record of records) {
    const first = byId.get(record.value.id);
    if (first) {
      problems.push({
        ...at(record, 'id'),
        message: `duplicate id "${record.value.id}": already used by ${first.label} on line ${first.yaml.locate([first.index])?.line ?? '?'}`,
      });
      continue;
    }
    byId.set(record.value.id, record);
  }
  return byId;
}

/** Each topic has its own place in the order. */
export function checkTopicOrder(topics: Located<Topic>[], problems: CorpusProblem[]) {
  const byOrder = new Map<number, Located<Topic>>();
  for (const topic of topics) {
    const first = byOrder.get(topic.value.order);
    if (first) {
      problems.push({
        ...at(topic, 'order'),
        message: `order ${topic.value.order} is already taken by ${first.label}; each topic needs its own place`,
      });
    } else {
      byOrder.set(topic.value.order, topic);
    }
  }
}

/**
 * A claim's further appearances each name a source of the corpus, and each a source of their
 * own: not the claim's first one, and not one another's (a claim appears once in a source).
 */
export function checkAppearances(
  claim: Located<AuthoredClaim>,
  sourceById: ReadonlyMap<string, unknown>,
  problems: CorpusProblem[],
) {
  const seen = new Set([claim.value.source]);
  (claim.value.alsoIn ?? []).forEach((appearance, i) => {
    const field = ['alsoIn', i, 'source'];
    if (!sourceById.has(appearance.source)) {
      problems.push({
        ...at(claim, field),
        message: `unknown source "${appearance.source}"; known: ${listIds(sourceById)}`,
      });
    } else if (seen.has(appearance.source)) {
      problems.push({
        ...at(claim, field),
        message: `the claim already appears in source "${appearance.source}"; a claim appears once in each source`,
      });
    }
    seen.add(appearance.source);
  });
}

/** The dossier's lead topics are topics of the corpus, each named once. */
export function checkLeadTopics(
  dossier: Located<Dossier>,
  topicById: ReadonlyMap<string, unknown>,
  problems: CorpusProblem[],
) {
  const seen = new Set<string>();
  dossier.value.leadTopics.forEach((id, i) => {
    if (!topicById.has(id)) {
      problems.push({
        ...at(dossier, ['leadTopics', i]),
        message: `unknown topic "${id}"; known: ${listIds(topicById)}`,
      });
    } else if (seen.has(id)) {
      problems.push({ ...at(dossier, ['leadTopics', i]), message: `topic "${id}" is named twice` });
    }
    seen.add(id);
  });
}

/** A record's `field` names a record of `targets`. */
export function checkRef<T extends Record<F, string>, F extends string>(
  record: Located<T>,
  field: F,
  targets: ReadonlyMap<string, unknown>,
  noun: string,
  problems: CorpusProblem[],
) {
  const id = record.value[field];
  if (targets.has(id)) return;
  problems.push({
    ...at(record, field),
    message: `unknown ${noun} "${id}"; known: ${listIds(targets)}`,
  });
}

/**
 * A claim's `statedAtFrom` and `venueFrom` name a note of its own source, and each comes with
 * the date or venue it vouches for.
 */
export function checkNoteRefs(
  claim: Located<AuthoredClaim>,
  source: Source | undefined,
  problems: CorpusProblem[],
) {
  const fields = [
    ['statedAtFrom', 'statedAt', 'date'],
    ['venueFrom', 'venue', 'venue'],
  ] as const;
  for (const [field, vouched, noun] of fields) {
    const id = claim.value[field];
    if (id === undefined) continue;
    if (claim.value[vouched] === undefined) {
      problems.push({
        ...at(claim, field),
        message: `${field} names where the ${noun} comes from, but the claim has no ${vouched}`,
      });
    }
    if (!source) continue;
    const notes = new Map((source.notes ?? []).map((note) => [note.id, note]));
    if (!notes.has(id)) {
      problems.push({
        ...at(claim, field),
        message: `unknown note "${id}" of source "${source.id}"; known: ${listIds(notes)}`,
      });
    }
  }
}

/** Each note of a source has its own id. */
export function checkNoteIds(source: Located<Source>, problems: CorpusProblem[]) {
  const seen = new Set<string>();
  (source.value.notes ?? []).forEach((note, i) => {
    if (seen.has(note.id)) {
      problems.push({
        ...at(source, ['notes', i, 'id']),
        message: `duplicate note id "${note.id}" in this source`,
      });
    }
    seen.add(note.id);
  });
}

/** Each relation links two different, known claims, and no pair of claims twice. */
export function checkRelations(
  relations: Located<Relation>[],
  claimById: ReadonlyMap<string, unknown>,
  problems: CorpusProblem[],
) {
  const seen = new Map<string, Located<Relation>>();
  for (const relation of relations) {
    const { from, to } = relation.value;
    checkRef(relation, 'from', claimById, 'claim', problems);
    checkRef(relation, 'to', claimById, 'claim', problems);
    if (from === to) {
      problems.push({
        ...at(relation, 'to'),
        message: `a claim cannot relate to itself ("${from}")`,
      });
      continue;
    }
    // One relation per pair of claims, whichever way round: a second one is either redundant
    // ("A supports B" and "B supports A") or contradictory.
    const pair = [from, to].sort().join('\u0000');
    const first = seen.get(pair);
    if (first) {
      problems.push({
        ...at(relation, 'from'),
        message: `duplicate relation: ${first.label} already links "${from}" and "${to}"`,
      });
      continue;
    }
    seen.set(pair, relation);
  }
}

function listIds(targets: ReadonlyMap<string, unknown>): string {
  const ids = [...targets.keys()];
  if (ids.length === 0) return 'none';
  return ids.length > 12
    ? `${ids.slice(0, 12).join(', ')}, … (${ids.length} in all)`
    : ids.join(', ');
}
