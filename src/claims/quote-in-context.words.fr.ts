// The words of a quote in its source's paragraph (quote-in-context.tsx), in French; the
// English words are in `quote-in-context.words.ts` beside this file.

export const readWholeSource: string = 'Lire la source entière à partir de cette citation';
export const openOriginal: string = 'Ouvrir la citation dans la page d’origine';
