// The words of a claim's sharing buttons (share-actions.tsx), in English; each other interface
// language's are in `share-actions.words.<language>.ts` beside this file.

export const share = 'Share';
export const copyQuote = 'Copy quote with citation';
export const shared = 'Shared.';
export const linkCopied = 'Link to this claim copied.';
export const quoteCopied = 'Quote and citation copied.';
export const copyBlocked = 'Copying was blocked by the browser; select the text below and copy it.';
export const textToCopy = 'Text to copy';
export const permalink = 'Permalink:';
