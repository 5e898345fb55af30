/**
 * Speakers and questions as the workbench edits them: the records claims name by id. Which
 * claims name one, why deleting one would be refused, what a deleted claim may take with it,
 * and the record an edit form's fields make. Plain functions, so that the forms only render
 * what these return. The workbench's server applies the same rules to every write
 * (`deleteNamed` and `deleteClaim` in scripts/author/corpus-writes.ts); these say so up front.
 */
import type { AuthoredClaim } from '../corpus/corpus-schema.ts';
import type { Speaker, Topic } from '../corpus/schema.ts';
import type { AuthorState } from './author-api.ts';

/** The two kinds of record claims name, by the API's path for them. */
export type NamedKind = 'speakers' | 'topics';

/** What these rules read of the corpus: its claims, and the questions the dossier leads with. */
export type NamedContext = {
  claims: readonly AuthoredClaim[];
  leadTopics: readonly string[];
};

/** What these rules read of the records the workbench loaded. */
export function namedContext(
  records: Pick<AuthorState['records'], 'claims.yaml' | 'dossier.yaml'>,
): NamedContext {
  return { claims: records['claims.yaml'], leadTopics: records['dossier.yaml'].leadTopics };
}

/** The claim's field that names a record of this kind. */
const fieldOf = { speakers: 'speaker', topics: 'topic' } as const;

/** The word the author reads for a record of this kind. */
export const nounOf = { speakers: 'speaker', topics: 'question' } as const;

/** The claims that name a speaker, or answer a question, in the order of their file. */
export function claimsNaming(
  claims: readonly AuthoredClaim[],
  kind: NamedKind,
  id: string,
): AuthoredClaim[] {
  return claims.filter((claim) => claim[fieldOf[kind]] === id);
}

/** "1 claim" or "3 claims". */
export function claimCount(count: number): string {
  return `${count} claim${count === 1 ? '' : 's'}`;
}

/**
 * Why deleting this speaker or question would be refused, in words that name the claims
 * holding it (or the dossier's lead); undefined when nothing holds it and it can go.
 */
export function whyKept(
  { claims, leadTopics }: NamedContext,
  kind: NamedKind,
  id: string,
): string | undefined {
  const naming = claimsNaming(claims, kind, id);
  const noun = nounOf[kind];
  if (naming.length > 0) {
    const them = naming.length === 1 ? 'it' : 'them';
    const ids = naming.map((claim) => `“${claim.id}”`).join(', ');
    const verb = kind === 'speakers' ? 'name' : 'answer';
    return `${claimCount(naming.length)} ${naming.length === 1 ? `${verb}s` : verb} this ${noun} (${ids}): give ${them} another ${noun} or delete ${them} first.`;
  }
  if (kind === 'topics' && leadTopics.includes(id)) {
    return 'The dossier leads with this question (leadTopics in dossier.yaml): take it out there first.';
  }
  return undefined;
}

/**
 * The question and the speaker that would be left with no claim once this one is deleted:
 * those no other claim names (and, for the question, that the dossier does not lead with,
 * since it stays in any case). A form offers to delete them with the claim.
 */
export function leftWithoutClaim(
  { claims, leadTopics }: NamedContext,
  topics: readonly Topic[],
  speakers: readonly Speaker[],
  claimId: string,
): { topic?: Topic; speaker?: Speaker } {
  const claim = claims.find((one) => one.id === claimId);
  if (!claim) return {};
  const others = claims.filter((one) => one.id !== claimId);
  const alone = (kind: NamedKind, id: string) => claimsNaming(others, kind, id).length === 0;
  const topic =
    alone('topics', claim.topic) && !leadTopics.includes(claim.topic)
      ? topics.find((one) => one.id === claim.topic)
      : undefined;
  const speaker = alone('speakers', claim.speaker)
    ? speakers.find((one) => one.id === claim.speaker)
    : undefined;
  return { ...(topic ? { topic } : {}), ...(speaker ? { speaker } : {}) };
}

/**
 * The page to open once a record is deleted: the one shown (its search kept), unless it was
 * that question's own page, which is gone with it.
 */
export function pageAfterDelete(
  { pathname, search }: { pathname: string; search: string },
  kind: NamedKind,
  id: string,
): string {
  return kind === 'topics' && pathname === `/topics/${id}` ? '/' : pathname + search;
}

/** A speaker's edit form: every field as typed, an optional one empty when it has none. */
export type SpeakerFields = {
  name: string;
  role: string;
  affiliation: string;
  kind: Speaker['kind'];
  party: string;
};

/** A question's edit form: every field as typed, its order too. */
export type TopicFields = { question: string; title: string; order: string; note: string };

/** The form's fields for a speaker as written. */
export function speakerFields(speaker: Speaker): SpeakerFields {
  const { name, role = '', affiliation = '', kind, party } = speaker;
  return { name, role, affiliation, kind, party };
}

/** The form's fields for a question as written. */
export function topicFields(topic: Topic): TopicFields {
  const { question, title, order, note = '' } = topic;
  return { question, title, order: String(order), note };
}

/**
 * The speaker the form's fields make, under its id, which never changes. An optional field
 * left empty is left out rather than written empty, so an untouched record writes the same
 * fields it had, and its file changes in no line.
 */
export function speakerOf(id: string, fields: SpeakerFields): Speaker {
  const { name, role, affiliation, kind, party } = fields;
  return {
    id,
    name: name.trim(),
    kind,
    ...(role.trim() ? { role: role.trim() } : {}),
    ...(affiliation.trim() ? { affiliation: affiliation.trim() } : {}),
    party,
  };
}

/**
 * The question the form's fields make, under its id. An order that is not a number is sent
 * as it is (no number), for the verifier to say what it must be.
 */
export function topicOf(id: string, fields: TopicFields): Topic {
  const { question, title, order, note } = fields;
  return {
    id,
    title: title.trim(),
    question: question.trim(),
    order: order.trim() === '' ? Number.NaN : Number(order),
    ...(note.trim() ? { note: note.trim() } : {}),
  };
}

/** The kinds a speaker may be, as the form offers them. */
export const speakerKinds: readonly { value: Speaker['kind']; label: string }[] = [
  { value: 'person', label: 'A person' },
  { value: 'group', label: 'An unnamed group' },
  { value: 'institution', label: 'An institution' },
];
