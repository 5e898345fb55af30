import type { ReactNode } from 'react';

// The words of a translation set under a quote (translation-beside.tsx), in English; each other
// interface language's are in `translation-beside.words.<language>.tsx` beside this file.

export const notTranslated = (language: string) => `In ${language}; not translated.`;
export const fromLanguage = (translator: string, language: string) =>
  `${translator}, from ${language}:`;
export const quoted = (translation: ReactNode) => <>“{translation}”</>;
export const source = (publisher: string, headline: ReactNode) => (
  <>
    {publisher}, {headline}
  </>
);
export const publishedIn = (source: ReactNode, date: ReactNode) => (
  <>
    Published in {source}, {date}.
  </>
);
