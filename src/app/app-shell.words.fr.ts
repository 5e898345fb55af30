// The words of the app's shell (app-shell.tsx), in French; the English words are in
// `app-shell.words.ts` beside this file.

export const home: string = 'Accueil';
