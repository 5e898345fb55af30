// The words of an overview cell's other claims (overview-cell-rest.tsx), in English; each
// other interface language's are in `overview-cell-rest.words.<language>.ts` beside this file.

export const notLoaded = 'These claims could not be loaded.';
export const seeInComparison = 'See them in the comparison';
export const loading = 'Loading…';
