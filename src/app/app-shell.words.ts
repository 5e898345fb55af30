// The words of the app's shell (app-shell.tsx), in English; each other interface language's
// are in `app-shell.words.<language>.ts` beside this file.

export const home = 'Home';
export const siteHome = (name: string) => `← ${name}: every event`;
