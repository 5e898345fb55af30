// The words of the speech label (speech-label.tsx), in French; the English words are in
// `speech-label.words.ts` beside this file.

export const direct: string = 'Citation directe';
export const directHint: string = 'Les propres mots de l’intervenant, tels que la source les cite';
export const reported: string = 'Propos rapportés';
export const reportedHint: string = 'Les mots de la source elle-même sur ce qui a été dit';
