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
