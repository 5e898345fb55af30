import type { ReactNode } from 'react';

// The words around a claim's quote (quote-figure.tsx), in English; each other interface
// language's are in `quote-figure.words.<language>.tsx` beside this file.

export const quoted = (quote: ReactNode) => <>“{quote}”</>;
export const inSources = (count: number) => `In ${count} sources`;
export const printArtifact = (printed: string, reading: string) =>
  `Note: the source prints “${printed}” for “${reading}”. The quote keeps the printed form.`;
