import type { ClaimView } from '../corpus/corpus-index.ts';
import { claimPath } from '../lib/app-paths.ts';
import { siteUrl, type PageMeta, type Site } from './page-meta.ts';

/**
 * schema.org structured data for a topic's or a party's page: a `CollectionPage` about the
 * question or the party, whose parts are its claims, each by its permalink (where the claim's
 * own page describes it in full, as a `Claim`), its summary and its speaker.
 */
export function collectionJsonLd(
  meta: PageMeta,
  about: object,
  views: readonly ClaimView[],
  site: Site,
): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': meta.canonical,
    url: meta.canonical,
    name: meta.title,
    description: meta.description,
    isPartOf: { '@type': 'WebSite', name: site.name, url: siteUrl(site, '/') },
    about,
    hasPart: views.map((view) => ({
      '@type': 'Claim',
      '@id': siteUrl(site, claimPath(view.claim.id)),
      name: view.claim.summary,
      author: {
        '@type': view.speaker.kind === 'person' ? 'Person' : 'Organization',
        name: view.speaker.name,
      },
    })),
  };
}
