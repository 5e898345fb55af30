/**
 * The author's screens, laid over the app in the workbench (`npm run author`) and in no other
 * build: a bar with what can be done on the page shown, and the forms. The app is not changed
 * by them: they read the page (its address, the source reader's text and the reader's
 * selection) and write through the workbench's API, then reload the page, whose data the
 * workbench recompiles on every request.
 */
import { Fragment, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AuthoredClaim } from '../corpus/corpus-schema.ts';
import type { Relation, RelationType, Speaker, Speech, Topic } from '../corpus/schema.ts';
import {
  authorApi,
  authorToken,
  base64Of,
  base64OfBytes,
  problemLine,
  type AuthorState,
  type EditAnswer,
  type Problem,
} from './author-api.ts';
import { claimIdOf, slugOf } from '../lib/slug.ts';
import { loadDraft, saveDraft, clearDraft, slotOf, type ClaimDraft } from './drafts.ts';
import { selectedPassage, type Passage } from './selection.ts';

/** The page's address as it changes (the app's router moves through the history). */
function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const timer = window.setInterval(() => setPath(window.location.pathname), 200);
    return () => window.clearInterval(timer);
  }, []);
  return path;
}

/** Opens a page afresh, so that it shows the corpus as just written. */
function openFresh(path: string) {
  window.location.assign(path);
}

type Dialog =
  | { kind: 'source' }
  | { kind: 'claim'; draft: ClaimDraft }
  | { kind: 'appearance'; passage: Passage; sourceId: string }
  | { kind: 'relation'; claimId: string }
  | { kind: 'replace'; sourceId: string }
  | { kind: 'delete'; claimId: string };

/** The author's bar and forms, over whatever page of the app is shown. */
/** Where the token comes from, for a page opened without it or with an old one. */
const openPrinted =
  'open the address `npm run author` printed in the terminal (it ends in #author-token=…).';

export function AuthorMode() {
  const path = usePath();
  const [state, setState] = useState<AuthorState>();
  const [failure, setFailure] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  // Without this run's token nothing can be read or saved: the page says where to find it.
  const [hasToken] = useState(() => authorToken() !== undefined);
  useEffect(() => {
    if (!hasToken) return;
    // The corpus's records and versions, once: every save opens its page afresh.
    void authorApi.state().then((answer) => {
      if (answer.ok !== false) return setState(answer);
      // A token from an earlier run (the workbench was restarted): the same way back.
      setFailure(
        /token/.test(answer.message ?? '')
          ? `This page holds the token of an earlier run of the workbench: ${openPrinted}`
          : (answer.message ?? 'The workbench refused this page.'),
      );
    });
  }, [hasToken]);
  const shownFailure = hasToken
    ? failure
    : `This page was opened without the workbench's token: ${openPrinted}`;
  const sourceId = /^\/sources\/([a-z0-9-]+)$/.exec(path)?.[1];
  const claimId = /^\/claims\/([a-z0-9-]+)$/.exec(path)?.[1];
  const passage = usePassage(sourceId);
  // The new claim's entry, and this claim's edit, each in a slot of its own.
  const draft = loadDraft({ mode: 'new' });
  const claim = claimId
    ? state?.records['claims.yaml'].find((one) => one.id === claimId)
    : undefined;
  const editDraft = claim ? loadDraft({ mode: 'edit', id: claim.id }) : undefined;

  return (
    <>
      <aside className="author-bar" aria-label="Author mode">
        <strong>Author mode</strong>
        {shownFailure && <span role="alert">{shownFailure}</span>}
        <button
          type="button"
          className="author-button"
          onClick={() => setDialog({ kind: 'source' })}
        >
          Add a source
        </button>
        {draft && !dialog && (
          <button
            type="button"
            className="author-button quiet"
            onClick={() => setDialog({ kind: 'claim', draft })}
          >
            Resume the unsaved claim
          </button>
        )}
        {claim && (
          <>
            <button
              type="button"
              className="author-button quiet"
              onClick={() => setDialog({ kind: 'claim', draft: editDraft ?? draftOf(claim) })}
            >
              {editDraft ? 'Resume the unsaved edit' : 'Edit claim'}
            </button>
            <button
              type="button"
              className="author-button quiet"
              onClick={() => setDialog({ kind: 'relation', claimId: claim.id })}
            >
              Add a relation
            </button>
            <button
              type="button"
              className="author-button danger"
              onClick={() => setDialog({ kind: 'delete', claimId: claim.id })}
            >
              Delete claim
            </button>
          </>
        )}
        {sourceId && (
          <button
            type="button"
            className="author-button quiet"
            onClick={() => setDialog({ kind: 'replace', sourceId })}
          >
            Replace with a corrected copy
          </button>
        )}
        {sourceId && !passage && <span className="author-hint">Select a passage to quote it.</span>}
        {sourceId && passage && 'error' in passage && <span role="status">{passage.error}</span>}
        {sourceId && passage && !('error' in passage) && (
          <>
            <button
              type="button"
              className="author-button"
              // The selection stays as it is while the button takes the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setDialog({ kind: 'claim', draft: newDraft(sourceId, passage) })}
            >
              New claim from selection
            </button>
            <button
              type="button"
              className="author-button quiet"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setDialog({ kind: 'appearance', passage, sourceId })}
            >
              Add as another appearance
            </button>
          </>
        )}
      </aside>
      {state && dialog?.kind === 'source' && (
        <SourceDialog state={state} onClose={() => setDialog(undefined)} />
      )}
      {state && dialog?.kind === 'claim' && (
        <ClaimDialog state={state} initial={dialog.draft} onClose={() => setDialog(undefined)} />
      )}
      {state && dialog?.kind === 'appearance' && (
        <AppearanceDialog
          state={state}
          passage={dialog.passage}
          sourceId={dialog.sourceId}
          onClose={() => setDialog(undefined)}
        />
      )}
      {state && dialog?.kind === 'relation' && (
        <RelationDialog state={state} from={dialog.claimId} onClose={() => setDialog(undefined)} />
      )}
      {state && dialog?.kind === 'replace' && (
        <ReplaceDialog
          state={state}
          sourceId={dialog.sourceId}
          onClose={() => setDialog(undefined)}
        />
      )}
      {state && dialog?.kind === 'delete' && (
        <DeleteDialog state={state} claimId={dialog.claimId} onClose={() => setDialog(undefined)} />
      )}
    </>
  );
}

/** The passage selected in the source reader, with mouse or keyboard, as it changes. */
function usePassage(sourceId: string | undefined): Passage | { error: string } | undefined {
  const [text, setText] = useState<string>();
  const [passage, setPassage] = useState<Passage | { error: string }>();
  useEffect(() => {
    if (!sourceId) return;
    let live = true;
    void fetch(`/data/sources/${sourceId}.txt`)
      .then((response) => response.text())
      .then((body) => live && setText(body));
    return () => {
      live = false;
    };
  }, [sourceId]);
  useEffect(() => {
    if (!text) return;
    const update = () => {
      const container = document.querySelector('[data-source-text]');
      setPassage(container ? selectedPassage(container, text) : undefined);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [text]);
  return text ? passage : undefined;
}

/** A claim's draft from a passage: the words, their source, and the speech the marks suggest. */
function newDraft(sourceId: string, passage: Passage): ClaimDraft {
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
  };
}

function draftOf(claim: AuthoredClaim): ClaimDraft {
  return { mode: 'edit', claim };
}

/** A modal dialog, opened as it mounts; Escape or Cancel closes it. */
function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="author-dialog" aria-labelledby={id} onClose={onClose}>
      <h2 id={id}>{title}</h2>
      {children}
    </dialog>
  );
}

/** The answer to an edit, in words: what went wrong, and every problem the verifier found. */
function Answer({ answer }: { answer: EditAnswer | undefined }) {
  if (!answer || answer.ok) return null;
  return (
    <div role="alert">
      <p className="author-problems" style={{ listStyle: 'none', paddingLeft: '0.75rem' }}>
        {answer.message}
      </p>
      <ProblemList problems={answer.problems ?? []} />
    </div>
  );
}

function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="author-problems" aria-label="What the verifier says">
      {problems.map((problem, i) => (
        <li key={i}>{problemLine(problem)}</li>
      ))}
    </ul>
  );
}

/** A record with an optional field set to `value`, or without the field when it is empty. */
function withOptional<T extends object, K extends keyof T>(record: T, key: K, value: string): T {
  const { [key]: _, ...rest } = record;
  return (value ? { ...rest, [key]: value } : rest) as T;
}

const newValue = '__new__';

/** The claim form: a new claim from a selection, or an edit of one. */
function ClaimDialog({
  state,
  initial,
  onClose,
}: {
  state: AuthorState;
  initial: ClaimDraft;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<ClaimDraft>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [answer, setAnswer] = useState<EditAnswer>();
  const [saving, setSaving] = useState(false);
  const { claim, speaker, topic } = draft;
  const editing = draft.mode === 'edit';
  const parties = state.records['parties.yaml'];
  // Every change is kept in the browser until it is saved: a reload or a closed tab loses none.
  useEffect(() => saveDraft(draft), [draft]);
  const payload = useMemo(() => recordsOf(draft), [draft]);
  // The verifier's own messages, as the author types.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const request = editing
        ? authorApi.check({
            base: state.versions,
            mode: 'edit',
            id: claim.id,
            claim: payload.claim,
          })
        : authorApi.check({ base: state.versions, ...payload });
      void request.then((result) => setProblems(result.problems ?? []));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [payload, editing, claim.id, state.versions]);

  const set = (fields: Partial<AuthoredClaim>) =>
    setDraft({ ...draft, claim: { ...claim, ...fields } });
  const save = async () => {
    setSaving(true);
    const result = editing
      ? await authorApi.updateClaim(claim.id, { base: state.versions, claim: payload.claim })
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
                const next: Speaker = { ...speaker, name, id: slugOf(name) };
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
                    order: Math.max(0, ...state.records['topics.yaml'].map((one) => one.order)) + 1,
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
                  id: slugOf(event.target.value),
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
                    id: claimIdOf(speaker ?? { id: claim.speaker, name: claim.speaker }, summary),
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
      {!editing && (
        <label>
          Id <span className="author-hint">its permalink: it never changes once published</span>
          <input value={claim.id} onChange={(event) => set({ id: event.target.value })} />
        </label>
      )}
      <div aria-live="polite">
        {problems.length > 0 ? (
          <ProblemList problems={problems} />
        ) : (
          <p className="author-ok">The verifier finds nothing wrong.</p>
        )}
      </div>
      <Answer answer={answer} />
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={close}>
          Cancel
        </button>
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
function recordsOf({ claim, speaker, topic }: ClaimDraft) {
  return {
    claim: {
      ...claim,
      ...(speaker ? { speaker: speaker.id } : {}),
      ...(topic ? { topic: topic.id } : {}),
    },
    ...(speaker ? { speaker } : {}),
    ...(topic ? { topic } : {}),
  };
}

/** Where a page's text comes from, as the server proposes to record it (see `extractedFrom`). */
type Extraction = {
  sha256: string;
  /** The day proposed for the page's saving: today, unless the author gave one. */
  captured: string;
  /** The extractor in words, its exact versions included. */
  extractor: string;
  /** Where the page will be archived, once the record has its id. */
  page?: string;
};

/** Add a source: a file or a pasted text, its proposed metadata confirmed, then saved. */
function SourceDialog({ state, onClose }: { state: AuthorState; onClose: () => void }) {
  const [upload, setUpload] = useState<{ fileName: string; content: string }>();
  const [pasted, setPasted] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<string>();
  const [answer, setAnswer] = useState<EditAnswer>();
  const [guess, setGuess] = useState<string>();
  const [extraction, setExtraction] = useState<Extraction>();
  const keys = [
    'headline',
    'publisher',
    'byline',
    'published',
    'dateline',
    'url',
    'id',
    // The day a saved page was saved: a page's only; a text records none.
    ...(extraction ? (['captured'] as const) : []),
  ] as const;
  const labels: Record<(typeof keys)[number], string> = {
    headline: 'Headline',
    publisher: 'Publisher',
    byline: 'Byline',
    published: 'Published (YYYY-MM-DD)',
    dateline: 'Dateline',
    url: 'Canonical address',
    id: 'Id',
    captured: 'Saved from the web on (YYYY-MM-DD)',
  };
  const body = () =>
    upload ?? {
      fileName: 'pasted.txt',
      content: base64OfBytes(new TextEncoder().encode(pasted)),
    };
  const propose = async (next: { fileName: string; content: string }) => {
    const result = await authorApi.addSource({ ...next, fields: {}, dryRun: true });
    if (!result.ok) return setAnswer(result);
    setAnswer(undefined);
    // A byline read from the article's text, not its metadata, is offered, never filled in.
    const { bylineGuess, ...proposal } = (result.proposal ?? {}) as Record<string, string>;
    const extracted = result.extraction as Extraction | undefined;
    setGuess(bylineGuess);
    setExtraction(extracted);
    // A page's capture day is proposed as today, in its own field, for the author to correct.
    setFields(extracted ? { ...proposal, captured: extracted.captured } : proposal);
    setPreview(String(result.text ?? ''));
  };
  const save = async () => {
    const given = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value.trim() !== ''),
    );
    const result = await authorApi.addSource({ ...body(), base: state.versions, fields: given });
    setAnswer(result);
    // The id the server chose when the author left it empty: the new source opens.
    if (result.ok) openFresh(`/sources/${String(result.id ?? given.id ?? '')}`);
  };
  return (
    <Dialog title="Add a source" onClose={onClose}>
      <label>
        A saved web page (.html) or a text (.txt)
        <input
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            const next = { fileName: file.name, content: await base64Of(file) };
            setUpload(next);
            await propose(next);
          }}
        />
      </label>
      <label>
        Or paste its text
        <textarea
          rows={4}
          value={pasted}
          onChange={(event) => {
            setUpload(undefined);
            setPasted(event.target.value);
          }}
          onBlur={() => pasted && void propose(body())}
        />
      </label>
      {preview !== undefined && (
        <>
          <p className="author-hint">
            The archived copy will be this text, byte for byte; quotes are checked against it.
          </p>
          <p className="author-hint" aria-label="Where the text comes from">
            {extraction ? (
              <>
                Extracted by {extraction.extractor} from this page, which is archived byte for byte
                beside it{extraction.page && <> as {extraction.page}</>} (SHA-256{' '}
                <code>{extraction.sha256}</code>), with the day it was saved:{' '}
                {fields.captured || extraction.captured}
                {(fields.captured ?? extraction.captured) === extraction.captured &&
                  ' (today, unless you change it below)'}
                . The verifier re-runs the extraction on it.
              </>
            ) : (
              'Archived as it is given: nothing extracts it, so nothing more is recorded.'
            )}
          </p>
          <p
            className="author-quote"
            aria-label="The text to archive"
            style={{ maxHeight: '10rem', overflow: 'auto' }}
          >
            {preview}
          </p>
          {keys.map((key) => (
            <label key={key}>
              {labels[key]}
              {key !== 'headline' && key !== 'publisher' && key !== 'published' && ' (optional)'}
              <input
                value={fields[key] ?? ''}
                onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
              />
              {key === 'byline' && guess && !fields.byline && (
                <span className="author-hint">
                  The page&apos;s metadata names no author; its text reads &ldquo;{guess}&rdquo;.
                  That is a guess: type the byline in to keep one.
                </span>
              )}
            </label>
          ))}
        </>
      )}
      <Answer answer={answer} />
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="author-button"
          disabled={preview === undefined}
          onClick={() => void save()}
        >
          Save source
        </button>
      </div>
    </Dialog>
  );
}

/** Claims found by words of their id, summary or short form. */
function useClaimSearch(state: AuthorState, exclude?: string) {
  const [query, setQuery] = useState('');
  const found = state.records['claims.yaml'].filter((claim) => {
    if (claim.id === exclude) return false;
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const text = `${claim.id} ${claim.summary} ${claim.short ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  return { query, setQuery, found: found.slice(0, 8) };
}

function ClaimPicker({
  state,
  exclude,
  picked,
  onPick,
}: {
  state: AuthorState;
  exclude?: string;
  picked: string | undefined;
  onPick: (id: string) => void;
}) {
  const { query, setQuery, found } = useClaimSearch(state, exclude);
  return (
    <>
      <label>
        Find the claim
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <fieldset>
        <legend>Claims found</legend>
        {found.map((claim) => (
          <div key={claim.id}>
            <label>
              <input
                type="radio"
                name="claim"
                checked={picked === claim.id}
                onChange={() => onPick(claim.id)}
              />{' '}
              {claim.summary}
            </label>
          </div>
        ))}
        {found.length === 0 && <p className="author-hint">No claim has these words.</p>}
      </fieldset>
    </>
  );
}

/** The selected passage as another source's report of an existing claim. */
function AppearanceDialog({
  state,
  passage,
  sourceId,
  onClose,
}: {
  state: AuthorState;
  passage: Passage;
  sourceId: string;
  onClose: () => void;
}) {
  const [picked, setPicked] = useState<string>();
  const [speech, setSpeech] = useState<Speech>(passage.speech);
  const [answer, setAnswer] = useState<EditAnswer>();
  const save = async () => {
    if (!picked) return;
    const appearance = {
      source: sourceId,
      quote: passage.quote,
      ...(passage.quotePrefix ? { quotePrefix: passage.quotePrefix } : {}),
      ...(passage.quoteSuffix ? { quoteSuffix: passage.quoteSuffix } : {}),
      speech,
    };
    const result = await authorApi.addAppearance(picked, { base: state.versions, appearance });
    setAnswer(result);
    if (result.ok) openFresh(`/claims/${picked}`);
  };
  return (
    <Dialog title="Add as another appearance of a claim" onClose={onClose}>
      <p className="author-quote" aria-label="The source's words">
        {passage.quote}
      </p>
      <ClaimPicker state={state} picked={picked} onPick={setPicked} />
      <fieldset>
        <legend>Speech in this source</legend>
        {(['direct', 'reported'] as Speech[]).map((one) => (
          <label key={one}>
            <input
              type="radio"
              name="appearance-speech"
              checked={speech === one}
              onChange={() => setSpeech(one)}
            />{' '}
            {one === 'direct' ? 'Direct quote' : 'Reported'}
          </label>
        ))}
      </fieldset>
      <Answer answer={answer} />
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="author-button"
          disabled={!picked}
          onClick={() => void save()}
        >
          Save appearance
        </button>
      </div>
    </Dialog>
  );
}

const relationTypes: RelationType[] = ['disputes', 'supports', 'qualifies', 'elaborates'];

/** A typed relation from the claim shown to another, found by search. */
function RelationDialog({
  state,
  from,
  onClose,
}: {
  state: AuthorState;
  from: string;
  onClose: () => void;
}) {
  const [to, setTo] = useState<string>();
  const [type, setType] = useState<RelationType>('disputes');
  const [note, setNote] = useState('');
  const [answer, setAnswer] = useState<EditAnswer>();
  const save = async () => {
    if (!to) return;
    const relation: Relation = { from, to, type, note: note.trim() };
    const result = await authorApi.addRelation({ base: state.versions, relation });
    setAnswer(result);
    if (result.ok) openFresh(`/claims/${from}`);
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

/** Deleting a claim, and the relations to and from it. */
function DeleteDialog({
  state,
  claimId,
  onClose,
}: {
  state: AuthorState;
  claimId: string;
  onClose: () => void;
}) {
  const [answer, setAnswer] = useState<EditAnswer>();
  const touching = state.records['relations.yaml'].filter(
    (relation) => relation.from === claimId || relation.to === claimId,
  ).length;
  const remove = async () => {
    const result = await authorApi.deleteClaim(claimId, { base: state.versions });
    setAnswer(result);
    if (result.ok) openFresh('/');
  };
  return (
    <Dialog title={`Delete claim “${claimId}”?`} onClose={onClose}>
      <p>
        Its permalink will lead nowhere.{' '}
        {touching > 0
          ? `The ${touching} relation${touching === 1 ? '' : 's'} to and from it will be deleted too.`
          : 'No relation points to it.'}
      </p>
      <Answer answer={answer} />
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={onClose}>
          Keep it
        </button>
        <button type="button" className="author-button danger" onClick={() => void remove()}>
          Delete claim
        </button>
      </div>
    </Dialog>
  );
}

/** What re-anchoring proposes for one quote (scripts/author/reanchor.ts). */
type Proposal = {
  claimId: string;
  exact: string;
  result:
    | { status: 'kept' }
    | {
        status: 'proposed';
        passage: string;
        score: number;
        diff: { value: string; added?: boolean; removed?: boolean }[];
        quotePrefix?: string;
        quoteSuffix?: string;
      }
    | { status: 'lost' };
};

/** Text with each line break shown as a mark (⏎) before it, as a proposal must show it. */
function WithBreaks({ text }: { text: string }) {
  const lines = text.split('\n');
  return lines.map((line, i) => (
    <Fragment key={i}>
      {line}
      {i < lines.length - 1 && (
        <>
          <span className="author-break" title="line break">
            ⏎
          </span>
          <br />
        </>
      )}
    </Fragment>
  ));
}

/**
 * A corrected copy of a source's text: each quote found word for word stays; each other is
 * shown with the closest passage and a word diff, to accept or fix; nothing moves unasked.
 */
function ReplaceDialog({
  state,
  sourceId,
  onClose,
}: {
  state: AuthorState;
  sourceId: string;
  onClose: () => void;
}) {
  const [upload, setUpload] = useState<{ fileName: string; content: string }>();
  const [proposals, setProposals] = useState<Proposal[]>();
  const [words, setWords] = useState<Record<string, string>>({});
  const [accepted, setAccepted] = useState<Record<string, boolean>>({});
  const [answer, setAnswer] = useState<EditAnswer>();
  const summaryOf = (id: string) =>
    state.records['claims.yaml'].find((claim) => claim.id === id)?.summary ?? id;
  const propose = async (next: { fileName: string; content: string }) => {
    const result = await authorApi.replaceText(sourceId, { ...next, dryRun: true });
    if (!result.ok) return setAnswer(result);
    const found = result.proposals as Proposal[];
    setProposals(found);
    setWords(
      Object.fromEntries(
        found.map((one) => [
          one.claimId,
          one.result.status === 'proposed' ? one.result.passage : '',
        ]),
      ),
    );
    setAccepted({});
  };
  const save = async () => {
    if (!upload || !proposals) return;
    const chosen = Object.fromEntries(
      proposals.flatMap((one) => {
        const text = words[one.claimId]?.trim();
        if (one.result.status === 'kept' || !accepted[one.claimId] || !text) return [];
        // The context that tells the proposed passage's place goes with it, unchanged.
        const { quotePrefix, quoteSuffix } =
          one.result.status === 'proposed' && one.result.passage === text ? one.result : {};
        return [
          [
            one.claimId,
            {
              quote: text,
              ...(quotePrefix ? { quotePrefix } : {}),
              ...(quoteSuffix ? { quoteSuffix } : {}),
            },
          ],
        ];
      }),
    );
    const result = await authorApi.replaceText(sourceId, {
      ...upload,
      base: state.versions,
      accepted: chosen,
    });
    setAnswer(result);
    if (result.ok) openFresh(`/sources/${sourceId}`);
  };
  return (
    <Dialog title="Replace with a corrected copy" onClose={onClose}>
      <label>
        The corrected copy (.txt or saved .html)
        <input
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            const next = { fileName: file.name, content: await base64Of(file) };
            setUpload(next);
            await propose(next);
          }}
        />
      </label>
      {proposals && (
        <ul aria-label="The quotes of this source" style={{ listStyle: 'none', padding: 0 }}>
          {proposals.map((one) => (
            <li key={one.claimId} style={{ marginTop: '0.75rem' }}>
              <strong>{summaryOf(one.claimId)}</strong>
              {one.result.status === 'kept' && (
                <p className="author-ok">Found word for word: kept as it is.</p>
              )}
              {one.result.status === 'proposed' && (
                <>
                  <p className="author-hint">
                    Not found word for word. The closest passage (where they differ: struck out, the
                    old words; underlined, the new):
                  </p>
                  <p className="author-quote" aria-label={`What changed in ${one.claimId}`}>
                    {one.result.diff.map((part, i) =>
                      part.removed ? (
                        <del key={i}>
                          <WithBreaks text={part.value} />
                        </del>
                      ) : part.added ? (
                        <ins key={i}>
                          <WithBreaks text={part.value} />
                        </ins>
                      ) : (
                        <span key={i}>
                          <WithBreaks text={part.value} />
                        </span>
                      ),
                    )}
                  </p>
                  {(one.result.quotePrefix ?? one.result.quoteSuffix) && (
                    <p className="author-hint">
                      These words occur more than once in the copy; the words{' '}
                      {one.result.quotePrefix ? 'before' : 'after'} them tell which:{' '}
                      <q>
                        <WithBreaks text={one.result.quotePrefix ?? one.result.quoteSuffix ?? ''} />
                      </q>{' '}
                      (saved with the quote as its{' '}
                      <code>{one.result.quotePrefix ? 'quotePrefix' : 'quoteSuffix'}</code>).
                    </p>
                  )}
                </>
              )}
              {one.result.status === 'lost' && (
                <p
                  className="author-problems"
                  style={{ listStyle: 'none', paddingLeft: '0.75rem' }}
                >
                  No passage of the copy is close: give the words it has instead, or leave it and
                  the copy is not saved.
                </p>
              )}
              {one.result.status !== 'kept' && (
                <>
                  <label>
                    Its words in the copy (line breaks as the copy has them)
                    <textarea
                      rows={Math.min(6, (words[one.claimId] ?? '').split('\n').length + 1)}
                      value={words[one.claimId] ?? ''}
                      onChange={(event) =>
                        setWords({ ...words, [one.claimId]: event.target.value })
                      }
                    />
                  </label>
                  <label style={{ fontWeight: 400 }}>
                    <input
                      type="checkbox"
                      checked={accepted[one.claimId] ?? false}
                      onChange={(event) =>
                        setAccepted({ ...accepted, [one.claimId]: event.target.checked })
                      }
                    />{' '}
                    Use these words for “{one.claimId}”
                  </label>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Answer answer={answer} />
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="author-button"
          disabled={!proposals}
          onClick={() => void save()}
        >
          Save the corrected copy
        </button>
      </div>
    </Dialog>
  );
}
