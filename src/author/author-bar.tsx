/**
 * The author's bar, laid over the app in the workbench (`npm run author`) and in no other
 * build: what can be done on the page shown, and the forms it opens (one file each). The app
 * is not changed by them: they read the page (its address, the source reader's text and the
 * reader's selection) and write through the workbench's API, then reload the page, whose data
 * the workbench recompiles on every request.
 */
import { useEffect, useState } from 'react';
import { authorApi, authorToken, type AuthorState } from './author-api.ts';
import { AppearanceDialog } from './appearance-dialog.tsx';
import { ClaimDialog } from './claim-dialog.tsx';
import { DeleteDialog } from './delete-dialog.tsx';
import { draftOf, loadDraft, newDraft, type ClaimDraft } from './drafts.ts';
import { NamedDialog } from './named-dialog.tsx';
import { usePassage, usePath } from './page.ts';
import { RelationDialog } from './relation-dialog.tsx';
import { ReplaceDialog } from './replace-dialog.tsx';
import type { Passage } from './selection.ts';
import { SourceDialog } from './source-dialog.tsx';
import { PublishedTranslationDialog, TranslationsDialog } from './translation-dialog.tsx';
import { translationRecords } from './translation-records.ts';

/** The form open over the page, with what it starts from. */
type OpenDialog =
  | { kind: 'source' }
  | { kind: 'named' }
  | { kind: 'claim'; draft: ClaimDraft }
  | { kind: 'appearance'; passage: Passage; sourceId: string }
  | { kind: 'published-translation'; passage: Passage; sourceId: string }
  | { kind: 'translations'; claimId: string }
  | { kind: 'relation'; claimId: string }
  | { kind: 'replace'; sourceId: string }
  | { kind: 'delete'; claimId: string };

/** Where the token comes from, for a page opened without it or with an old one. */
const openPrinted =
  'open the address `npm run author` printed in the terminal (it ends in #author-token=…).';

/** The author's bar and forms, over whatever page of the app is shown. */
export function AuthorMode() {
  const path = usePath();
  const [state, setState] = useState<AuthorState>();
  const [failure, setFailure] = useState<string>();
  const [dialog, setDialog] = useState<OpenDialog>();
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
  const translationCount =
    state && claim ? translationRecords(state).filter((one) => one.claim === claim.id).length : 0;

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
        <button
          type="button"
          className="author-button quiet"
          onClick={() => setDialog({ kind: 'named' })}
        >
          Speakers and questions
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
              className="author-button quiet"
              onClick={() => setDialog({ kind: 'translations', claimId: claim.id })}
            >
              Translations ({translationCount})
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
            <button
              type="button"
              className="author-button quiet"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setDialog({ kind: 'published-translation', passage, sourceId })}
            >
              Add as a translation
            </button>
          </>
        )}
      </aside>
      {state && dialog?.kind === 'source' && (
        <SourceDialog state={state} onClose={() => setDialog(undefined)} />
      )}
      {state && dialog?.kind === 'named' && (
        <NamedDialog state={state} onClose={() => setDialog(undefined)} />
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
      {state && dialog?.kind === 'published-translation' && (
        <PublishedTranslationDialog
          state={state}
          passage={dialog.passage}
          sourceId={dialog.sourceId}
          onClose={() => setDialog(undefined)}
        />
      )}
      {state && claim && dialog?.kind === 'translations' && (
        <TranslationsDialog state={state} claim={claim} onClose={() => setDialog(undefined)} />
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
