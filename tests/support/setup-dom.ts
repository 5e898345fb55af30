import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// Testing Library's queries wait 1 s by default for what they look for: on a busy machine the
// first render of a page (its data files decoded, React rendering) can take longer, and a
// correct page then fails. They wait up to the test's own limit instead (see vite.config.ts).
configure({ asyncUtilTimeout: 30_000 });

// jsdom has no matchMedia; the theme follows a light system preference in component tests.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) satisfies MediaQueryList;
