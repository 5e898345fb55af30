// The words of a data file's failures, as a reader is told them (data-file.ts), in English;
// each other interface language's are in `data-file.words.<language>.ts` beside this file.

export const serverAnswered = (status: number, path: string) =>
  `The server answered HTTP ${status} for data/${path}.`;
export const stalled = (path: string, seconds: number) =>
  `data/${path} stopped arriving: nothing came for ${seconds} seconds.`;
export const outdated =
  'This dossier has been updated since this page was opened. Reload the page to see the current version.';
export const missing = (path: string) => `There is no data/${path} on the server.`;
