// The words of the theme toggle (theme-toggle.tsx), in English; each other interface
// language's are in `theme-toggle.words.<language>.ts` beside this file.

export const systemTheme = 'Theme: system';
export const lightTheme = 'Theme: light';
export const darkTheme = 'Theme: dark';
