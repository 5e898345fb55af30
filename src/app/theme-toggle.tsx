import { useEffect, useState } from 'react';
import { applyTheme, nextTheme, storedTheme, storeTheme, type Theme } from './theme.ts';

const labels: Record<Theme, string> = {
  system: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

/** Cycles system → light → dark; the choice persists, and `system` follows the OS live. */
export function ThemeToggle() {
  const [theme, setTheme] = useState(storedTheme);
  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [theme]);
  return (
    <button
      type="button"
      onClick={() => {
        const next = nextTheme(theme);
        storeTheme(next);
        setTheme(next);
      }}
      className="rounded border border-stone-300 px-2.5 py-1 text-sm text-stone-700 hover:bg-stone-100 print:hidden dark:border-stone-600 dark:text-stone-200 dark:hover:bg-stone-800"
    >
      {labels[theme]}
    </button>
  );
}
