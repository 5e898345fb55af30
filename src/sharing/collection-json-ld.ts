import type { ClaimView } from '../corpus/corpus-index.ts';
import type { Dossier } from '../corpus/schema.ts';
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

/**
 * schema.org structured data for `/`: the site, in the dossier's language, about its event
 * (its dates as the dossier gives them: a day, a month or a year, or a span of two).
 */
export function homeJsonLd(dossier: Dossier, meta: PageMeta, site: Site): object {
  const [startDate, endDate = startDate] = dossier.event.dates.split('/');
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': meta.canonical,
    url: meta.canonical,
    name: site.name,
    description: meta.description,
    inLanguage: dossier.language,
    about: {
      '@type': 'Event',
      name: dossier.event.name,
      startDate,
      endDate,
      location: { '@type': 'Place', name: dossier.event.place },
    },
  };
}
