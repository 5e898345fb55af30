import type * as en from './glance-who.words.tsx';

// The words of whose a position at a glance is (glance-who.tsx), in French; the English words
// are in `glance-who.words.tsx` beside this file.

export const inTranslation: typeof en.inTranslation = (name, translation, excerpt) => (
  <>
    {name}, dans {translation}
    {'\u00a0: '}
    {excerpt}
  </>
);
export const quoting: typeof en.quoting = (name, excerpt) => (
  <>
    {name}
    {'\u00a0: '}
    {excerpt}
  </>
);
export const quoted: typeof en.quoted = (excerpt) => `«\u00a0${excerpt}\u00a0»`;
