/**
 * The translation forms. A published translation (the speaker's side's, an interpreter's, an
 * agency's, an outlet's) is selected in the archived source that publishes it, like a quote;
 * ours or a machine's is pasted, on the page of the claim it translates, where the claim's
 * translations are also edited and deleted. Each entry is kept until saved (see drafts.ts).
 */
import { useEffect, useId, useState } from 'react';
import * as z from 'zod/mini';
import type { AuthoredClaim, AuthoredTranslation } from '../corpus/corpus-schema.ts';
import {
  speechSchema,
  translatorKinds,
  type Speech,
  type TranslatorKind,
} from '../corpus/schema.ts';
import { languageName } from '../corpus/translation.ts';
import { authorApi, type AuthorState, type EditAnswer } from './author-api.ts';
import { ClaimPicker } from './claim-picker.tsx';
import { Answer, Dialog } from './dialog.tsx';
import { clearEntry, loadEntry, saveEntry } from './drafts.ts';
import { openFresh } from './page.ts';
import type { Passage } from './selection.ts';
import {
  claimsTranslatableInto,
  newTranslationId,
  publishedKinds,
  sourceLanguage,
  translatableAppearances,
  translationLabel,
  translationRecords,
  translatorKindWords,
  unpublishedKinds,
  type AuthoredWords,
} from './translation-records.ts';

/** What a form's entry holds: whose, of which appearance, in what language, and the text. */
const entrySchema = z.object({
  claim: z.optional(z.string()),
  of: z.optional(z.string()),
  language: z.string(),
  kind: z.optional(z.enum(translatorKinds)),
  name: z.string(),
  speech: z.optional(speechSchema),
  text: z.string(),
});
type Entry = z.infer<typeof entrySchema>;

/**
 * A translation entry kept under `key` (when `fits` takes it), or `initial`; and the setter
 * that keeps it.
 */
function useEntry(key: string, initial: () => Entry, fits: (entry: Entry) => boolean = () => true) {
  const [entry, setEntry] = useState<Entry>(() => {
    const kept = loadEntry(key, entrySchema);
    return kept && fits(kept) ? kept : initial();
  });
  const change = (next: Partial<Entry>) => {
    const merged = { ...entry, ...next };
    setEntry(merged);
    saveEntry(key, merged);
  };
  return [entry, change] as const;
}

/** The translator's kind, from the kinds given, as radio buttons. */
function KindChoice({
  kinds,
  kind,
  onChange,
  name,
}: {
  kinds: readonly TranslatorKind[];
  kind: TranslatorKind | undefined;
  onChange: (kind: TranslatorKind) => void;
  name: string;
}) {
  return (
    <fieldset>
      <legend>Whose translation it is</legend>
      {kinds.map((one) => (
        <label key={one}>
          <input type="radio" name={name} checked={kind === one} onChange={() => onChange(one)} />{' '}
          {translatorKindWords[one]}
        </label>
      ))}
    </fieldset>
  );
}

/** Whether the publishing source sets the translation in quotation marks. */
function SpeechChoice({
  legend,
  speech,
  onChange,
}: {
  legend: string;
  speech: Speech | undefined;
  onChange: (speech: Speech) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {(['direct', 'reported'] as Speech[]).map((one) => (
        <label key={one}>
          <input
            type="radio"
            name="translation-speech"
            checked={speech === one}
            onChange={() => onChange(one)}
          />{' '}
          {one === 'direct' ? 'In quotation marks' : 'Not in quotation marks'}
        </label>
      ))}
    </fieldset>
  );
}

/** The translator's name, with a hint of whose name it is for the kinds offered. */
function TranslatorName({
  published,
  name,
  onChange,
}: {
  published: boolean;
  name: string;
  onChange: (name: string) => void;
}) {
  return (
    <label>
      Translator’s name{' '}
      <span className="author-hint">
        {published
          ? 'the ministry, agency, outlet or interpreter'
          : 'for a machine, the system and its version'}
      </span>
      <input value={name} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** Which appearance of the claim is translated, when it has more than one that can be. */
function AppearanceChoice({
  state,
  appearances,
  of,
  onChange,
}: {
  state: AuthorState;
  appearances: AuthoredWords[];
  of: string | undefined;
  onChange: (source: string) => void;
}) {
  const dossierLanguage = state.records['dossier.yaml'].language;
  if (appearances.length === 0) return null;
  return (
    <fieldset>
      <legend>The words it translates</legend>
      {appearances.map((one) => {
        const source = state.records['sources.yaml'].find((s) => s.id === one.source);
        return (
          <div key={one.source}>
            <label>
              <input
                type="radio"
                name="translation-of"
                checked={of === one.source}
                onChange={() => onChange(one.source)}
              />{' '}
              {source?.publisher ?? one.source} (
              {languageName(sourceLanguage(state, one.source), dossierLanguage)}):{' '}
              <span lang={sourceLanguage(state, one.source)}>{one.quote}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The answer to a save: open the claim afresh, or keep the entry and say why not. */
async function saved(
  request: Promise<EditAnswer>,
  key: string,
  claimId: string,
  setAnswer: (answer: EditAnswer) => void,
) {
  const result = await request;
  setAnswer(result);
  if (result.ok) {
    clearEntry(key);
    openFresh(`/claims/${claimId}`);
  }
}

/** The translator as a record gives it: a name only when one is given. */
function translatorOf(kind: TranslatorKind, name: string) {
  return { kind, ...(name.trim() ? { name: name.trim() } : {}) };
}

/**
 * The passage selected in a source as another publisher's translation of a claim's words: the
 * claim and its appearance it translates, whose translation it is, and whether the source
 * sets it in quotation marks. Its language is its source's.
 */
export function PublishedTranslationDialog({
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
  const language = sourceLanguage(state, sourceId);
  const source = state.records['sources.yaml'].find((one) => one.id === sourceId);
  // Kept per passage: its place and its words (a corrected text may move other words there).
  const key = `author-draft:published-translation:${sourceId}:${passage.start}:${passage.quote.length}`;
  const [entry, change] = useEntry(
    key,
    () => ({
      language,
      // Proposed, and shown: the source's publisher is most often whose translation it is.
      name: source?.publisher ?? '',
      speech: passage.speech,
      text: passage.quote,
    }),
    (kept) => kept.text === passage.quote,
  );
  const [answer, setAnswer] = useState<EditAnswer>();
  const among = claimsTranslatableInto(state, language);
  const claim = among.find((one) => one.id === entry.claim);
  const appearances = claim ? translatableAppearances(state, claim, language) : [];
  const of = appearances.length === 1 ? appearances[0]?.source : entry.of;
  const ready = claim && of && entry.kind;
  const save = () => {
    if (!claim || !of || !entry.kind) return;
    const translator = translatorOf(entry.kind, entry.name);
    const translation: AuthoredTranslation = {
      id: newTranslationId(state, claim.id, translator),
      claim: claim.id,
      of,
      language,
      translator,
      source: sourceId,
      quote: passage.quote,
      ...(passage.quotePrefix ? { quotePrefix: passage.quotePrefix } : {}),
      ...(passage.quoteSuffix ? { quoteSuffix: passage.quoteSuffix } : {}),
      speech: entry.speech ?? passage.speech,
    };
    void saved(
      authorApi.addTranslation({ base: state.versions, translation }),
      key,
      claim.id,
      setAnswer,
    );
  };
  return (
    <Dialog title="Add as a translation of a claim’s words" onClose={onClose}>
      <p className="author-quote" aria-label="The source's words" lang={language} dir="auto">
        {passage.quote}
      </p>
      <p className="author-hint">
        In {languageName(language, state.records['dossier.yaml'].language)}, the language of this
        source. Only claims with words in another language are found.
      </p>
      <ClaimPicker
        state={state}
        among={among}
        picked={entry.claim}
        onPick={(picked) => change({ claim: picked, of: undefined })}
      />
      {claim && (
        <AppearanceChoice
          state={state}
          appearances={appearances}
          of={of}
          onChange={(picked) => change({ of: picked })}
        />
      )}
      <KindChoice
        kinds={publishedKinds}
        kind={entry.kind}
        name="translation-kind"
        onChange={(kind) => change({ kind })}
      />
      <TranslatorName published name={entry.name} onChange={(name) => change({ name })} />
      <SpeechChoice
        legend="In this source"
        speech={entry.speech ?? passage.speech}
        onChange={(speech) => change({ speech })}
      />
      <Answer answer={answer} />
      <div className="author-actions">
        <button type="button" className="author-button quiet" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="author-button" disabled={!ready} onClick={save}>
          Save translation
        </button>
      </div>
    </Dialog>
  );
}

/** The languages the corpus is in, to propose: the dossier's first, then its sources'. */
function corpusLanguages(state: AuthorState): string[] {
  const tags = [
    state.records['dossier.yaml'].language,
    ...state.records['sources.yaml'].flatMap((one) => (one.language ? [one.language] : [])),
  ];
  return [...new Set(tags)];
}

/**
 * A claim's translations, each to edit or delete, and a form for ours or a machine's: pasted,
 * with whose it is. A published one's words are its source's, selected there; here only whose
 * it is and its speech change.
 */
export function TranslationsDialog({
  state,
  claim,
  onClose,
}: {
  state: AuthorState;
  claim: AuthoredClaim;
  onClose: () => void;
}) {
  const translations = translationRecords(state).filter((one) => one.claim === claim.id);
  const [editing, setEditing] = useState<string | 'new' | undefined>(() =>
    translations.length === 0 ? 'new' : undefined,
  );
  const [answer, setAnswer] = useState<EditAnswer>();
  const [deleting, setDeleting] = useState<string>();
  // Where the keyboard goes when the view changes: the form's first field, the button that
  // asks to confirm a deletion, or back to the button that left the list; never a button
  // that is gone.
  const [focus, setFocus] = useState<string>();
  const prefix = useId();
  const idOf = (part: string) => `${prefix}-${part}`;
  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focus);
    (target?.matches('button, input, textarea')
      ? target
      : target?.querySelector<HTMLElement>('input, textarea, button')
    )?.focus();
  }, [focus, editing, deleting]);
  const edit = (id: string | 'new') => {
    setEditing(id);
    setFocus(idOf('form'));
  };
  const backTo = (button: string) => {
    setEditing(undefined);
    setFocus(idOf(button));
  };
  const dossierLanguage = state.records['dossier.yaml'].language;
  const remove = (id: string) =>
    void saved(
      authorApi.deleteTranslation(id, { base: state.versions }),
      `author-draft:translation:${claim.id}:${id}`,
      claim.id,
      setAnswer,
    );
  const shown = editing === 'new' ? undefined : translations.find((one) => one.id === editing);
  return (
    <Dialog title="Translations of this claim" onClose={onClose}>
      {translations.length > 0 && editing === undefined && (
        <ul aria-label="This claim’s translations">
          {translations.map((one) => {
            const label = translationLabel(one, dossierLanguage);
            return (
              <li key={one.id}>
                <strong>{label}</strong>
                <p className="author-quote" lang={one.language} dir="auto">
                  {one.text ?? one.quote}
                </p>
                <div className="author-actions">
                  <button
                    type="button"
                    id={idOf(`${one.id}-edit`)}
                    className="author-button quiet"
                    aria-label={`Edit ${label}`}
                    onClick={() => edit(one.id)}
                  >
                    Edit
                  </button>
                  {deleting === one.id ? (
                    <button
                      type="button"
                      id={idOf(`${one.id}-confirm`)}
                      className="author-button danger"
                      aria-label={`Delete ${label}, now`}
                      onClick={() => remove(one.id)}
                    >
                      Delete this translation
                    </button>
                  ) : (
                    <button
                      type="button"
                      id={idOf(`${one.id}-delete`)}
                      className="author-button quiet"
                      aria-label={`Delete ${label}…`}
                      onClick={() => {
                        setDeleting(one.id);
                        setFocus(idOf(`${one.id}-confirm`));
                      }}
                    >
                      Delete…
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {editing === undefined ? (
        <>
          <Answer answer={answer} />
          <p className="author-hint">
            A translation published somewhere (an official version, an agency’s or an outlet’s): add
            its source, select its words there, and choose “Add as a translation”.
          </p>
          <div className="author-actions">
            <button type="button" className="author-button quiet" onClick={onClose}>
              Close
            </button>
            <button
              type="button"
              id={idOf('add')}
              className="author-button"
              onClick={() => edit('new')}
            >
              Add our or a machine’s translation
            </button>
          </div>
        </>
      ) : (
        <div id={idOf('form')}>
          <TranslationForm
            key={editing}
            state={state}
            claim={claim}
            editing={shown}
            languages={corpusLanguages(state)}
            onCancel={
              translations.length === 0
                ? onClose
                : () => backTo(editing === 'new' ? 'add' : `${editing}-edit`)
            }
          />
        </div>
      )}
    </Dialog>
  );
}

/** A new translation of ours or a machine's, or any translation's fields edited. */
function TranslationForm({
  state,
  claim,
  editing,
  languages,
  onCancel,
}: {
  state: AuthorState;
  claim: AuthoredClaim;
  editing: AuthoredTranslation | undefined;
  languages: string[];
  onCancel: () => void;
}) {
  const dossierLanguage = state.records['dossier.yaml'].language;
  const key = `author-draft:translation:${claim.id}:${editing?.id ?? 'new'}`;
  const [entry, change] = useEntry(key, () =>
    editing
      ? {
          claim: claim.id,
          of: editing.of,
          language: editing.language,
          kind: editing.translator.kind,
          name: editing.translator.name ?? '',
          ...(editing.speech ? { speech: editing.speech } : {}),
          text: editing.text ?? '',
        }
      : { claim: claim.id, language: dossierLanguage, name: '', text: '' },
  );
  const [answer, setAnswer] = useState<EditAnswer>();
  const published = editing?.source !== undefined;
  const appearances = published
    ? []
    : translatableAppearances(state, claim, entry.language.trim() || dossierLanguage);
  const of = editing?.of ?? (appearances.length === 1 ? appearances[0]?.source : entry.of);
  const kinds = published ? publishedKinds : unpublishedKinds;
  const ready = of && entry.kind && (published || entry.text.trim());
  const save = () => {
    if (!of || !entry.kind) return;
    const translator = translatorOf(entry.kind, entry.name);
    const fields = published
      ? { ...editing, translator, ...(entry.speech ? { speech: entry.speech } : {}) }
      : {
          id: editing?.id ?? newTranslationId(state, claim.id, translator),
          claim: claim.id,
          of,
          language: entry.language.trim(),
          translator,
          text: entry.text.trim(),
        };
    const translation = fields as AuthoredTranslation;
    const body = { base: state.versions, translation };
    void saved(
      editing ? authorApi.updateTranslation(editing.id, body) : authorApi.addTranslation(body),
      key,
      claim.id,
      setAnswer,
    );
  };
  return (
    <>
      {published ? (
        <>
          <p className="author-quote" lang={editing?.language} dir="auto">
            {editing?.quote}
          </p>
          <p className="author-hint">
            Its words are its source’s. To quote other words, delete it and select them in the
            source.
          </p>
        </>
      ) : (
        <>
          <label>
            Language{' '}
            <span className="author-hint">
              a BCP 47 tag such as en, ko or zh-Hant (the dossier’s is {dossierLanguage})
            </span>
            <input
              value={entry.language}
              list="translation-languages"
              onChange={(event) => change({ language: event.target.value, of: undefined })}
            />
            <datalist id="translation-languages">
              {languages.map((tag) => (
                <option key={tag} value={tag}>
                  {languageName(tag, dossierLanguage)}
                </option>
              ))}
            </datalist>
          </label>
          {editing ? null : appearances.length === 0 ? (
            <p className="author-hint" role="status">
              None of this claim’s words is in another language than{' '}
              {languageName(entry.language.trim() || dossierLanguage, dossierLanguage)}.
            </p>
          ) : (
            <AppearanceChoice
              state={state}
              appearances={appearances}
              of={of}
              onChange={(picked) => change({ of: picked })}
            />
          )}
        </>
      )}
      <KindChoice
        kinds={kinds}
        kind={entry.kind}
        name="translation-kind"
        onChange={(kind) => change({ kind })}
      />
      <TranslatorName
        published={published}
        name={entry.name}
        onChange={(name) => change({ name })}
      />
      {published ? (
        <SpeechChoice
          legend="In its source"
          speech={entry.speech}
          onChange={(speech) => change({ speech })}
        />
      ) : (
        <label>
          The translation{' '}
          <span className="author-hint">never shown in quotation marks as the speaker’s words</span>
          <textarea
            rows={4}
            lang={entry.language.trim() || undefined}
            value={entry.text}
            onChange={(event) => change({ text: event.target.value })}
          />
        </label>
      )}
      <Answer answer={answer} />
      <div className="author-actions">
        <button
          type="button"
          className="author-button quiet"
          onClick={() => {
            // An edit cancelled is discarded: kept, it would later write its old values over
            // the record as it is then. A new translation's entry is kept until saved.
            if (editing) clearEntry(key);
            onCancel();
          }}
        >
          Cancel
        </button>
        <button type="button" className="author-button" disabled={!ready} onClick={save}>
          Save translation
        </button>
      </div>
    </>
  );
}
