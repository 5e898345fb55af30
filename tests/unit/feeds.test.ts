/**
 * The feeds' writers (scripts/site/feeds.ts): whatever the corpus's words hold, the Atom feed
 * is XML that keeps them as text and stays valid Atom, and the JSON feed keeps them as they are.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, expect, test } from 'vitest';
import { feedFiles, type Feed } from '../../scripts/site/feeds.ts';
import { relaxNgErrors } from '../support/relax-ng.ts';

const dir = mkdtempSync(join(tmpdir(), 'feeds-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Words an invented corpus may hold, with every character XML reserves. */
const hostile = `Ana "Ixa" O'Brien <script>alert(1)</script> & co ]]> \u2028`;

const feed: Feed = {
  head: {
    title: `${hostile} — feed`,
    subtitle: hostile,
    home: 'https://claims.example.org/desk/',
    language: 'en-GB',
    author: hostile,
  },
  entries: [
    {
      id: 'https://claims.example.org/desk/claims/a-b?x=1&y=2',
      url: 'https://claims.example.org/desk/claims/a-b?x=1&y=2',
      title: hostile,
      text: hostile,
      published: '2031-06-01T10:00:00Z',
      categories: [{ term: 'party:a&b', label: hostile }],
    },
  ],
};

test('the Atom feed keeps every word as text, and stays valid Atom', async () => {
  const [atom, json] = feedFiles(feed, 'https://claims.example.org/desk/');
  if (!atom || !json) throw new Error('two feeds expected');
  // A conforming XML parser's reading of it (jsdom's).
  const doc = new JSDOM(atom.content, { contentType: 'application/xml' }).window.document;
  expect(doc.querySelector('entry > title')?.textContent).toBe(hostile);
  expect(doc.querySelector('entry > summary')?.textContent).toBe(hostile);
  expect(doc.querySelector('entry > category')?.getAttribute('label')).toBe(hostile);
  expect(doc.querySelector('entry > id')?.textContent).toBe(feed.entries[0]?.id);
  expect(atom.content).not.toContain('<script>');
  const file = join(dir, atom.path);
  writeFileSync(file, atom.content);
  expect(await relaxNgErrors('tests/schemas/atom.rnc', file)).toEqual([]);
  const parsed = JSON.parse(json.content) as { title: string; items: { title: string }[] };
  expect(parsed.items[0]?.title).toBe(hostile);
  expect(parsed.title).toBe(feed.head.title);
}, 120_000);

test('a feed with no entry yet is still valid Atom, with no build time in it', async () => {
  const [atom] = feedFiles({ ...feed, entries: [] }, 'https://claims.example.org/desk/');
  if (!atom) throw new Error('an Atom feed expected');
  expect(atom.content).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  const file = join(dir, 'empty.atom');
  writeFileSync(file, atom.content);
  expect(await relaxNgErrors('tests/schemas/atom.rnc', file)).toEqual([]);
}, 120_000);
