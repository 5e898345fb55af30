/**
 * The claim form's entry, kept in the browser as it is typed (local storage), so a reload, a
 * closed tab or a refused save loses none of it; removed once it is saved.
 */
import type { AuthoredClaim } from '../corpus/corpus-schema.ts';
import type { Speaker, Topic } from '../corpus/schema.ts';

/** A claim being written: new (from a selection) or an edit, with a new speaker or topic. */
export type ClaimDraft = {
  mode: 'new' | 'edit';
  claim: AuthoredClaim;
  speaker?: Speaker;
  topic?: Topic;
};

const key = 'author-draft';

export function saveDraft(draft: ClaimDraft) {
  localStorage.setItem(key, JSON.stringify(draft));
}

export function loadDraft(): ClaimDraft | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return value && typeof value === 'object' && 'claim' in value
      ? (value as ClaimDraft)
      : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft() {
  localStorage.removeItem(key);
}
