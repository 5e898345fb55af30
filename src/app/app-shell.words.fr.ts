import type * as en from './app-shell.words.ts';

// The words of the app's shell (app-shell.tsx), in French; the English words are in
// `app-shell.words.ts` beside this file.

export const home: string = 'Accueil';
export const siteHome: typeof en.siteHome = (name) => `← ${name}\u00a0: tous les événements`;
