/** The colour theme: follow the system, or a choice the reader made (kept in localStorage). */
export type Theme = 'system' | 'light' | 'dark';

const storageKey = 'theme';
// Where storage is disabled (some private modes), the choice lasts for this page only.
let unsavedTheme: Theme = 'system';
const themes: readonly Theme[] = ['system', 'light', 'dark'];

/** The reader's stored choice, or `system`. Never throws (storage can be disabled). */
export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(storageKey);
    return themes.find((theme) => theme === value) ?? 'system';
  } catch {
    return unsavedTheme;
  }
}

/** Stores the choice; `system` clears it. */
export function storeTheme(theme: Theme): void {
  unsavedTheme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, theme);
  } catch {
    // Disabled storage: `unsavedTheme` keeps the choice for this page.
  }
}

/** The next theme in the toggle's cycle. */
export function nextTheme(theme: Theme): Theme {
  return themes[(themes.indexOf(theme) + 1) % themes.length] ?? 'system';
}

/**
 * Marks the reader's choice on the root element, as the head's theme script does before the
 * first paint (`theme-script.ts`): the class `dark` or `light`, or neither for `system`, which
 * the stylesheet follows by itself, as it changes (`index.css`).
 */
export function applyTheme(theme: Theme): void {
  const classes = document.documentElement.classList;
  classes.toggle('dark', theme === 'dark');
  classes.toggle('light', theme === 'light');
}
