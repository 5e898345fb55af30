/**
 * The form that makes a selected passage another source's report of an existing claim.
 */
import { useState } from 'react';
import type { Speech } from '../corpus/schema.ts';
import { authorApi, type AuthorState, type EditAnswer } from './author-api.ts';
import { ClaimPicker } from './claim-picker.tsx';
import { Answer, Dialog } from './dialog.tsx';
import { openFresh } from './page.ts';
import type { Passage } from './selection.ts';

/** The selected passage as another source's report of an existing claim. */
export function AppearanceDialog({
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
