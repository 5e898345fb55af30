/**
 * The form that deletes a claim, saying how many relations and translations go with it, and
 * offering to delete
 * its question and its speaker too when no other claim names them: else the question stays,
 * with "No statement" under every party, and the speaker stays with nothing said.
 */
import { useId, useState } from 'react';
import { authorApi, type AuthorState, type EditAnswer } from './author-api.ts';
import { Answer, Dialog } from './dialog.tsx';
import { leftWithoutClaim, namedContext } from './named-records.ts';
import { openFresh } from './page.ts';
import { translationRecords } from './translation-records.ts';

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
  const hint = useId();
  // Both offered ticked: a question or a speaker made for this claim alone goes with it.
  const [also, setAlso] = useState({ topic: true, speaker: true });
  const touching = state.records['relations.yaml'].filter(
    (relation) => relation.from === claimId || relation.to === claimId,
  ).length;
  const translations = translationRecords(state).filter((one) => one.claim === claimId).length;
  const { topic, speaker } = leftWithoutClaim(
    namedContext(state.records),
    state.records['topics.yaml'],
    state.records['speakers.yaml'],
    claimId,
  );
  const remove = async () => {
    const result = await authorApi.deleteClaim(claimId, {
      base: state.versions,
      also: { topic: Boolean(topic) && also.topic, speaker: Boolean(speaker) && also.speaker },
    });
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
        {translations > 0 &&
          ` Its ${translations} translation${translations === 1 ? '' : 's'} will be deleted too.`}
      </p>
      {topic && (
        <>
          <label>
            <input
              type="checkbox"
              checked={also.topic}
              aria-describedby={`${hint}-topic`}
              onChange={(event) => setAlso({ ...also, topic: event.target.checked })}
            />{' '}
            Also delete the question “{topic.question}”, which no other claim answers
          </label>
          <p id={`${hint}-topic`} className="author-hint">
            {also.topic
              ? 'The question goes with the claim.'
              : 'The question stays, with “No statement” under every party, until a claim answers it; you can delete it later under Speakers and questions.'}
          </p>
        </>
      )}
      {speaker && (
        <>
          <label>
            <input
              type="checkbox"
              checked={also.speaker}
              aria-describedby={`${hint}-speaker`}
              onChange={(event) => setAlso({ ...also, speaker: event.target.checked })}
            />{' '}
            Also delete the speaker “{speaker.name}”, whom no other claim names
          </label>
          <p id={`${hint}-speaker`} className="author-hint">
            {also.speaker
              ? 'The speaker goes with the claim.'
              : 'The speaker stays, with nothing said, for a later claim; you can delete them later under Speakers and questions.'}
          </p>
        </>
      )}
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
