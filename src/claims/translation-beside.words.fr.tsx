import type * as en from './translation-beside.words.tsx';

// The words of a translation set under a quote (translation-beside.tsx), in French; the
// English words are in `translation-beside.words.tsx` beside this file.

export const notTranslated: typeof en.notTranslated = (language) =>
  `En ${language}\u202f; sans traduction.`;
export const fromLanguage: typeof en.fromLanguage = (translator, language) =>
  `${translator}, de l’original en ${language}\u00a0:`;
export const quoted: typeof en.quoted = (translation) => (
  <>
    {'«\u00a0'}
    {translation}
    {'\u00a0»'}
  </>
);
export const source: typeof en.source = (publisher, headline) => (
  <>
    {publisher}, {headline}
  </>
);
export const publishedIn: typeof en.publishedIn = (source, date) => (
  <>
    Publiée dans {source}, {date}.
  </>
);
