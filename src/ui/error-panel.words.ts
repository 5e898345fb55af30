// The words of the error panel (error-panel.tsx), in English; each other interface
// language's are in `error-panel.words.<language>.ts` beside this file.

export const reload = 'Reload';
export const retrying = 'Retrying…';
export const retry = 'Retry';
