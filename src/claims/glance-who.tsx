import { glanceWho, type GlanceWords } from '../corpus/glance.ts';
import { ownerWords } from '../corpus/translation.ts';
import * as whoWords from './glance-who.words.tsx';

/** Props of {@link GlanceWho}. */
export type GlanceWhoProps = { name: string; words: GlanceWords };

/**
 * Who took a position, after our short form in a line at a glance: the speaker's name, then
 * their own words in quotation marks (set as a quote is on a card), or the publisher whose
 * report it is (`src/corpus/glance.ts`).
 */
export function GlanceWho({ name, words }: GlanceWhoProps) {
  if (words.speech === 'direct' && words.excerpt && words.translatedBy) {
    // A translation: whose it is first; in marks and italics only where it is published so.
    return whoWords.inTranslation(
      name,
      ownerWords(words.translatedBy),
      words.translationQuoted ? (
        <span className="font-serif italic">{whoWords.quoted(words.excerpt)}</span>
      ) : (
        <span className="font-serif">{words.excerpt}</span>
      ),
    );
  }
  if (words.speech === 'direct' && words.excerpt) {
    return whoWords.quoting(
      name,
      <span className="font-serif italic">{whoWords.quoted(words.excerpt)}</span>,
    );
  }
  return <>{glanceWho(name, words)}</>;
}
