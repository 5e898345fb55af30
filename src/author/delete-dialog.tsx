/**
 * The form that deletes a claim, saying how many relations go with it.
 */
import { useState } from 'react';
import { authorApi, type AuthorState, type EditAnswer } from './author-api.ts';
import { Answer, Dialog } from './dialog.tsx';
import { openFresh } from './page.ts';

/** Deleting a claim, and the relations to and from it. */
export function DeleteDialog({
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
