import { screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { makeExtractedSource } from '../support/corpus-factory.ts';
import { makeDataFiles } from '../support/data-files.ts';
import { renderApp, serveData } from './render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A real saved page (tests/fixtures/real-pages), added as `source:add` adds it. */
const extracted = makeExtractedSource(
  'seattletimes-1.html',
  readFileSync('tests/fixtures/real-pages/seattletimes-1.html'),
);

test('a source extracted from a saved page says what extracted it, when the page was saved, and offers the page', async () => {
  serveData(
    makeDataFiles((records) => records.sources.push(extracted.source), undefined, extracted.texts),
  );
  renderApp('/sources/saved-page');
  const from = extracted.source.extractedFrom;
  if (!from) throw new Error('no extractedFrom');
  const said = await screen.findByText(/^Text extracted by/);
  expect(said).toHaveTextContent(
    `Text extracted by ${from.extractor.name} ${from.extractor.version} (on ${from.extractor.dom}, text rules ${from.extractor.rules}) from the web page as saved on`,
  );
  expect(said.querySelector('time')).toHaveAttribute('datetime', from.captured);
  expect(said).toHaveTextContent(`SHA-256 ${from.sha256}`);
  const link = screen.getByRole('link', { name: 'Download the saved page' });
  // Served as plain text at a stable address, and saved under its .html name.
  expect(link).toHaveAttribute('href', '/data/sources/saved-page.html.txt');
  expect(link).toHaveAttribute('download', 'saved-page.html');
});

test('a text archived as given says so, and offers no page', async () => {
  serveData(makeDataFiles());
  renderApp('/sources/sample');
  expect(
    await screen.findByText(
      'The text is archived as it was given, byte for byte: nothing was extracted from it.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Download the saved page' })).toBeNull();
});
