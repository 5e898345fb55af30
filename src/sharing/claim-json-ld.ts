import { speakerRole } from '../corpus/attribution.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { parseStatedAt } from '../corpus/stated-at.ts';
import { claimPath, sourcePath } from '../lib/app-paths.ts';
import { siteUrl, type Site } from './page-meta.ts';

/**
 * schema.org structured data for a claim page: a `Claim` whose `author` is the speaker and
 * whose `appearance` is where the source words it, as part of the source (a `CreativeWork`).
 * Direct speech appears as a `Quotation` spoken by the speaker, and the claim's `text` is the
 * speaker's words. Reported speech appears as an excerpt whose author is the source's
 * publisher: the words are the source's, so they are never the speaker's `text` or quotation.
 */
export function claimJsonLd(view: ClaimView, site: Site): object {
  const { claim, speaker, party, source } = view;
  const url = siteUrl(site, claimPath(claim.id));
  const words = claim.quote.textQuoteSelector.exact;
  const role = speakerRole(speaker);
  const author = {
    '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
    name: speaker.name,
    ...(speaker.kind === 'person' && speaker.role ? { jobTitle: speaker.role } : {}),
    ...(speaker.kind !== 'person' && role ? { description: role } : {}),
    ...(speaker.affiliation
      ? { affiliation: { '@type': 'Organization', name: speaker.affiliation } }
      : {}),
  };
  const publisher = { '@type': 'Organization', name: source.publisher };
  const sourceWork = {
    '@type': 'CreativeWork',
    '@id': siteUrl(site, sourcePath(source.id)),
    headline: source.headline,
    datePublished: source.published,
    publisher,
    ...(source.url ? { url: source.url } : {}),
  };
  const appearance =
    claim.speech === 'direct'
      ? {
          '@type': 'Quotation',
          '@id': `${url}#quotation`,
          text: words,
          spokenByCharacter: author,
          isPartOf: sourceWork,
        }
      : {
          '@type': 'CreativeWork',
          '@id': `${url}#report`,
          text: words,
          author: publisher,
          about: author,
          isPartOf: sourceWork,
        };
  // A single stated date is when the claim was made; otherwise, when it was published.
  const stated = claim.statedAt && parseStatedAt(claim.statedAt);
  const datePublished = stated && !stated.end ? claim.statedAt : source.published;
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': url,
    url,
    name: claim.summary,
    ...(claim.speech === 'direct' ? { text: words } : {}),
    author,
    datePublished,
    appearance,
    firstAppearance: appearance,
    about: party.name,
  };
}
