/**
 * The claim form: a new claim from a selected passage, or an edit of one, with a new speaker
 * or question if the author makes one. What is typed is kept as a draft (drafts.ts) and
 * checked by the workbench's verifier as it is typed.
 *
 * No forms library: react-hook-form's zod resolver would check a record's shape only, while
 * what makes a claim right (its speaker and question exist, its quote is in its source, its id
 * is free, its speech matches the marks) is the verifier's, which answers as the author types
 * already; the draft is the form's one state, kept on every change; and most fields set more
 * than themselves (the summary makes the id, a new speaker's name its id and the claim's
 * speaker), which registered inputs would still do by hand.
 */
import { useEffect, useMemo, useState } from 'react';
import type { AuthoredClaim } from '../corpus/corpus-schema.ts';
import type { Speaker, Speech, Topic } from '../corpus/schema.ts';
import { claimIdOf } from '../lib/slug.ts';
import { freeId, transliteratedSlug, uniqueId } from '../lib/transliterated-slug.ts';
import { authorApi, type AuthorState, type EditAnswer, type Problem } from './author-api.ts';
import { Answer, Dialog, ProblemList } from './dialog.tsx';
import { clearDraft, saveDraft, slotOf, type ClaimDraft } from './drafts.ts';
import { openFresh, useSourceText } from './page.ts';
import { moveEdge, quoteSpan, sourceLanguage, wordsAt, type EdgeMove } from './quote-bounds.ts';

/** A record with an optional field set to `value`, or without the field when it is empty. */
function withOptional<T extends object, K extends keyof T>(record: T, key: K, value: string): T {
  const { [key]: _, ...rest } = record;
  return (value ? { ...rest, [key]: value } : rest) as T;
}

/** The value of the option that makes a new speaker or question rather than picking one. */
const newValue = '__new__';

/** The claim form: a new claim from a selection, or an edit of one. */
export function ClaimDialog({
  state,
  initial,
  onClose,
}: {
  state: AuthorState;
  initial: ClaimDraft;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<ClaimDraft>(initial);
  // The verifier's answer, with the draft it was for: an answer to an earlier draft is not
  // taken for this one's.
  const [verdict, setVerdict] = useState<{ for: string; problems: Problem[] }>();
  const [answer, setAnswer] = useState<EditAnswer>();
  const [saving, setSaving] = useState(false);
  const { claim, speaker, topic } = draft;
  const editing = draft.mode === 'edit';
  const parties = state.records['parties.yaml'];
  // Ids in use, so a new speaker, question or claim gets one of its own.
  const speakerIds = new Set(state.records['speakers.yaml'].map((one) => one.id));
  const topicIds = new Set(state.records['topics.yaml'].map((one) => one.id));
  const claimIds = new Set(state.records['claims.yaml'].map((one) => one.id));
  // Every change is kept in the browser until it is saved: a reload or a closed tab loses none.
  useEffect(() => saveDraft(draft), [draft]);
  const payload = useMemo(() => recordsOf(draft), [draft]);
  const asked = JSON.stringify(payload);
  // The verifier's own messages, as the author types.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const request = editing
        ? authorApi.check({ base: state.versions, mode: 'edit', id: claim.id, ...payload })
        : authorApi.check({ base: state.versions, ...payload });
      void request.then((result) => setVerdict({ for: asked, problems: result.problems ?? [] }));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [payload, asked, editing, claim.id, state.versions]);
  const problems = verdict?.for === asked ? verdict.problems : undefined;
  // The quote's place in its source, to widen or narrow it there.
  const text = useSourceText(claim.source);
  const span = text === undefined ? undefined : quoteSpan(text, claim, draft.start);
  const moveQuote = (move: EdgeMove) => {
    const moved = text !== undefined && span ? moveEdge(text, span, move) : undefined;
    if (!moved || text === undefined) return;
    const { quotePrefix: _, quoteSuffix: __, ...rest } = claim;
    const language = sourceLanguage(state.records, claim.source);
    setDraft({
      ...draft,
      claim: { ...rest, ...wordsAt(text, moved, language) },
      start: moved.start,
    });
  };
  /** A change the verifier offers to fix a problem of the claim's own words. */
  const fix = (fields: Record<string, string>) => {
    const next = { ...claim };
    if (fields.quote !== undefined) {
      next.quote = fields.quote;
      delete next.quotePrefix;
      delete next.quoteSuffix;
    }
    if (fields.speech === 'direct' || fields.speech === 'reported') next.speech = fields.speech;
    const at = text === undefined ? undefined : quoteSpan(text, next);
    setDraft({ ...draft, claim: next, ...(at ? { start: at.start } : {}) });
  };

  const set = (fields: Partial<AuthoredClaim>) =>
    setDraft({ ...draft, claim: { ...claim, ...fields } });
  const save = async () => {
    setSaving(true);
    const result = editing
      ? await authorApi.updateClaim(claim.id, { base: state.versions, ...payload })
      : await authorApi.addClaim({ base: state.versions, ...payload });
    setSaving(false);
    setAnswer(result);
    if (result.ok) {
      clearDraft(slotOf(draft));
      openFresh(`/claims/${payload.claim.id}`);
    }
  };
  // Cancelling an edit discards it; the new claim's entry, in its own slot, stays.
  const close = () => {
    if (editing) clearDraft(slotOf(draft));
    onClose();
  };
  return (
    <Dialog
      title={editing ? `Edit claim “${claim.id}”` : 'New claim from selection'}
      onClose={close}
    >
      <p className="author-quote" aria-label="The source's words">
        {claim.quote}
      </p>
      {span && (
        <div className="author-actions" role="group" aria-label="Widen or narrow the quote">
          {(
            [
              ['grow-start', 'Take in one more word before'],
              ['shrink-start', 'Leave out the first word'],
              ['shrink-end', 'Leave out the last word'],
              ['grow-end', 'Take in one more word after'],
            ] as const
          ).map(([move, label]) => (
            <button
              key={move}
              type="button"
              className="author-button quiet"
              disabled={text === undefined || !moveEdge(text, span, move)}
              onClick={() => moveQuote(move)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      <label>
        Speaker
        <select
          aria-label="Speaker"
          value={speaker ? newValue : claim.speaker}
          onChange={(event) =>
            event.target.value === newValue
              ? setDraft({
                  ...draft,
                  speaker: { id: '', name: '', kind: 'person', party: parties[0]?.id ?? '' },
                })
              : setDraft({
                  ...draft,
                  speaker: undefined,
                  claim: { ...claim, speaker: event.target.value },
                })
          }
        >
          <option value="" disabled>
            Choose who said it…
          </option>
          {state.records['speakers.yaml'].map((one) => (
            <option key={one.id} value={one.id}>
              {one.name}
              {one.role ? ` (${one.role})` : ''}
            </option>
          ))}
          <option value={newValue}>New speaker…</option>
        </select>
      </label>
      {speaker && (
        <fieldset>
          <legend>New speaker</legend>
          <label>
            Name, as the source gives it
            <input
              value={speaker.name}
              onChange={(event) => {
                const name = event.target.value;
                const id = uniqueId(name, (one) => speakerIds.has(one), 'speaker', 8);
                const next: Speaker = { ...speaker, name, id };
                setDraft({ ...draft, speaker: next, claim: { ...claim, speaker: next.id } });
              }}
            />
          </label>
          <label>
            Role at the time
            <input
              value={speaker.role ?? ''}
              onChange={(event) => {
                setDraft({ ...draft, speaker: withOptional(speaker, 'role', event.target.value) });
              }}
            />
          </label>
          <label>
            Party
            <select
              aria-label="Party"
              value={speaker.party}
              onChange={(event) =>
                setDraft({ ...draft, speaker: { ...speaker, party: event.target.value } })
              }
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
              value={speaker.kind}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  speaker: { ...speaker, kind: event.target.value as Speaker['kind'] },
                })
              }
            >
              <option value="person">A person</option>
              <option value="group">An unnamed group</option>
              <option value="institution">An institution</option>
            </select>
          </label>
        </fieldset>
      )}
      <label>
        Question it answers
        <select
          aria-label="Question it answers"
          value={topic ? newValue : claim.topic}
          onChange={(event) =>
            event.target.value === newValue
              ? setDraft({
                  ...draft,
                  topic: {
                    id: '',
                    title: '',
                    question: '',
                    order:
                      state.records['topics.yaml'].reduce(
                        (most, one) => Math.max(most, one.order),
                        0,
                      ) + 1,
                  },
                })
              : setDraft({
                  ...draft,
                  topic: undefined,
                  claim: { ...claim, topic: event.target.value },
                })
          }
        >
          <option value="" disabled>
            Choose the question…
          </option>
          {state.records['topics.yaml'].map((one) => (
            <option key={one.id} value={one.id}>
              {one.question}
            </option>
          ))}
          <option value={newValue}>New question…</option>
        </select>
      </label>
      {topic && (
        <fieldset>
          <legend>New question</legend>
          <label>
            The neutral question
            <input
              value={topic.question}
              onChange={(event) =>
                setDraft({ ...draft, topic: { ...topic, question: event.target.value } })
              }
            />
          </label>
          <label>
            Short title
            <input
              value={topic.title}
              onChange={(event) => {
                const next: Topic = {
                  ...topic,
                  title: event.target.value,
                  id: uniqueId(event.target.value, (one) => topicIds.has(one), 'question', 8),
                };
                setDraft({ ...draft, topic: next, claim: { ...claim, topic: next.id } });
              }}
            />
          </label>
        </fieldset>
      )}
      <label>
        Summary{' '}
        <span className="author-hint">one neutral line in our own words, never a quote</span>
        <input
          value={claim.summary}
          onChange={(event) => {
            const summary = event.target.value;
            set(
              editing
                ? { summary }
                : {
                    summary,
                    id: freeId(
                      claimIdOf(
                        speaker ?? { id: claim.speaker, name: claim.speaker },
                        summary,
                        7,
                        transliteratedSlug,
                      ),
                      (one) => claimIds.has(one),
                    ),
                  },
            );
          }}
        />
      </label>
      <label>
        Short form{' '}
        <span className="author-hint">the position in a few words, for the overview</span>
        <input
          value={claim.short ?? ''}
          onChange={(event) => {
            setDraft({ ...draft, claim: withOptional(claim, 'short', event.target.value) });
          }}
        />
      </label>
      <fieldset>
        <legend>
          Speech{' '}
          <span className="author-hint">proposed from the quotation marks around the words</span>
        </legend>
        {(['direct', 'reported'] as Speech[]).map((speech) => (
          <label key={speech}>
            <input
              type="radio"
              name="speech"
              checked={claim.speech === speech}
              onChange={() => set({ speech })}
            />{' '}
            {speech === 'direct'
              ? 'Direct quote: the speaker’s words'
              : 'Reported: the source’s words'}
          </label>
        ))}
      </fieldset>
      <label>
        When it was said{' '}
        <span className="author-hint">
          YYYY, YYYY-MM, YYYY-MM-DD, a day with its time and offset (2019-02-28T23:00+07:00) or
          start/end; leave out rather than guess
        </span>
        <input
          value={claim.statedAt ?? ''}
          onChange={(event) => {
            setDraft({ ...draft, claim: withOptional(claim, 'statedAt', event.target.value) });
          }}
        />
      </label>
      <label>
        Where or through what
        <input
          value={claim.venue ?? ''}
          onChange={(event) => {
            setDraft({ ...draft, claim: withOptional(claim, 'venue', event.target.value) });
          }}
        />
      </label>
      {editing && (
        <label>
          Correction{' '}
          <span className="author-hint">
            once the claim is published, say why this edit changes what readers were told (its
            words, source, speech, speaker, summary, date, place or relations): its page shows it,
            dated today, and the feeds list it
          </span>
          <textarea
            rows={2}
            value={draft.correction ?? ''}
            onChange={(event) => setDraft({ ...draft, correction: event.target.value })}
          />
        </label>
      )}
      {!editing && (
        <label>
          Id <span className="author-hint">its permalink: it never changes once published</span>
          <input value={claim.id} onChange={(event) => set({ id: event.target.value })} />
        </label>
      )}
      <div aria-live="polite">
        {problems === undefined ? (
          <p className="author-hint">Checking with the verifier…</p>
        ) : problems.length > 0 ? (
          <ProblemList problems={problems} onFix={fix} />
        ) : (
          <p className="author-ok">The verifier finds nothing wrong.</p>
        )}
      </div>
      <Answer answer={answer} />
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={close}>
          Cancel
        </button>
        {!editing && (
          <button
            type="button"
            className="author-button quiet"
            onClick={() => {
              clearDraft(slotOf(draft));
              onClose();
            }}
          >
            Discard this claim
          </button>
        )}
        <button
          type="button"
          className="author-button"
          disabled={saving}
          onClick={() => void save()}
        >
          Save claim
        </button>
      </div>
    </Dialog>
  );
}

/** The records a draft adds: the claim, and its new speaker and topic if it has them. */
function recordsOf({ claim, speaker, topic, correction }: ClaimDraft) {
  const reason = correction?.trim();
  return {
    claim: {
      ...claim,
      ...(speaker ? { speaker: speaker.id } : {}),
      ...(topic ? { topic: topic.id } : {}),
      // Dated today in UTC, the verifier's day, so no clock puts it "after today".
      ...(reason
        ? {
            corrections: [
              ...(claim.corrections ?? []),
              { date: new Date().toISOString().slice(0, 10), reason },
            ],
          }
        : {}),
    },
    ...(speaker ? { speaker } : {}),
    ...(topic ? { topic } : {}),
  };
}
