import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { ComparisonPage } from '../comparison/comparison-page.tsx';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { AppShell } from './app-shell.tsx';
import { RouteFocus } from './route-focus.tsx';

// The claim and source pages load on first visit, keeping the initial JavaScript small.
const ClaimPage = lazy(() =>
  import('../claims/claim-page.tsx').then((module) => ({ default: module.ClaimPage })),
);
const SourcePage = lazy(() =>
  import('../sources/source-page.tsx').then((module) => ({ default: module.SourcePage })),
);

/** The router's base: the deployed sub-path without its trailing slash (`''` at the root). */
const routerBase = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The app: `/` compares, `/claims/<id>` is a claim's permalink, `/sources/<id>` reads a source. */
export function App() {
  return (
    <Router base={routerBase}>
      <AppShell>
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
      </AppShell>
    </Router>
  );
}
