import type * as en from './theme-toggle.words.ts';

// The words of the theme toggle (theme-toggle.tsx), in French; the English words are in
// `theme-toggle.words.ts` beside this file.

/** What the toggle says: the theme chosen, named in French (its key is its English name). */
export const label: typeof en.label = (theme) =>
  `Thème\u00a0: ${{ system: 'système', light: 'clair', dark: 'sombre' }[theme]}`;
