import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { makeParty } from '../support/corpus-factory.ts';
import { corpusOf, makeDataFiles } from '../support/data-files.ts';
import { fetchedPaths, renderApp, serveData } from './render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const trumpSummary = 'Donald Trump says Kim Jong Un wanted all sanctions lifted.';

/** The detailed table of claims (under the positions overview). */
const claimTable = () =>
  screen.getByRole('table', { name: 'Claims by topic (rows) and party (columns)' });

test('the overview shows each party’s position on each question, and says when one is silent', async () => {
  serveData(
    makeDataFiles((records) => {
      records.parties.push(makeParty({ id: 'china', name: 'China', label: 'China' }));
    }),
  );
  renderApp();
  const overview = await screen.findByRole('table', { name: 'Positions at a glance' });
  expect(
    within(overview)
      .getAllByRole('columnheader')
      .map((th) => th.textContent),
  ).toEqual(['Question', 'USUnited States', 'DPRKNorth Korea', 'ChinaChina']);
  const row = within(overview).getByRole('row', { name: /What did North Korea ask for/ });
  const cells = within(row).getAllByRole('cell');
  expect(cells).toHaveLength(3);
  // Without a short form, the summary stands in; the speech is said in words.
  expect(within(cells[0] as HTMLElement).getByRole('link', { name: trumpSummary })).toHaveAttribute(
    'href',
    '/claims/trump-all-sanctions',
  );
  expect(cells[0]).toHaveTextContent('Donald Trump');
  // Whose words: a reported line names its publisher; a direct one quotes the speaker.
  expect(cells[0]).toHaveTextContent(/Donald Trump, as .+ reports/);
  expect(cells[1]).toHaveTextContent(/: “[^”]+”/);
  expect(cells[1]).toHaveTextContent('disputes Donald Trump');
  expect(cells[2]).toHaveTextContent('No statement');
});

test('the claims appear in the comparison once the corpus loads', async () => {
  serveData(makeDataFiles());
  renderApp();
  expect(screen.getByRole('status')).toHaveTextContent('Loading claims');

  const card = await screen.findByRole('article', { name: trumpSummary });
  expect(within(card).getByText('Donald Trump')).toBeInTheDocument();
  expect(
    within(card).getByText(/wanted the sanctions lifted in their entirety/),
  ).toBeInTheDocument();
  expect(within(card).getByText('Reported')).toBeInTheDocument();
  expect(within(card).getByText('28 February 2019')).toBeInTheDocument();
  expect(within(card).getByRole('link', { name: /^Disputed by Ri Yong Ho/ })).toHaveAttribute(
    'href',
    '/claims/ri-partial-relief',
  );
  expect(within(card).getByRole('link', { name: trumpSummary })).toHaveAttribute(
    'href',
    '/claims/trump-all-sanctions',
  );

  const table = claimTable();
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent),
  ).toEqual(['USUnited States', 'DPRKNorth Korea']);
  expect(
    within(table).getByRole('heading', {
      name: 'What did North Korea ask for in sanctions relief?',
    }),
  ).toBeInTheDocument();
});

test('a party without claims says so instead of showing an empty cell', async () => {
  serveData(
    makeDataFiles((records) => {
      records.parties.push(makeParty({ id: 'china', name: 'China', label: 'China' }));
    }),
  );
  renderApp();
  await screen.findByRole('article', { name: trumpSummary });
  const cells = within(claimTable()).getAllByRole('cell');
  expect(cells).toHaveLength(3);
  expect(cells[2]).toHaveTextContent('No statement in the sources.');
});

test('a failed fetch shows an error, and Retry loads the claims', async () => {
  let down = true;
  const fetch = serveData(makeDataFiles(), {
    'index.json': () => (down ? new Response('down', { status: 503 }) : undefined),
  });
  renderApp();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The claims could not be loaded');
  expect(alert).toHaveTextContent('HTTP 503');

  down = false;
  await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('article', { name: trumpSummary })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(fetchedPaths(fetch).filter((path) => path === 'index.json')).toHaveLength(2);
});

test('a corpus file of the wrong shape shows which field is wrong', async () => {
  const files = makeDataFiles();
  const chunk = JSON.parse(files.get('chunks/0.json') ?? '') as { claims: object[] };
  files.set(
    'chunks/0.json',
    JSON.stringify({ ...chunk, claims: [{ ...chunk.claims[0], speech: 'rumour' }] }),
  );
  serveData(files);
  renderApp();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The data file chunks/0.json is malformed');
  expect(alert).toHaveTextContent(/claims\[0\]\.speech/);
});

test('the print artifact of a quote is pointed out, not silently corrected', async () => {
  serveData(
    makeDataFiles((records) => {
      records.claims[0] = {
        ...(records.claims[0] as object),
        quote: 'the offer included its plu-tonium facilities.',
      };
    }),
  );
  renderApp();
  const card = await screen.findByRole('article', { name: trumpSummary });
  expect(
    within(card).getByText('the offer included its plu-tonium facilities.'),
  ).toBeInTheDocument();
  expect(
    within(card).getByText(/the source prints “plu-tonium” for “plutonium”/),
  ).toBeInTheDocument();
});

test('unticking a party hides its column and puts the choice in the URL', async () => {
  serveData(makeDataFiles());
  renderApp();
  await screen.findByRole('article', { name: trumpSummary });
  await userEvent.click(screen.getByRole('button', { name: /^Filters\b/ }));
  await userEvent.click(await screen.findByRole('checkbox', { name: /North Korea/ }));
  expect(window.location.search).toBe('?party=us');
  expect(within(claimTable()).getAllByRole('columnheader')).toHaveLength(1);
  expect(screen.getByText(/claims match$/, { selector: '[role=status]' })).toHaveTextContent(
    '1 of 2 claims match',
  );

  await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
  expect(window.location.search).toBe('');
  expect(within(claimTable()).getAllByRole('columnheader')).toHaveLength(2);
});

test('typing a search narrows the claims, ignoring case and accents', async () => {
  serveData(makeDataFiles());
  renderApp();
  await screen.findByRole('article', { name: trumpSummary });
  await userEvent.type(screen.getByRole('searchbox', { name: /Search/ }), 'STÀNCE');
  expect(window.location.search).toBe('?q=ST%C3%80NCE');
  expect(screen.getByText(/claims match$/, { selector: '[role=status]' })).toHaveTextContent(
    '1 of 2 claims match',
  );
  expect(screen.queryByRole('article', { name: trumpSummary })).not.toBeInTheDocument();
});

test('a search that every claim matches says so, rather than “All” as if it were ignored', async () => {
  const files = makeDataFiles();
  const { claims } = corpusOf(files);
  // A word of every claim's summary, taken from the first.
  const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const shared = wordsOf(claims[0]?.summary ?? '').find((word) =>
    claims.every((claim) => wordsOf(claim.summary).includes(word)),
  );
  if (!shared) throw new Error('the claims share no word');
  serveData(files);
  renderApp();
  await screen.findByRole('article', { name: trumpSummary });
  const counter = () => screen.getByText(/claims( match)?$/, { selector: '[role=status]' });
  expect(counter()).toHaveTextContent(`All ${claims.length} claims`);
  await userEvent.type(screen.getByRole('searchbox', { name: /Search/ }), shared);
  expect(counter()).toHaveTextContent(`${claims.length} of ${claims.length} claims match`);
});

test('bad values in the URL are dropped with a quiet notice, not a crash', async () => {
  serveData(makeDataFiles());
  renderApp('/?party=us,atlantis&speech=whisper');
  await screen.findByRole('article', { name: trumpSummary });
  expect(screen.getByRole('note')).toHaveTextContent(
    'Part of this link was ignored: “whisper” is not a valid speech; no party “atlantis” in this dossier.',
  );
  expect(within(claimTable()).getAllByRole('columnheader')).toHaveLength(1);
});

test('an unknown path shows a not-found page with a way back', async () => {
  serveData(makeDataFiles());
  renderApp('/nothing/here');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('link', { name: 'Back to the comparison of all claims' }),
  ).toHaveAttribute('href', '/');
});
