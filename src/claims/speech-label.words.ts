// The words of the speech label (speech-label.tsx), in English; each other interface
// language's are in `speech-label.words.<language>.ts` beside this file.

export const direct = 'Direct quote';
export const directHint = "The speaker's own words, as the source quotes them";
export const reported = 'Reported';
export const reportedHint = "The source's own words about what was said";
