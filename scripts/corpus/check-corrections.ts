import type { AuthoredClaim } from '../../src/corpus/corpus-schema.ts';
import type { Relation } from '../../src/corpus/schema.ts';
import type { CorpusProblem } from './problem.ts';
import {
  changedParts,
  claimFingerprints,
  publishedParts,
  publishedRecordFile,
  publishedRecordSchema,
  relationsFrom,
  type PublishedRecord,
} from './published-record.ts';
import { at, type CorpusFiles, type Located } from './read-records.ts';

// Corrections in the open: a published claim changes only with a correction that says when
// and why, and what was published stays on record (published-record.ts).

/** The day as `YYYY-MM-DD`, in UTC. */
export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** Reads `published.json`: undefined when there is none (nothing published) or it is broken. */
export function readPublishedRecord(
  files: CorpusFiles,
  problems: CorpusProblem[],
): PublishedRecord | undefined {
  const bytes = files.get(publishedRecordFile);
  if (!bytes) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    problems.push({
      file: publishedRecordFile,
      message: `is not JSON (${(error as Error).message}): restore it from git; it records what was published`,
    });
    return undefined;
  }
  const parsed = publishedRecordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.push({
      file: publishedRecordFile,
      field: issue?.path.join('.'),
      message: `does not match its format (${issue?.message ?? 'unknown'}): restore it from git; \`npm run corpus:record\` writes it`,
    });
    return undefined;
  }
  return parsed.data;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * Checks each claim's corrections (in date order, none after `today`) and, against what was
 * last published, that a published claim whose words, source, speech, speaker, summary, date,
 * place or relations changed carries a new correction; that no published correction was
 * edited or removed; and that no published claim is gone.
 */
export function checkCorrections(
  record: PublishedRecord | undefined,
  claims: readonly Located<AuthoredClaim>[],
  relations: readonly Located<Relation>[],
  today: string,
  problems: CorpusProblem[],
): void {
  const relationsOf = relationsFrom(relations.map((relation) => relation.value));
  const present = new Set<string>();
  for (const claim of claims) {
    const { id, corrections = [] } = claim.value;
    present.add(id);
    corrections.forEach((correction, i) => {
      const previous = corrections[i - 1];
      if (correction.date > today) {
        problems.push({
          ...at(claim, ['corrections', i, 'date']),
          message: `is after today (${today}): a correction is dated the day it is made`,
        });
      } else if (previous && correction.date < previous.date) {
        problems.push({
          ...at(claim, ['corrections', i, 'date']),
          message: `is before the correction above it (${previous.date}): list corrections oldest first`,
        });
      }
    });
    const was = record?.claims[id];
    if (!was) continue;
    const now = claimFingerprints(claim.value, relationsOf.get(id));
    const publishedDay = was.published.slice(0, 10);
    const kept = was.corrections.every((one, i) => now.corrections[i] === one);
    if (!kept) {
      problems.push({
        ...at(claim, 'corrections'),
        message: `a correction published with this claim was edited or removed: a published correction stays as it was (${publishedRecordFile} records ${was.corrections.length}); add a new one instead`,
      });
      continue;
    }
    const added = corrections.slice(was.corrections.length);
    added.forEach((correction, i) => {
      if (correction.date < publishedDay) {
        problems.push({
          ...at(claim, ['corrections', was.corrections.length + i, 'date']),
          message: `is before the claim was published (${publishedDay}): a correction is dated the day it is made`,
        });
      }
    });
    const changed = changedParts(was, now);
    if (changed.length > 0 && added.length === 0) {
      problems.push({
        ...at(claim, fieldOf(changed[0] ?? 'summary')),
        message: `this claim was published on ${publishedDay} and its ${listed(changed.map((part) => publishedParts[part]))} changed since: a published claim is corrected in the open, so add a correction saying why (corrections: [{ date: ${today}, reason: … }])`,
      });
    }
  }
  for (const [id, was] of Object.entries(record?.claims ?? {})) {
    if (present.has(id)) continue;
    problems.push({
      file: 'claims.yaml',
      message: `claim "${id}", published on ${was.published.slice(0, 10)}, is gone: its permalink would break. Put it back and correct it; if it truly must go, remove its line from ${publishedRecordFile} in the same commit, for review`,
    });
  }
}

/** The field a change to a part is located at. */
function fieldOf(part: keyof typeof publishedParts): string {
  switch (part) {
    case 'appearances':
      return 'quote';
    case 'when':
      return 'statedAt';
    case 'relations':
      return 'id';
    default:
      return part;
  }
}
