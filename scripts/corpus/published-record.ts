import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { AuthoredClaim } from '../../src/corpus/corpus-schema.ts';
import { slug, type Correction, type Relation } from '../../src/corpus/schema.ts';

// What the site last published of each claim, so that a change to a published claim is made
// in the open: `published.json` in the corpus folder, written by `npm run corpus:record` when a
// build goes out, and read by the verifier, which compares every claim with it.

/** The record's file, in the corpus folder. Absent: nothing has been published yet. */
export const publishedRecordFile = 'published.json';

/** A fingerprint: the first 8 hex digits of a SHA-256, enough to tell a change. */
const fingerprint = z.string().check(z.regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits'));

/** An instant in UTC, as `2026-12-08T09:30:00Z`. */
const instant = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'must be an instant as YYYY-MM-DDThh:mm:ssZ'),
  z.refine((text) => !Number.isNaN(Date.parse(text)), 'must be a real instant'),
);

/**
 * What was published of one claim: when it first was, and a fingerprint of each part a reader
 * is told of when it changes. Each appearance and each relation has its own, so one added
 * later is no change to what was published, and one changed or removed is.
 */
export const publishedClaimSchema = z.strictObject({
  /** When the claim was first published. */
  published: instant,
  /** Each appearance's source, words and speech: the claim's own first, then `alsoIn`. */
  appearances: z.array(fingerprint),
  /** Who said it. */
  speaker: fingerprint,
  /** Our summary and short form. */
  summary: fingerprint,
  /** When and where it was said, and the notes these rest on. */
  when: fingerprint,
  /** Each relation it starts: its ends, type and note. */
  relations: z.array(fingerprint),
  /** The corrections it carried, oldest first: one fingerprint each. */
  corrections: z.array(fingerprint),
});

/** What was published of one claim (see {@link publishedClaimSchema}). */
export type PublishedClaim = z.infer<typeof publishedClaimSchema>;

/** The whole record: one entry per claim ever published, by id. */
export const publishedRecordSchema = z.strictObject({
  format: z.literal(1),
  claims: z.record(slug, publishedClaimSchema),
});

/** The whole record (see {@link publishedRecordSchema}). */
export type PublishedRecord = z.infer<typeof publishedRecordSchema>;

/** The parts of a claim the record fingerprints, as a reader would name a change to them. */
export const publishedParts = {
  appearances: 'words, source or speech',
  speaker: 'speaker',
  summary: 'summary',
  when: 'date or place',
  relations: 'relations',
} as const;

/** A part of a published claim that can change (see {@link publishedParts}). */
export type PublishedPart = keyof typeof publishedParts;

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 8);

/** The fingerprint of one correction. */
export function correctionFingerprint(correction: Correction): string {
  return hash([correction.date, correction.reason]);
}

/**
 * The relations each claim starts, by its id, in authored order. A relation is the `from`
 * claim's reading of the `to` claim, so a change to it is corrected on the `from` claim.
 */
export function relationsFrom(relations: readonly Relation[]): Map<string, Relation[]> {
  const byClaim = new Map<string, Relation[]>();
  for (const relation of relations) {
    const list = byClaim.get(relation.from) ?? [];
    list.push(relation);
    byClaim.set(relation.from, list);
  }
  return byClaim;
}

/** The fingerprints of what a claim publishes now, given the relations it starts. */
export function claimFingerprints(
  claim: AuthoredClaim,
  relations: readonly Relation[] = [],
): Omit<PublishedClaim, 'published'> {
  const own = { source: claim.source, quote: claim.quote, speech: claim.speech };
  return {
    appearances: [own, ...(claim.alsoIn ?? [])].map(({ source, quote, speech }) =>
      hash([source, quote, speech]),
    ),
    speaker: hash(claim.speaker),
    summary: hash([claim.summary, claim.short ?? null]),
    when: hash([
      claim.statedAt ?? null,
      claim.venue ?? null,
      claim.statedAtFrom ?? null,
      claim.venueFrom ?? null,
    ]),
    relations: relations.map((relation) =>
      hash([relation.from, relation.to, relation.type, relation.note]),
    ),
    corrections: (claim.corrections ?? []).map(correctionFingerprint),
  };
}

/**
 * The parts of a published claim that changed since: a single part whose fingerprint differs,
 * or a list part (appearances, relations) that lost one it had. One added is no change.
 */
export function changedParts(
  was: PublishedClaim,
  now: Omit<PublishedClaim, 'published'>,
): PublishedPart[] {
  const lost = (before: readonly string[], after: readonly string[]) =>
    before.some((one) => !after.includes(one));
  const changed: PublishedPart[] = [];
  if (lost(was.appearances, now.appearances)) changed.push('appearances');
  if (was.speaker !== now.speaker) changed.push('speaker');
  if (was.summary !== now.summary) changed.push('summary');
  if (was.when !== now.when) changed.push('when');
  if (lost(was.relations, now.relations)) changed.push('relations');
  return changed;
}

/**
 * The record's text: one claim a line, in id order, so that git shows a publication as the
 * lines of the claims it added or changed.
 */
export function serializePublishedRecord(record: PublishedRecord): string {
  const ids = Object.keys(record.claims).sort();
  const lines = ids.map(
    (id, i) =>
      `  ${JSON.stringify(id)}: ${JSON.stringify(record.claims[id])}${i < ids.length - 1 ? ',' : ''}`,
  );
  return `{\n "format": 1,\n "claims": {\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''} }\n}\n`;
}

/** An instant as the record writes it: UTC, to the second. */
export function recordInstant(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The record after a publication at `now`: each claim of the corpus with its fingerprints as
 * they are now; a claim new to the record published at `now`, one already in it keeping its
 * first publication. Claims the record has and the corpus lacks stay in it (the verifier
 * refuses such a corpus unless their lines were removed by hand, in review).
 */
export function recordPublication(
  record: PublishedRecord | undefined,
  claims: readonly AuthoredClaim[],
  relations: readonly Relation[],
  now: Date,
): PublishedRecord {
  const claimsById: Record<string, PublishedClaim> = { ...record?.claims };
  const relationsOf = relationsFrom(relations);
  for (const claim of claims) {
    claimsById[claim.id] = {
      published: record?.claims[claim.id]?.published ?? recordInstant(now),
      ...claimFingerprints(claim, relationsOf.get(claim.id)),
    };
  }
  return { format: 1, claims: claimsById };
}
