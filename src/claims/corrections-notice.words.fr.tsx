import type * as en from './corrections-notice.words.tsx';

// The words of a corrected claim's notice (corrections-notice.tsx), in French; the English
// words are in `corrections-notice.words.tsx` beside this file.

export const heading: typeof en.heading = (count) =>
  count === 1
    ? 'Cette déclaration a été corrigée'
    : `Cette déclaration a été corrigée ${count}\u00a0fois`;
export const correction: typeof en.correction = (date, reason) => (
  <>
    Corrigée le {date}
    {'\u00a0'}: {reason}
  </>
);
