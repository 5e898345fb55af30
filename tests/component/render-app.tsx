import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/app.tsx';

/** Renders the whole app at `path` with a fresh QueryClient that does not retry. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

/** Replaces fetch: each response answers one call in turn; `byUrl` answers by URL ending. */
export function stubFetch(
  responses: (() => Response)[],
  byUrl: Record<string, () => Response> = {},
) {
  const queue = [...responses];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input) => {
    const url = String(input);
    const match = Object.entries(byUrl).find(([ending]) => url.endsWith(ending));
    if (match) return match[1]();
    const next = queue.shift();
    if (!next) throw new Error(`unexpected fetch of ${url}`);
    return next();
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A JSON response. */
export const json = (body: unknown) => () =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/**
 * Replaces fetch with a static host serving data files under `/data/`: 404 for any other
 * path. `override` may answer a path first (return undefined to let the file be served).
 */
export function serveData(
  files: ReadonlyMap<string, string>,
  override: Record<string, () => Response | undefined> = {},
) {
  const fetch = vi.fn<typeof globalThis.fetch>(async (input) => {
    const url = String(input);
    const path = url.startsWith('/data/') ? url.slice('/data/'.length) : undefined;
    const answer = path === undefined ? undefined : override[path]?.();
    if (answer) return answer;
    const file = path === undefined ? undefined : files.get(path);
    return file === undefined
      ? new Response('Not found', { status: 404 })
      : new Response(file, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The paths of the data files fetched so far. */
export function fetchedPaths(fetch: { mock: { calls: unknown[][] } }): string[] {
  return fetch.mock.calls.map(([input]) => String(input).replace(/^\/data\//, ''));
}
