// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { applyTheme, nextTheme, storeTheme, storedTheme, type Theme } from '../../src/app/theme.ts';
import { themeScript } from '../../src/app/theme-script.ts';

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.className = '';
});

/** Storage that refuses every call, as in some private modes. */
function makeBrokenStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

test('with nothing stored the theme follows the system', () => {
  expect(storedTheme()).toBe('system');
});

test.each(['light', 'dark'] satisfies Theme[])('a stored %s choice is read back', (theme) => {
  storeTheme(theme);
  expect(storedTheme()).toBe(theme);
});

test('choosing system again forgets the stored choice', () => {
  storeTheme('dark');
  storeTheme('system');
  expect(localStorage.getItem('theme')).toBeNull();
  expect(storedTheme()).toBe('system');
});

test.each(['sepia', 'DARK', ''])('a stored value of %j falls back to system', (value) => {
  localStorage.setItem('theme', value);
  expect(storedTheme()).toBe('system');
});

test('reading from storage that refuses access falls back to system', () => {
  storeTheme('system'); // nothing chosen on this page yet (an earlier test may have chosen)
  localStorage.setItem('theme', 'dark');
  vi.stubGlobal('localStorage', makeBrokenStorage());
  expect(storedTheme()).toBe('system');
});

test('storing into storage that refuses access does not throw', () => {
  vi.stubGlobal('localStorage', makeBrokenStorage());
  expect(() => localStorage.setItem('theme', 'dark')).toThrow();
  expect(() => storeTheme('dark')).not.toThrow();
  expect(() => storeTheme('system')).not.toThrow();
});

test('the toggle cycles system, light, dark and back to system', () => {
  expect(nextTheme('system')).toBe('light');
  expect(nextTheme('light')).toBe('dark');
  expect(nextTheme('dark')).toBe('system');
});

test.each([
  { theme: 'dark', classes: ['dark'] },
  { theme: 'light', classes: ['light'] },
  { theme: 'system', classes: [] },
] satisfies { theme: Theme; classes: string[] }[])(
  'applying $theme leaves the classes $classes on the root (system: the stylesheet decides)',
  ({ theme, classes }) => {
    for (const before of ['dark', 'light', 'system'] satisfies Theme[]) {
      applyTheme(before);
      applyTheme(theme);
      expect([...document.documentElement.classList]).toEqual(classes);
    }
  },
);

/** Runs the head's theme script as a page runs it, before any of the app's code. */
const runThemeScript = () => new Function(themeScript)() as unknown;

test.each(['light', 'dark'] satisfies Theme[])(
  'a stored %s choice is on the root after the head script alone, as the app would put it',
  (theme) => {
    storeTheme(theme);
    runThemeScript();
    const byScript = [...document.documentElement.classList];
    document.documentElement.className = '';
    applyTheme(storedTheme());
    expect(byScript).toEqual([...document.documentElement.classList]);
    expect(byScript).toEqual([theme]);
  },
);

test('without a choice, or with a stray value, the head script leaves the root to the system', () => {
  runThemeScript();
  localStorage.setItem('theme', 'purple');
  runThemeScript();
  expect(document.documentElement.className).toBe('');
});

test('the head script never throws where storage is disabled', () => {
  vi.stubGlobal('localStorage', makeBrokenStorage());
  expect(runThemeScript).not.toThrow();
  expect(document.documentElement.className).toBe('');
});
