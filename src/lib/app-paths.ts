/**
 * The app's addresses, as router paths (under the deployed base, which the router and
 * {@link permalinkTo} add): every link, permalink and prerendered file is built from these, and
 * the route table (`src/app/routes.ts`) matches the same patterns.
 */

/** The route patterns, in wouter's syntax. */
export const routePatterns = {
  home: '/',
  claim: '/claims/:id',
  source: '/sources/:id',
  topic: '/topics/:id',
  party: '/parties/:id',
  timeline: '/timeline',
  relations: '/relations',
} as const;

/** The comparison, with a search (`?topic=…`, as `serializeComparisonSearch` writes it). */
export function homePath(search = ''): string {
  return `/${search}`;
}

/** A claim's permalink page. */
export function claimPath(id: string): string {
  return `/claims/${encodeURIComponent(id)}`;
}

/** The id of a claim page's notice of its corrections, and of its `i`th correction (from 0). */
export const correctionsAnchor = 'corrections';
export const correctionAnchor = (i: number) => `correction-${i + 1}`;

/** Where a claim's `i`th correction (from 0) is told: on its page, at its line of the notice. */
export function correctionPath(id: string, i: number): string {
  return `${claimPath(id)}#${correctionAnchor(i)}`;
}

/** A source's reader; with a claim, opened at that claim's passage. */
export function sourcePath(id: string, claimId?: string): string {
  const path = `/sources/${encodeURIComponent(id)}`;
  return claimId === undefined ? path : `${path}?claim=${encodeURIComponent(claimId)}`;
}

/** A question's page: every party's answers to it, and who disputes whom. */
export function topicPagePath(id: string): string {
  return `/topics/${encodeURIComponent(id)}`;
}

/** A party's page: everything it said, question by question. */
export function partyPagePath(id: string): string {
  return `/parties/${encodeURIComponent(id)}`;
}

/** When each party said what; with a search (`?from=…&to=…`), some days of it. */
export function timelinePath(search = ''): string {
  return `/timeline${search}`;
}

/** Who disputes whom across the whole dossier: every relation, as a picture, a matrix and a list. */
export function relationsPagePath(): string {
  return '/relations';
}

/** The comparison narrowed to one question. */
export function topicPath(topicId: string): string {
  return homePath(`?topic=${encodeURIComponent(topicId)}`);
}

/**
 * The address of a router path (`/claims/<id>`) or of a built file (`/data/…`) under the
 * deployed base: absolute when an origin is given, else root-relative.
 */
export function permalinkTo(path: string, origin: string): string {
  return `${origin}${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}
