import type * as en from './other-answers.words.ts';

// The words of every party's answer on a claim's page (other-answers.tsx), in French; the
// English words are in `other-answers.words.ts` beside this file.

export const loadFailed: string = 'Les réponses des parties n’ont pas pu être chargées';
export const allOnQuestion: typeof en.allOnQuestion = (count) =>
  count < 2
    ? `${count} déclaration sur cette question →`
    : `Les ${count} déclarations sur cette question →`;
