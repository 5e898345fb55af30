/**
 * The form that relates the claim shown to another: the relation's type, the other claim and
 * a note.
 */
import { useState } from 'react';
import * as z from 'zod/mini';
import { relationTypeSchema, type Relation, type RelationType } from '../corpus/schema.ts';
import { authorApi, type AuthorState, type EditAnswer } from './author-api.ts';
import { ClaimPicker } from './claim-picker.tsx';
import { Answer, Dialog } from './dialog.tsx';
import { clearEntry, loadEntry, saveEntry } from './drafts.ts';
import { openFresh } from './page.ts';

/** The relation form's entry, kept per claim until saved (see drafts.ts). */
const entrySchema = z.object({
  to: z.optional(z.string()),
  type: relationTypeSchema,
  note: z.string(),
});
type Entry = z.infer<typeof entrySchema>;

const relationTypes: RelationType[] = ['disputes', 'supports', 'qualifies', 'elaborates'];

/** A typed relation from the claim shown to another, found by search. */
export function RelationDialog({
  state,
  from,
  onClose,
}: {
  state: AuthorState;
  from: string;
  onClose: () => void;
}) {
  // What was entered before a reload or a Cancel comes back, until the relation is saved.
  const key = `author-draft:relation:${from}`;
  const [entry, setEntry] = useState<Entry>(
    () => loadEntry(key, entrySchema) ?? { type: 'disputes', note: '' },
  );
  const { to, type, note } = entry;
  const change = (next: Partial<Entry>) => {
    const merged = { ...entry, ...next };
    setEntry(merged);
    saveEntry(key, merged);
  };
  const setTo = (picked: string) => change({ to: picked });
  const setType = (picked: RelationType) => change({ type: picked });
  const setNote = (typed: string) => change({ note: typed });
  const [answer, setAnswer] = useState<EditAnswer>();
  const save = async () => {
    if (!to) return;
    const relation: Relation = { from, to, type, note: note.trim() };
    const result = await authorApi.addRelation({ base: state.versions, relation });
    setAnswer(result);
    if (result.ok) {
      clearEntry(key);
      openFresh(`/claims/${from}`);
    }
  };
  return (
    <Dialog title="Add a relation" onClose={onClose}>
      <label>
        This claim
        <select
          aria-label="This claim"
          value={type}
          onChange={(event) => setType(event.target.value as RelationType)}
        >
          {relationTypes.map((one) => (
            <option key={one} value={one}>
              {one}
            </option>
          ))}
        </select>
      </label>
      <ClaimPicker state={state} exclude={from} picked={to} onPick={setTo} />
      <label>
        Note <span className="author-hint">one neutral line on how the two relate</span>
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <Answer answer={answer} />
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="author-button" disabled={!to} onClick={() => void save()}>
          Save relation
        </button>
      </div>
    </Dialog>
  );
}
