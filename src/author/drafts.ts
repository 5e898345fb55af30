/**
 * The claim form's entries, kept in the browser as they are typed (local storage), so a
 * reload, a closed tab or a refused save loses none of them: one slot for the new claim and
 * one for each claim being edited, so leaving one form never touches another's entry. A slot
 * is emptied once its claim is saved, or when its edit is cancelled.
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

/** Which entry: the new claim's, or the edit of one claim. */
export type DraftSlot = { mode: 'new' } | { mode: 'edit'; id: string };

/** The one slot of every form before slots were kept apart: read as the new claim's. */
const legacyKey = 'author-draft';

const keyOf = (slot: DraftSlot) =>
  slot.mode === 'new' ? 'author-draft:new' : `author-draft:edit:${slot.id}`;

/** The slot a draft belongs in. */
export function slotOf(draft: ClaimDraft): DraftSlot {
  return draft.mode === 'new' ? { mode: 'new' } : { mode: 'edit', id: draft.claim.id };
}

export function saveDraft(draft: ClaimDraft) {
  localStorage.setItem(keyOf(slotOf(draft)), JSON.stringify(draft));
}

function parsed(text: string | null, mode: ClaimDraft['mode']): ClaimDraft | undefined {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    return value && typeof value === 'object' && 'claim' in value && 'mode' in value
      ? value.mode === mode
        ? (value as ClaimDraft)
        : undefined
      : undefined;
  } catch {
    return undefined;
  }
}

export function loadDraft(slot: DraftSlot): ClaimDraft | undefined {
  const draft = parsed(localStorage.getItem(keyOf(slot)), slot.mode);
  if (draft || slot.mode === 'edit') {
    return draft && slot.mode === 'edit' && draft.claim.id !== slot.id ? undefined : draft;
  }
  return parsed(localStorage.getItem(legacyKey), 'new');
}

export function clearDraft(slot: DraftSlot) {
  localStorage.removeItem(keyOf(slot));
  if (slot.mode === 'new') localStorage.removeItem(legacyKey);
}
