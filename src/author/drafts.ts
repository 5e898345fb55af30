/**
 * The claim form's entries, kept in the browser as they are typed (local storage), so a
 * reload, a closed tab or a refused save loses none of them: one slot for the new claim and
 * one for each claim being edited, so leaving one form never touches another's entry. A slot
 * is emptied once its claim is saved, or when its edit is cancelled. A draft starts from a
 * selected passage or from the claim being edited. The source form keeps its entry the same way.
 */
import * as z from 'zod/mini';
import type { AuthoredClaim } from '../corpus/corpus-schema.ts';
import type { Speaker, Topic } from '../corpus/schema.ts';
import type { Passage } from './selection.ts';

/** A claim being written: new (from a selection) or an edit, with a new speaker or topic. */
export type ClaimDraft = {
  mode: 'new' | 'edit';
  claim: AuthoredClaim;
  speaker?: Speaker;
  topic?: Topic;
  /** Where the quote starts in its source's text (UTF-16), as selected or last moved. */
  start?: number;
  /** An edit's correction: why it changes what readers of the published claim were told. */
  correction?: string;
};

/** Which entry: the new claim's, or the edit of one claim. */
export type DraftSlot = { mode: 'new' } | { mode: 'edit'; id: string };

/** The one slot of every form before slots were kept apart: read as the new claim's. */
const legacyKey = 'author-draft';

const keyOf = (slot: DraftSlot) =>
  slot.mode === 'new' ? 'author-draft:new' : `author-draft:edit:${slot.id}`;

/** A claim's draft from a passage: the words, their source, and the speech the marks suggest. */
export function newDraft(sourceId: string, passage: Passage): ClaimDraft {
  return {
    mode: 'new',
    claim: {
      id: '',
      // Who said it and what it answers are the author's to say: nothing is picked for them.
      topic: '',
      speaker: '',
      summary: '',
      quote: passage.quote,
      ...(passage.quotePrefix ? { quotePrefix: passage.quotePrefix } : {}),
      ...(passage.quoteSuffix ? { quoteSuffix: passage.quoteSuffix } : {}),
      source: sourceId,
      speech: passage.speech,
    },
    start: passage.start,
  };
}

/** An existing claim's draft, as its edit starts. */
export function draftOf(claim: AuthoredClaim): ClaimDraft {
  return { mode: 'edit', claim };
}

/** The slot a draft belongs in. */
export function slotOf(draft: ClaimDraft): DraftSlot {
  return draft.mode === 'new' ? { mode: 'new' } : { mode: 'edit', id: draft.claim.id };
}

/** Keeps a draft in its slot, over what the slot held. */
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

/** The draft in a slot, if any (for the new claim, one kept before slots were kept apart). */
export function loadDraft(slot: DraftSlot): ClaimDraft | undefined {
  const draft = parsed(localStorage.getItem(keyOf(slot)), slot.mode);
  if (draft || slot.mode === 'edit') {
    return draft && slot.mode === 'edit' && draft.claim.id !== slot.id ? undefined : draft;
  }
  return parsed(localStorage.getItem(legacyKey), 'new');
}

/** Empties a slot. */
export function clearDraft(slot: DraftSlot) {
  localStorage.removeItem(keyOf(slot));
  if (slot.mode === 'new') localStorage.removeItem(legacyKey);
}

/**
 * The source form's entry: the file opened (its bytes, base64) or the text pasted, and the
 * fields typed; one slot, kept like a claim's until the source is saved or discarded.
 */
const sourceDraftSchema = z.object({
  upload: z.optional(z.object({ fileName: z.string(), content: z.string() })),
  pasted: z.string(),
  fields: z.record(z.string(), z.string()),
});

/** The source form's entry (see {@link sourceDraftSchema}). */
export type SourceDraft = z.infer<typeof sourceDraftSchema>;

const sourceKey = 'author-draft:source';

/**
 * Keeps a form's entry under its key. False when the browser cannot hold it (beyond its
 * storage); then nothing is kept under the key.
 */
export function saveEntry(key: string, entry: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(entry));
    return true;
  } catch {
    localStorage.removeItem(key);
    return false;
  }
}

/** A form's entry kept under its key, if there is one of the form's shape. */
export function loadEntry<T>(key: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Empties a form's slot. */
export function clearEntry(key: string) {
  localStorage.removeItem(key);
}

/**
 * Keeps the source form's entry. False when the browser cannot hold it (a file or paste
 * beyond its storage): then the fields are kept without the text, and the form says so.
 */
export function saveSourceDraft(draft: SourceDraft): boolean {
  if (saveEntry(sourceKey, draft)) return true;
  const { upload: _, ...rest } = draft;
  saveEntry(sourceKey, { ...rest, pasted: '' });
  return false;
}

/** The source form's entry, if one is kept and is of its shape. */
export function loadSourceDraft(): SourceDraft | undefined {
  return loadEntry(sourceKey, sourceDraftSchema);
}

/** Empties the source form's slot. */
export function clearSourceDraft() {
  clearEntry(sourceKey);
}
