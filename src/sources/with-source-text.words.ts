// The words shown while a source's text loads or when it fails (with-source-text.tsx), in
// English; each other interface language's are in `with-source-text.words.<language>.ts`
// beside this file.

export const loading = 'Loading the source text…';
export const loadFailed = 'The source text could not be loaded';
