// The words of the error panel (error-panel.tsx), in French; the English words are in
// `error-panel.words.ts` beside this file.

export const reload: string = 'Recharger';
export const retrying: string = 'Nouvelle tentative…';
export const retry: string = 'Réessayer';
