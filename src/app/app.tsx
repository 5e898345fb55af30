import { Suspense } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { ComparisonPage } from '../comparison/comparison-page.tsx';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { PageErrorBoundary } from '../ui/page-error-boundary.tsx';
import { AppShell } from './app-shell.tsx';
import { claimPage, sourcePage } from './pages.ts';
import { RouteFocus } from './route-focus.tsx';

// The claim and source pages load on first visit, keeping the initial JavaScript small.
const ClaimPage = claimPage.Component;
const SourcePage = sourcePage.Component;

/** The router's base: the deployed sub-path without its trailing slash (`''` at the root). */
const routerBase = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Props of {@link App}: the address to render when there is no browser (prerendering). */
export type AppProps = { ssrPath?: string; ssrSearch?: string };

/** The app: `/` compares, `/claims/<id>` is a claim's permalink, `/sources/<id>` reads a source. */
export function App({ ssrPath, ssrSearch }: AppProps = {}) {
  return (
    <Router base={routerBase} ssrPath={ssrPath} ssrSearch={ssrSearch}>
      <AppShell>
        <Pages />
      </AppShell>
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
          <Route path="/">
            <ComparisonPage />
          </Route>
          <Route path="/claims/:id">{(params) => <ClaimPage id={params.id} />}</Route>
          <Route path="/sources/:id">{(params) => <SourcePage id={params.id} />}</Route>
          <Route>
            <NotFound
              title="Page not found"
              detail="There is nothing at this address. It may be mistyped or out of date."
            />
          </Route>
        </Switch>
        <RouteFocus />
      </Suspense>
    </PageErrorBoundary>
  );
}
