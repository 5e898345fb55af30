import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { expect, test, vi } from 'vitest';
import { lazyPage } from '../../src/lib/lazy-page.ts';
import { PageErrorBoundary } from '../../src/ui/page-error-boundary.tsx';

function Page({ name }: { name: string }) {
  return <h1>{name}</h1>;
}

function at(address: string, children: React.ReactNode) {
  return (
    <PageErrorBoundary address={address}>
      <Suspense fallback={<p>Loading…</p>}>{children}</Suspense>
    </PageErrorBoundary>
  );
}

test('page code that fails to load shows an error with a Reload, until a later load succeeds', async () => {
  const load = vi
    .fn<() => Promise<typeof Page>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValue(Page);
  const { Component, preload } = lazyPage(load);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { rerender } = render(at('/claims/a', <Component name="Claim A" />));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('This page could not be shown');
  expect(alert).toHaveTextContent(
    'The code of this page could not be loaded. (TypeError: Failed to fetch dynamically imported module)',
  );
  expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  // Another address shows the same failure: nothing tries again in a loop.
  rerender(at('/claims/b', <Component name="Claim B" />));
  expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
  expect(load).toHaveBeenCalledTimes(1);
  // A preload (a pointer on a link to the page) that succeeds brings the page back.
  await preload();
  rerender(at('/claims/c', <Component name="Claim C" />));
  expect(await screen.findByRole('heading', { name: 'Claim C' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(load).toHaveBeenCalledTimes(2);
});

test('a page that throws while rendering is caught, not left blank', async () => {
  function Broken(): React.ReactNode {
    throw new Error('a fault of ours');
  }
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(at('/', <Broken />));
  expect(await screen.findByRole('alert')).toHaveTextContent('a fault of ours');
  expect(
    screen.getByRole('heading', { level: 1, name: 'This page could not be shown' }),
  ).toBeVisible();
});
