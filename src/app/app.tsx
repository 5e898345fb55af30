import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import { PageErrorBoundary } from '../ui/page-error-boundary.tsx';
import { PrefetchContext } from '../ui/prefetch-context.ts';
import { routerBase } from '../lib/router-base.ts';
import { AppShell } from './app-shell.tsx';
import { RouteFocus } from './route-focus.tsx';
import { prefetchAddress, routes } from './routes.ts';

/** Props of {@link App}: the address to render when there is no browser (prerendering). */
export type AppProps = { ssrPath?: string; ssrSearch?: string };

/** The app: the pages of the route table (`routes.ts`), in the shell. */
export function App({ ssrPath, ssrSearch }: AppProps = {}) {
  const client = useQueryClient();
  const prefetch = useCallback((path: string) => prefetchAddress(client, path), [client]);
  return (
    <Router base={routerBase} ssrPath={ssrPath} ssrSearch={ssrSearch}>
      <PrefetchContext value={prefetch}>
        <AppShell>
          <Pages />
        </AppShell>
      </PrefetchContext>
    </Router>
  );
}

/** The page at the current address; what it throws stays within it (see the boundary). */
function Pages() {
  const [path] = useLocation();
  return (
    <PageErrorBoundary address={path}>
      <Suspense fallback={<LoadingSkeleton />}>
        <Switch>
          {routes.map((route) => (
            <Route key={route.name} path={route.pattern}>
              {(params: Record<string, string>) => route.render(params)}
            </Route>
          ))}
        </Switch>
        <RouteFocus />
      </Suspense>
    </PageErrorBoundary>
  );
}
