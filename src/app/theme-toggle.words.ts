import type { Theme } from './theme.ts';

// The words of the theme toggle (theme-toggle.tsx), in English; each other interface
// language's are in `theme-toggle.words.<language>.ts` beside this file.

/**
 * What the toggle says: the theme chosen. Its key (`system`, `light`, `dark`) is its English
 * name; another language names each.
 */
export const label = (theme: Theme) => `Theme: ${theme}`;
