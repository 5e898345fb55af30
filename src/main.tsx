import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadForPath } from './app/preload.ts';
import { createQueryClient } from './app/query-client.ts';
import { applyTheme, storedTheme } from './app/theme.ts';
import './index.css';

applyTheme(storedTheme());

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

// A prerendered page stays readable while the data it was rendered with loads, then hydrates.
// Served for another address (404.html for an unknown path, or with a query string that
// changes what it shows), it is rendered afresh for the address asked for, once the data is in.
const prerenderedPath = root.dataset.prerenderedPath;
if (prerenderedPath === undefined) {
  createRoot(root).render(app);
} else {
  const { pathname, search } = window.location;
  const matches = prerenderedPath === pathname && search === '';
  void preloadForPath(queryClient, pathname, search).then(
    () => (matches ? hydrateRoot(root, app) : createRoot(root).render(app)),
    // The data did not all load: the page is rendered afresh, showing what failed with a
    // Retry, rather than hydrated with markup it can no longer match. What failed is shown as
    // it is, not tried again unseen on mount: after a stalled request that would mean a second
    // wait for the same message.
    () => {
      for (const query of queryClient.getQueryCache().getAll()) {
        if (query.state.status === 'error') {
          queryClient.setQueryDefaults(query.queryKey, { retryOnMount: false });
        }
      }
      createRoot(root).render(app);
    },
  );
}
