// The words of every party's answer on a claim's page (other-answers.tsx), in English; each
// other interface language's are in `other-answers.words.<language>.ts` beside this file.

export const loadFailed = "Every party's answer could not be loaded";
export const allOnQuestion = (count: number) => `All ${count} claims on this question →`;
