import { useEffect, useSyncExternalStore } from 'react';
import { applyTheme, nextTheme, storedTheme, storeTheme } from './theme.ts';
import * as words from './theme-toggle.words.ts';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener); // a choice made in another tab
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/**
 * Cycles system → light → dark; the choice persists in localStorage, and `system` follows the
 * OS live (the stylesheet does). Prerendered pages say "system" until hydrated, then the stored
 * choice, which the page shows from its first paint (`theme-script.ts`).
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, storedTheme, () => 'system' as const);
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <button
      type="button"
      onClick={() => {
        storeTheme(nextTheme(theme));
        for (const listener of listeners) listener();
      }}
      className="needs-script rounded border border-stone-300 px-2.5 py-1 text-sm text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-200 dark:hover:bg-stone-800"
    >
      {words.label(theme)}
    </button>
  );
}
