import type { Speech } from '../corpus/schema.ts';
import * as words from './speech-label.words.ts';

const labels: Record<Speech, { text: string; hint: string }> = {
  direct: { text: words.direct, hint: words.directHint },
  reported: { text: words.reported, hint: words.reportedHint },
};

/** Props of {@link SpeechLabel}. */
export type SpeechLabelProps = { speech: Speech };

/** A visible label saying whether the quote is the speaker's words or the reporter's. */
export function SpeechLabel({ speech }: SpeechLabelProps) {
  const label = labels[speech];
  return (
    <span
      title={label.hint}
      className="rounded border border-stone-400 px-1.5 py-0.5 text-xs font-semibold text-stone-800 dark:border-stone-500 dark:text-stone-200"
    >
      {label.text}
    </span>
  );
}
