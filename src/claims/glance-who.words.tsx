import type { ReactNode } from 'react';

// The words of whose a position at a glance is (glance-who.tsx), in English; each other
// interface language's are in `glance-who.words.<language>.tsx` beside this file.

export const inTranslation = (name: string, translation: string, excerpt: ReactNode) => (
  <>
    {name}, in {translation}: {excerpt}
  </>
);
export const quoting = (name: string, excerpt: ReactNode) => (
  <>
    {name}: {excerpt}
  </>
);
export const quoted = (excerpt: string) => `“${excerpt}”`;
