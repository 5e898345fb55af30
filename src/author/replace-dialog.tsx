/**
 * The form that replaces a source's text with a corrected copy: the workbench's re-anchoring
 * proposals for each quote, for the author to accept or fix.
 */
import { Fragment, useState } from 'react';
import { authorApi, base64Of, type AuthorState, type EditAnswer } from './author-api.ts';
import { Answer, Dialog } from './dialog.tsx';
import { openFresh } from './page.ts';

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
export function ReplaceDialog({
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
