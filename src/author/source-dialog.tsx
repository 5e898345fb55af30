/**
 * The form that adds a source: a saved page or a text, opened or pasted, with the metadata
 * and provenance the workbench proposes for the author to confirm or correct.
 */
import { useEffect, useState } from 'react';
import {
  authorApi,
  base64Of,
  base64OfBytes,
  type AuthorState,
  type EditAnswer,
} from './author-api.ts';
import { Answer, Dialog } from './dialog.tsx';
import { clearSourceDraft, loadSourceDraft, saveSourceDraft, type SourceDraft } from './drafts.ts';
import { openFresh } from './page.ts';

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
export function SourceDialog({ state, onClose }: { state: AuthorState; onClose: () => void }) {
  // What was entered before a reload, a closed tab or a Cancel comes back as it was.
  const [kept] = useState(loadSourceDraft);
  const [upload, setUpload] = useState(kept?.upload);
  const [pasted, setPasted] = useState(kept?.pasted ?? '');
  const [fields, setFields] = useState<Record<string, string>>(kept?.fields ?? {});
  const [held, setHeld] = useState(true);
  /** Keeps the entry as it now is in the browser, saying when it cannot hold the text. */
  const remember = (entry: SourceDraft) => setHeld(saveSourceDraft(entry));
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
    'language',
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
    language: 'Language of the text (BCP 47, e.g. en, ko, zh-Hant; without one, the dossier’s)',
    id: 'Id',
    captured: 'Saved from the web on (YYYY-MM-DD)',
  };
  const body = () =>
    upload ?? {
      fileName: 'pasted.txt',
      content: base64OfBytes(new TextEncoder().encode(pasted)),
    };
  const propose = async (
    next: { fileName: string; content: string },
    entry: Omit<SourceDraft, 'fields'>,
    typed: Record<string, string> = {},
  ) => {
    const result = await authorApi.addSource({ ...next, fields: {}, dryRun: true });
    if (!result.ok) return setAnswer(result);
    setAnswer(undefined);
    // A byline read from the article's text, not its metadata, is offered, never filled in.
    const { bylineGuess, ...proposal } = (result.proposal ?? {}) as Record<string, string>;
    const extracted = result.extraction as Extraction | undefined;
    setGuess(bylineGuess);
    setExtraction(extracted);
    // A page's capture day is proposed as today, in its own field, for the author to correct;
    // what the author had typed before a reload stays over what the file proposes.
    const proposed = {
      ...proposal,
      ...(extracted ? { captured: extracted.captured } : {}),
      ...typed,
    };
    setFields(proposed);
    remember({ ...entry, fields: proposed });
    setPreview(String(result.text ?? ''));
  };
  // A kept entry is proposed again, with what was typed in it.
  useEffect(() => {
    if (kept?.upload ?? kept?.pasted) {
      // Once, as the form opens with what was kept; its state is set when the server answers.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      void propose(
        kept.upload ?? {
          fileName: 'pasted.txt',
          content: base64OfBytes(new TextEncoder().encode(kept.pasted)),
        },
        kept,
        kept.fields,
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const save = async () => {
    const given = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value.trim() !== ''),
    );
    const result = await authorApi.addSource({ ...body(), base: state.versions, fields: given });
    setAnswer(result);
    // The id the server chose when the author left it empty: the new source opens.
    if (result.ok) {
      clearSourceDraft();
      openFresh(`/sources/${String(result.id ?? given.id ?? '')}`);
    }
  };
  return (
    <Dialog title="Add a source" onClose={onClose}>
      {kept && (
        <p className="author-hint" role="status">
          The source you had not saved is back as you left it.
        </p>
      )}
      {!held && (
        <p className="author-hint" role="status">
          This text is too large for the browser to keep: until it is saved, a reload loses it (the
          fields typed are kept).
        </p>
      )}
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
            remember({ upload: next, pasted, fields });
            await propose(next, { upload: next, pasted });
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
            remember({ pasted: event.target.value, fields });
          }}
          onBlur={() => pasted && void propose(body(), { pasted })}
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
                onChange={(event) => {
                  const next = { ...fields, [key]: event.target.value };
                  setFields(next);
                  remember({ ...(upload ? { upload } : {}), pasted, fields: next });
                }}
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
          className="author-button quiet"
          onClick={() => {
            clearSourceDraft();
            onClose();
          }}
        >
          Discard this source
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
