// The words of a claim's sharing buttons (share-actions.tsx), in French; the English words are
// in `share-actions.words.ts` beside this file.

export const share: string = 'Partager';
export const copyQuote: string = 'Copier la citation et sa référence';
export const shared: string = 'Partage effectué.';
export const linkCopied: string = 'Lien vers cette déclaration copié.';
export const quoteCopied: string = 'Citation et référence copiées.';
export const copyBlocked: string =
  'Le navigateur a bloqué la copie\u202f; sélectionnez le texte ci-dessous et copiez-le.';
export const textToCopy: string = 'Texte à copier';
export const permalink: string = 'Lien permanent\u00a0:';
