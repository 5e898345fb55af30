// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  applyTheme,
  isDark,
  nextTheme,
  storeTheme,
  storedTheme,
  type Theme,
} from '../../src/app/theme.ts';

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.className = '';
  document.documentElement.style.colorScheme = '';
});

/** Storage that refuses every call, as in some private modes. */
function makeBrokenStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

/** A matchMedia that reports the given system colour preference. */
function stubSystemPreference(prefersDark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && prefersDark,
    media: query,
  }));
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

test.each([
  { theme: 'dark', systemPrefersDark: false, dark: true },
  { theme: 'dark', systemPrefersDark: true, dark: true },
  { theme: 'light', systemPrefersDark: false, dark: false },
  { theme: 'light', systemPrefersDark: true, dark: false },
  { theme: 'system', systemPrefersDark: false, dark: false },
  { theme: 'system', systemPrefersDark: true, dark: true },
] satisfies { theme: Theme; systemPrefersDark: boolean; dark: boolean }[])(
  'the $theme theme with a dark system preference of $systemPrefersDark is dark: $dark',
  ({ theme, systemPrefersDark, dark }) => {
    expect(isDark(theme, systemPrefersDark)).toBe(dark);
  },
);

test('the toggle cycles system, light, dark and back to system', () => {
  expect(nextTheme('system')).toBe('light');
  expect(nextTheme('light')).toBe('dark');
  expect(nextTheme('dark')).toBe('system');
});

test.each([
  { theme: 'dark', prefersDark: false, dark: true },
  { theme: 'light', prefersDark: true, dark: false },
  { theme: 'system', prefersDark: true, dark: true },
  { theme: 'system', prefersDark: false, dark: false },
] satisfies { theme: Theme; prefersDark: boolean; dark: boolean }[])(
  'applying $theme on a system preferring dark ($prefersDark) sets dark to $dark',
  ({ theme, prefersDark, dark }) => {
    stubSystemPreference(prefersDark);
    applyTheme(theme);
    const root = document.documentElement;
    expect(root.classList.contains('dark')).toBe(dark);
    expect(root.style.colorScheme).toBe(dark ? 'dark' : 'light');
  },
);

test('applying light after dark removes the dark class', () => {
  stubSystemPreference(false);
  applyTheme('dark');
  applyTheme('light');
  expect(document.documentElement.classList.contains('dark')).toBe(false);
  expect(document.documentElement.style.colorScheme).toBe('light');
});
