import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { makeDataFiles } from '../support/data-files.ts';
import { renderApp, serveData } from './render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubCorpusAndText() {
  return serveData(makeDataFiles());
}

test('a claim page shows the claim, its quote in its paragraph, and its relations', async () => {
  stubCorpusAndText();
  renderApp('/claims/ri-partial-relief');
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: 'Ri Yong Ho says North Korea asked only for partial relief.',
  });
  expect(heading).toBeInTheDocument();
  const [quote] = screen.getAllByRole('figure');
  expect(quote).toHaveTextContent('Our stance will never be changed,');
  expect(within(quote as HTMLElement).getByText('Direct quote')).toBeInTheDocument();
  expect(within(quote as HTMLElement).getByText('News conference in Hanoi')).toBeInTheDocument();

  const mark = await screen.findByText('Our stance will never be changed,', { selector: 'mark' });
  expect(mark.parentElement).toHaveTextContent(
    'Mr Ri said North Korea had only asked for partial relief. "Our stance will never be changed," he said.',
  );
  expect(screen.getByRole('link', { name: 'Read the whole source at this quote' })).toHaveAttribute(
    'href',
    '/sources/sample?claim=ri-partial-relief',
  );
  const relations = screen.getByRole('region', { name: 'How other claims relate to this one' });
  expect(within(relations).getByRole('link', { name: /^Disputes Donald Trump/ })).toHaveAttribute(
    'href',
    '/claims/trump-all-sanctions',
  );
  const others = screen.getByRole('region', { name: /Every party's answer/ });
  // Filled in once its chunk arrives, after the claim's own file.
  expect(await within(others).findByText('This claim')).toBeInTheDocument();
  expect(
    within(others).getByRole('article', {
      name: 'Donald Trump says Kim Jong Un wanted all sanctions lifted.',
    }),
  ).toBeInTheDocument();
});

test('an unknown claim id shows not-found with a way back', async () => {
  stubCorpusAndText();
  renderApp('/claims/no-such-claim');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'No such claim' }),
  ).toBeInTheDocument();
  expect(screen.getByText(/no claim “no-such-claim”/)).toBeInTheDocument();
  expect(
    screen.getByRole('link', { name: 'Back to the comparison of all claims' }),
  ).toBeInTheDocument();
});

test('Share copies the permalink when the browser has no share sheet, and says so', async () => {
  stubCorpusAndText();
  const user = userEvent.setup();
  renderApp('/claims/ri-partial-relief');
  await user.click(await screen.findByRole('button', { name: 'Share' }));
  expect(await navigator.clipboard.readText()).toBe(
    'http://localhost:3000/claims/ri-partial-relief',
  );
  expect(screen.getByText('Link to this claim copied.')).toHaveAttribute('role', 'status');
});

test('Copy quote with citation puts quote, speaker, source, date and permalink on the clipboard', async () => {
  stubCorpusAndText();
  const user = userEvent.setup();
  renderApp('/claims/ri-partial-relief');
  await user.click(await screen.findByRole('button', { name: 'Copy quote with citation' }));
  expect(await navigator.clipboard.readText()).toBe(
    [
      '“Our stance will never be changed,”',
      '— Ri Yong Ho, Foreign Minister (direct quote), News conference in Hanoi, 28 February – 1 March 2019.',
      'Source: Summit ends without a deal, The Sample Times, 2 March 2019.',
      'http://localhost:3000/claims/ri-partial-relief',
    ].join('\n'),
  );
  expect(screen.getByText('Quote and citation copied.')).toBeInTheDocument();
});

test('a source text that fails to load offers a Retry', async () => {
  let fail = true;
  serveData(makeDataFiles(), {
    'sources/sample.txt': () => (fail ? new Response('down', { status: 503 }) : undefined),
  });
  renderApp('/claims/ri-partial-relief');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The source text could not be loaded');
  fail = false;
  await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(
    await screen.findByText('Our stance will never be changed,', { selector: 'mark' }),
  ).toBeInTheDocument();
});

test('a source text cut short on the way is refused by its hash, and Retry brings the whole text', async () => {
  const files = makeDataFiles();
  const whole = files.get('sources/sample.txt') ?? '';
  let cutShort = true;
  serveData(files, {
    'sources/sample.txt': () =>
      cutShort ? new Response(whole.slice(0, whole.length - 40)) : undefined,
  });
  renderApp('/claims/ri-partial-relief');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(
    'The text in data/sources/sample.txt is not the archived source: its SHA-256 does not match the record.',
  );
  // No quote is shown in a text that is not the archived one.
  expect(screen.queryByText('Our stance will never be changed,', { selector: 'mark' })).toBeNull();
  cutShort = false;
  await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(
    await screen.findByText('Our stance will never be changed,', { selector: 'mark' }),
  ).toBeInTheDocument();
});
