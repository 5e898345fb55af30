import { expect, test } from 'vitest';
import { claimJsonLd } from '../../src/sharing/claim-json-ld.ts';
import { collectionJsonLd, homeJsonLd } from '../../src/sharing/collection-json-ld.ts';
import { homeMeta, type Site } from '../../src/sharing/page-meta.ts';
import { dossier } from '../support/dossier.ts';

const site: Site = { origin: 'https://dossier.example', base: '/', name: 'A dossier' };

/** Every `…date…` / `…Date` field of a JSON-LD tree, with its path. */
function dates(tree: unknown, path = ''): { path: string; value: unknown }[] {
  if (Array.isArray(tree)) return tree.flatMap((item, i) => dates(item, `${path}[${i}]`));
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => [
    ...(/date/i.test(key) ? [{ path: `${path}.${key}`, value }] : []),
    ...dates(value, `${path}.${key}`),
  ]);
}

/** One ISO 8601 calendar date, to the day, month or year: what schema.org's Date takes. */
const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const pages = [
  { name: '/', jsonLd: homeJsonLd(dossier.corpus.dossier, homeMeta(dossier, site), site) },
  ...dossier.claims.map((view) => ({
    name: `/claims/${view.claim.id}`,
    jsonLd: claimJsonLd(view, site),
  })),
  {
    name: 'a collection',
    jsonLd: collectionJsonLd(homeMeta(dossier, site), {}, dossier.claims, site),
  },
];

test.each(pages)('every date in the JSON-LD of $name is one ISO 8601 date', ({ jsonLd }) => {
  for (const { path, value } of dates(jsonLd)) expect(value, path).toMatch(isoDate);
});

test.each(dossier.claims.map((view) => ({ id: view.claim.id, view })))(
  'the claim $id was published when its source was, and made on the day it was stated',
  ({ view }) => {
    const jsonLd = claimJsonLd(view, site) as Record<string, unknown>;
    const appearance = jsonLd.firstAppearance as { isPartOf: { datePublished: string } };
    expect(jsonLd.datePublished).toBe(view.source.published);
    expect(jsonLd.datePublished).toBe(appearance.isPartOf.datePublished);
    const single = view.claim.statedAt?.includes('/') === false ? view.claim.statedAt : undefined;
    expect(jsonLd.dateCreated).toBe(single);
  },
);

test('the dossier has claims stated on one day and over two, for the cases above', () => {
  const stated = dossier.claims.flatMap((view) => view.claim.statedAt ?? []);
  expect(stated.some((text) => text.includes('/'))).toBe(true);
  expect(stated.some((text) => !text.includes('/'))).toBe(true);
});
