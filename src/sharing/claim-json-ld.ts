import type { ClaimView } from '../corpus/corpus-index.ts';
import { parseStatedAt } from '../corpus/stated-at.ts';
import { siteUrl, type Site } from './page-meta.ts';

/**
 * schema.org structured data for a claim page: a `Claim` whose `appearance` is the source as a
 * `CreativeWork` and whose `author` is the speaker; plus a `Quotation` when the speech is direct.
 */
export function claimJsonLd({ claim, speaker, party, source }: ClaimView, site: Site): object {
  const url = siteUrl(site, `claims/${claim.id}`);
  const author = {
    '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
    name: speaker.name,
    ...(speaker.role ? { jobTitle: speaker.role } : {}),
    ...(speaker.affiliation
      ? { affiliation: { '@type': 'Organization', name: speaker.affiliation } }
      : {}),
  };
  const appearance = {
    '@type': 'CreativeWork',
    '@id': siteUrl(site, `sources/${source.id}`),
    headline: source.headline,
    datePublished: source.published,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.url ? { url: source.url } : {}),
  };
  // A single stated date is when the claim was made; otherwise, when it was published.
  const stated = claim.statedAt && parseStatedAt(claim.statedAt);
  const datePublished = stated && !stated.end ? claim.statedAt : source.published;
  const graph: object[] = [
    {
      '@type': 'Claim',
      '@id': url,
      url,
      name: claim.summary,
      text: claim.quote.textQuoteSelector.exact,
      author,
      datePublished,
      appearance,
      firstAppearance: appearance,
      about: party.name,
    },
  ];
  if (claim.speech === 'direct') {
    graph.push({
      '@type': 'Quotation',
      '@id': `${url}#quotation`,
      text: claim.quote.textQuoteSelector.exact,
      creator: author,
      spokenByCharacter: author,
      isPartOf: appearance,
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
