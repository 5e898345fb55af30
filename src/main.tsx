import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { readPageData, seedPageData } from './app/page-data.ts';
import { createQueryClient } from './app/query-client.ts';
import { matchPath } from './app/routes.ts';
import './index.css';

// The theme is on the page before this runs: the head's theme script, or the stylesheet alone
// (see src/app/theme-script.ts); the theme toggle takes it over as it mounts.

const queryClient = createQueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);

/**
 * The code of the page at a URL path, if it loads on demand (preloaded by the page's head),
 * and rendered afresh, that of the parts on its first screen.
 */
function pageCode(pathname: string, afresh: boolean): Promise<unknown> {
  const routerPath = `/${pathname.slice(import.meta.env.BASE_URL.length)}`;
  const { route } = matchPath(routerPath);
  return Promise.all([route.preload?.(), afresh && route.preloadParts?.()]);
}

/** Marks the moment the app takes over the page (tests click right after it). */
function start(render: () => void) {
  document.documentElement.dataset.appScript = 'ran';
  render();
}

// A prerendered page carries the data its first view was rendered from: put in the cache, it
// lets the page hydrate at once, with working controls and no fetch; a data file that fails
// later can only affect the parts that need it, never the page's text. Served for another
// address (404.html for an unknown path, or with a query string that changes what it shows),
// it is rendered afresh for the address asked for, from the same data where it suffices.
const prerenderedPath = root.dataset.prerenderedPath;
if (prerenderedPath === undefined) {
  createRoot(root).render(app);
} else {
  seedPageData(queryClient, readPageData());
  const { pathname, search } = window.location;
  // Hydrated as a transition, so that React works in slices of a few milliseconds and yields
  // between them: the page, painted already, answers input meanwhile, and no task of the
  // app's start blocks the main thread for long. A click before it has finished makes React
  // finish at once, then replays the click. Next.js hydrates its app router the same way.
  const hydrate = () =>
    start(() => {
      startTransition(() => {
        hydrateRoot(root, app);
      });
    });
  const renderAfresh = () => start(() => createRoot(root).render(app));
  // Either way once the page's code is here, so that the prerendered page stays until its
  // replacement can render at once; code that fails to load is shown by the page's error
  // boundary, rendered afresh.
  const afresh = prerenderedPath !== pathname || search !== '';
  void pageCode(pathname, afresh).then(afresh ? renderAfresh : hydrate, renderAfresh);
}

// The author's workbench (`npm run author`) adds its screens over the app; every other build
// defines the flag empty, so none of their code is in its bundles.
if (import.meta.env.VITE_AUTHOR_MODE === 'true') {
  void import('./author/author-mode.tsx').then((mode) => mode.startAuthorMode());
}
