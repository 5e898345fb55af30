// The words of a quote in its source's paragraph (quote-in-context.tsx), in English; each other
// interface language's are in `quote-in-context.words.<language>.ts` beside this file.

export const readWholeSource = 'Read the whole source at this quote';
export const openOriginal = 'Open the quote in the original page';
