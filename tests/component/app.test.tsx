import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { makeParty } from '../support/corpus-factory.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

function stubFetch(...responses: (() => Response)[]) {
  const fetch = vi.fn<typeof globalThis.fetch>();
  for (const response of responses) fetch.mockImplementationOnce(async () => response());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const json = (body: unknown) => () =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

test('the claims appear under their party once the corpus loads', async () => {
  stubFetch(json(makeCompiledCorpus()));
  renderApp();
  expect(screen.getByRole('status')).toHaveTextContent('Loading claims');

  const us = await screen.findByRole('region', { name: /United States/ });
  const card = within(us).getByRole('article', {
    name: 'Donald Trump says Kim Jong Un wanted all sanctions lifted.',
  });
  expect(within(card).getByText('Donald Trump')).toBeInTheDocument();
  expect(
    within(card).getByText(/wanted the sanctions lifted in their entirety/),
  ).toBeInTheDocument();
  expect(within(card).getByText('Reported')).toBeInTheDocument();
  expect(within(card).getByText('28 February 2019')).toBeInTheDocument();

  const dprk = screen.getByRole('region', { name: /North Korea/ });
  const direct = within(dprk).getByRole('article');
  expect(within(direct).getByText('Direct quote')).toBeInTheDocument();
  expect(within(direct).getByText('28 February – 1 March 2019')).toBeInTheDocument();
  expect(within(direct).getByText('News conference in Hanoi')).toBeInTheDocument();
});

test('a party without claims says so instead of showing an empty column', async () => {
  stubFetch(
    json(
      makeCompiledCorpus((records) => {
        records.parties.push(makeParty({ id: 'china', name: 'China', label: 'China' }));
      }),
    ),
  );
  renderApp();
  const china = await screen.findByRole('region', { name: /China/ });
  expect(within(china).getByText('No statement in the sources.')).toBeInTheDocument();
  expect(within(china).queryByRole('article')).not.toBeInTheDocument();
});

test('a failed fetch shows an error, and Retry loads the claims', async () => {
  const fetch = stubFetch(() => new Response('down', { status: 503 }), json(makeCompiledCorpus()));
  renderApp();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The claims could not be loaded');
  expect(alert).toHaveTextContent('HTTP 503');

  await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('region', { name: /United States/ })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('a corpus file of the wrong shape shows which field is wrong', async () => {
  const corpus = makeCompiledCorpus();
  stubFetch(json({ ...corpus, claims: [{ ...corpus.claims[0], speech: 'rumour' }] }));
  renderApp();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The corpus file is malformed');
  expect(alert).toHaveTextContent(/claims\[0\]\.speech/);
});

test('the print artifact of a quote is pointed out, not silently corrected', async () => {
  stubFetch(
    json(
      makeCompiledCorpus((records) => {
        records.claims[0] = {
          ...(records.claims[0] as object),
          quote: 'the offer included its plu-tonium facilities.',
        };
      }),
    ),
  );
  renderApp();
  const us = await screen.findByRole('region', { name: /United States/ });
  expect(within(us).getByText('the offer included its plu-tonium facilities.')).toBeInTheDocument();
  expect(
    within(us).getByText(/The source prints “plu-tonium” for “plutonium”/),
  ).toBeInTheDocument();
});
