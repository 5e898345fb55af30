/**
 * The form that lists the dossier's speakers and questions, with how many claims name each,
 * and edits or deletes one. Ids never change (claims name them); deleting one that a claim
 * still names, or the question the dossier leads with, is refused, and the list says so
 * before the author tries. What decides it is in named-records.ts.
 */
import { useEffect, useId, useState } from 'react';
import * as z from 'zod/mini';
import type { Speaker, Topic } from '../corpus/schema.ts';
import { authorApi, type AuthorState, type EditAnswer } from './author-api.ts';
import { Answer, Dialog } from './dialog.tsx';
import {
  claimCount,
  claimsNaming,
  namedContext,
  nounOf,
  pageAfterDelete,
  speakerFields,
  speakerKinds,
  speakerOf,
  topicFields,
  topicOf,
  whyKept,
  type NamedKind,
  type SpeakerFields,
  type TopicFields,
} from './named-records.ts';
import { clearEntry, loadEntry, saveEntry } from './drafts.ts';
import { openFresh } from './page.ts';

/** What the dialog shows: the list, one record's edit, or the question before a delete. */
type View =
  | { mode: 'list' }
  | { mode: 'edit-speaker'; id: string; fields: SpeakerFields }
  | { mode: 'edit-topic'; id: string; fields: TopicFields }
  | { mode: 'delete'; kind: NamedKind; id: string; name: string };

/** The workbench's answer, and the record it was about (shown under that record). */
type Refusal = { kind: NamedKind; id: string; answer: EditAnswer };

/** The page as it is, to open afresh once a change is written. */
/** Where an edit of a speaker or a question keeps its fields as typed (see drafts.ts). */
const entryKey = (kind: NamedKind, id: string) => `author-draft:${kind}:${id}`;
const speakerFieldsSchema = z.object({
  name: z.string(),
  role: z.string(),
  affiliation: z.string(),
  kind: z.enum(['person', 'group', 'institution']),
  party: z.string(),
});
const topicFieldsSchema = z.object({
  question: z.string(),
  title: z.string(),
  order: z.string(),
  note: z.string(),
});

const here = () => ({ pathname: window.location.pathname, search: window.location.search });

/** Speakers and questions: each listed, edited, or deleted once nothing names it. */
export function NamedDialog({ state, onClose }: { state: AuthorState; onClose: () => void }) {
  const [view, setView] = useState<View>({ mode: 'list' });
  const [answer, setAnswer] = useState<EditAnswer>();
  const [refusal, setRefusal] = useState<Refusal>();
  // Where the keyboard goes when the view changes: its first field, or back to the button
  // that left the list, so that a screen reader is not left on a button that is gone.
  const [focus, setFocus] = useState<string>();
  const prefix = useId();
  const idOf = (part: string) => `${prefix}-${part}`;
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus, view]);
  const show = (next: View, focusOn: string) => {
    setAnswer(undefined);
    setView(next);
    setFocus(idOf(focusOn));
  };
  const back = (kind: NamedKind, id: string, button: 'edit' | 'delete') =>
    show({ mode: 'list' }, `${kind}-${id}-${button}`);

  const save = async (kind: NamedKind, id: string, record: Speaker | Topic) => {
    const result = await authorApi.updateNamed(kind, id, { base: state.versions, record });
    setAnswer(result);
    if (result.ok) {
      clearEntry(entryKey(kind, id));
      openFresh(here().pathname + here().search);
    }
  };
  /** An edit's fields as typed, kept until saved or cancelled: a reload loses none. */
  const keep = (next: View) => {
    setView(next);
    if (next.mode === 'edit-speaker') saveEntry(entryKey('speakers', next.id), next.fields);
    if (next.mode === 'edit-topic') saveEntry(entryKey('topics', next.id), next.fields);
  };
  const cancel = (kind: NamedKind, id: string) => {
    clearEntry(entryKey(kind, id));
    back(kind, id, 'edit');
  };
  const remove = async (kind: NamedKind, id: string) => {
    const result = await authorApi.deleteNamed(kind, id, { base: state.versions });
    if (result.ok) return openFresh(pageAfterDelete(here(), kind, id));
    if (view.mode === 'delete') setAnswer(result);
    else setRefusal({ kind, id, answer: result });
  };

  if (view.mode === 'edit-speaker') {
    const { id, fields } = view;
    return (
      <Dialog title={`Edit speaker “${id}”`} onClose={onClose}>
        <SpeakerForm
          id={id}
          firstField={idOf('first')}
          fields={fields}
          parties={state.records['parties.yaml']}
          onChange={(next) => keep({ ...view, fields: next })}
        />
        <Answer answer={answer} />
        <div className="author-actions">
          <button
            type="button"
            className="author-button quiet"
            onClick={() => cancel('speakers', id)}
          >
            Cancel
          </button>
          <button
            type="button"
            className="author-button"
            onClick={() => void save('speakers', id, speakerOf(id, fields))}
          >
            Save speaker
          </button>
        </div>
      </Dialog>
    );
  }
  if (view.mode === 'edit-topic') {
    const { id, fields } = view;
    return (
      <Dialog title={`Edit question “${id}”`} onClose={onClose}>
        <TopicForm
          id={id}
          firstField={idOf('first')}
          fields={fields}
          onChange={(next) => keep({ ...view, fields: next })}
        />
        <Answer answer={answer} />
        <div className="author-actions">
          <button
            type="button"
            className="author-button quiet"
            onClick={() => cancel('topics', id)}
          >
            Cancel
          </button>
          <button
            type="button"
            className="author-button"
            onClick={() => void save('topics', id, topicOf(id, fields))}
          >
            Save question
          </button>
        </div>
      </Dialog>
    );
  }
  if (view.mode === 'delete') {
    const { kind, id, name } = view;
    const noun = nounOf[kind];
    return (
      <Dialog title={`Delete ${noun} “${name}”?`} onClose={onClose}>
        <p>
          No claim names this {noun}
          {kind === 'topics' && ' and the dossier does not lead with it'}: it is taken out of {kind}
          .yaml, and nothing is left pointing at it.
        </p>
        <Answer answer={answer} />
        <div className="author-actions">
          <button
            type="button"
            id={idOf('first')}
            className="author-button quiet"
            onClick={() => back(kind, id, 'delete')}
          >
            Keep it
          </button>
          <button
            type="button"
            className="author-button danger"
            onClick={() => void remove(kind, id)}
          >
            Delete {noun}
          </button>
        </div>
      </Dialog>
    );
  }

  const context = namedContext(state.records);
  const partyName = (id: string) =>
    state.records['parties.yaml'].find((party) => party.id === id)?.name ?? id;
  const leads = new Set(context.leadTopics);
  /** Edit and Delete for one record, and the workbench's refusal of its delete. */
  const actions = (kind: NamedKind, id: string, name: string, edit: () => void) => {
    const kept = whyKept(context, kind, id);
    const reasonId = idOf(`${kind}-${id}-kept`);
    return (
      <>
        {kept && (
          <p id={reasonId} className="author-hint">
            It cannot be deleted yet. {kept}
          </p>
        )}
        <div className="author-named-actions">
          <button
            type="button"
            id={idOf(`${kind}-${id}-edit`)}
            className="author-button quiet"
            aria-label={`Edit ${name}`}
            onClick={edit}
          >
            Edit
          </button>
          {/*
           * Never disabled: a disabled button leaves the tab order, so someone on a keyboard or
           * a screen reader would not find it, nor hear why. It stays, described by the reason
           * it would be refused (read out with it, and shown above); pressed, it asks the
           * workbench all the same, which writes nothing and answers in its own words.
           */}
          <button
            type="button"
            id={idOf(`${kind}-${id}-delete`)}
            className="author-button danger"
            aria-label={`Delete ${name}`}
            aria-describedby={kept ? reasonId : undefined}
            onClick={() => {
              setRefusal(undefined);
              if (kept) void remove(kind, id);
              else show({ mode: 'delete', kind, id, name }, 'first');
            }}
          >
            Delete
          </button>
        </div>
        {refusal?.kind === kind && refusal.id === id && <Answer answer={refusal.answer} />}
      </>
    );
  };

  return (
    <Dialog title="Speakers and questions" onClose={onClose}>
      <h3 id={idOf('speakers')}>Speakers</h3>
      <ul className="author-named" aria-labelledby={idOf('speakers')}>
        {state.records['speakers.yaml'].map((speaker) => {
          const count = claimsNaming(context.claims, 'speakers', speaker.id).length;
          return (
            <li key={speaker.id}>
              <p>
                <strong>{speaker.name}</strong>
                {speaker.role && `, ${speaker.role}`} · {partyName(speaker.party)} ·{' '}
                {count === 0 ? 'no claim names this speaker' : `named by ${claimCount(count)}`}
              </p>
              {actions('speakers', speaker.id, speaker.name, () =>
                show(
                  {
                    mode: 'edit-speaker',
                    id: speaker.id,
                    fields:
                      loadEntry(entryKey('speakers', speaker.id), speakerFieldsSchema) ??
                      speakerFields(speaker),
                  },
                  'first',
                ),
              )}
            </li>
          );
        })}
      </ul>
      <h3 id={idOf('topics')}>Questions</h3>
      <ul className="author-named" aria-labelledby={idOf('topics')}>
        {state.records['topics.yaml'].map((topic) => {
          const count = claimsNaming(context.claims, 'topics', topic.id).length;
          return (
            <li key={topic.id}>
              <p>
                <strong>{topic.question}</strong> {topic.title} · order {topic.order} ·{' '}
                {count === 0 ? 'no claim answers it' : `answered by ${claimCount(count)}`}
                {leads.has(topic.id) && ' · the dossier leads with it'}
              </p>
              {actions('topics', topic.id, topic.title, () =>
                show(
                  {
                    mode: 'edit-topic',
                    id: topic.id,
                    fields:
                      loadEntry(entryKey('topics', topic.id), topicFieldsSchema) ??
                      topicFields(topic),
                  },
                  'first',
                ),
              )}
            </li>
          );
        })}
      </ul>
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/** The read-only id, and why it stays as it is. */
function IdField({ id, noun }: { id: string; noun: string }) {
  return (
    <label>
      Id{' '}
      <span className="author-hint">
        claims name the {noun} by it, so it never changes; its other fields can
      </span>
      <input value={id} readOnly />
    </label>
  );
}

/** A speaker's fields. */
function SpeakerForm({
  id,
  firstField,
  fields,
  parties,
  onChange,
}: {
  id: string;
  firstField: string;
  fields: SpeakerFields;
  parties: AuthorState['records']['parties.yaml'];
  onChange: (fields: SpeakerFields) => void;
}) {
  const set = (changed: Partial<SpeakerFields>) => onChange({ ...fields, ...changed });
  return (
    <>
      <IdField id={id} noun="speaker" />
      <label>
        Name, as the source gives it
        <input
          id={firstField}
          value={fields.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </label>
      <label>
        Role at the time <span className="author-hint">optional</span>
        <input value={fields.role} onChange={(event) => set({ role: event.target.value })} />
      </label>
      <label>
        Affiliation{' '}
        <span className="author-hint">optional: the organisation the source ties them to</span>
        <input
          value={fields.affiliation}
          onChange={(event) => set({ affiliation: event.target.value })}
        />
      </label>
      <label>
        Party
        <select
          aria-label="Party"
          value={fields.party}
          onChange={(event) => set({ party: event.target.value })}
        >
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind
        <select
          aria-label="Kind"
          value={fields.kind}
          onChange={(event) => {
            const kind = speakerKinds.find((one) => one.value === event.target.value);
            if (kind) set({ kind: kind.value });
          }}
        >
          {speakerKinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** A question's fields. */
function TopicForm({
  id,
  firstField,
  fields,
  onChange,
}: {
  id: string;
  firstField: string;
  fields: TopicFields;
  onChange: (fields: TopicFields) => void;
}) {
  const set = (changed: Partial<TopicFields>) => onChange({ ...fields, ...changed });
  return (
    <>
      <IdField id={id} noun="question" />
      <label>
        The neutral question
        <input
          id={firstField}
          value={fields.question}
          onChange={(event) => set({ question: event.target.value })}
        />
      </label>
      <label>
        Short title
        <input value={fields.title} onChange={(event) => set({ title: event.target.value })} />
      </label>
      <label>
        Order <span className="author-hint">its place in the comparison, 1 first</span>
        <input
          type="number"
          min={1}
          step={1}
          value={fields.order}
          onChange={(event) => set({ order: event.target.value })}
        />
      </label>
      <label>
        Note <span className="author-hint">optional: background a reader needs, never a quote</span>
        <textarea
          rows={3}
          value={fields.note}
          onChange={(event) => set({ note: event.target.value })}
        />
      </label>
    </>
  );
}
