import { speakerRole } from '../corpus/attribution.ts';
import type { Appearance } from '../corpus/appearances.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { parseStatedAt } from '../corpus/stated-at.ts';
import { claimPath, correctionPath, sourcePath } from '../lib/app-paths.ts';
import { translationWords, type TranslationView } from '../corpus/translation.ts';
import { siteUrl, type Site } from './page-meta.ts';
import * as words from './claim-json-ld.words.ts';

/**
 * schema.org structured data for a claim page: a `Claim` whose `author` is the speaker and
 * whose `appearance` is where the source words it, as part of the source (a `CreativeWork`),
 * or a list of those, its first first, when more than one source carries it.
 * Direct speech appears as a `Quotation` spoken by the speaker, and the claim's `text` is the
 * speaker's words. Reported speech appears as an excerpt whose author is the source's
 * publisher: the words are the source's, so they are never the speaker's `text` or quotation.
 */
export function claimJsonLd(view: ClaimView, site: Site): object {
  const { claim, speaker, party, source } = view;
  const url = siteUrl(site, claimPath(claim.id));
  const quoted = claim.quote.textQuoteSelector.exact;
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
  // Where the statement appears: as the first source words it, then as each further one does.
  const appearanceIn = (
    on: ClaimView['source'],
    { speech, quote }: Pick<Appearance, 'speech' | 'quote'>,
    n: number,
  ) => {
    const publisher = { '@type': 'Organization', name: on.publisher };
    const isPartOf = {
      '@type': 'CreativeWork',
      '@id': siteUrl(site, sourcePath(on.id)),
      headline: on.headline,
      datePublished: on.published,
      publisher,
      ...(on.url ? { url: on.url } : {}),
    };
    const text = quote.textQuoteSelector.exact;
    const suffix = n === 0 ? '' : `-${n + 1}`;
    const id = `${url}#${speech === 'direct' ? 'quotation' : 'report'}${suffix}`;
    // Its translations, each its translator's work (never the speaker's words): published
    // ones part of the source that publishes them.
    const translations = view.translations
      .filter((one) => one.translation.of === on.id)
      .map((one) => translationJsonLd(one, id, site));
    const common = {
      '@id': id,
      text,
      inLanguage: on.language,
      ...(translations.length > 0 ? { workTranslation: translations } : {}),
    };
    return speech === 'direct'
      ? { '@type': 'Quotation', ...common, spokenByCharacter: author, isPartOf }
      : { '@type': 'CreativeWork', ...common, author: publisher, about: author, isPartOf };
  };
  const appearance = appearanceIn(source, claim, 0);
  const further = view.alsoIn.map((one, i) => appearanceIn(one.source, one.appearance, i + 1));
  // Published when its source was, as the source's own datePublished says; made on the day it
  // was stated. A schema.org Date is one ISO 8601 day (or month, or year), not a span: a claim
  // stated over two days (a news conference around midnight) gives no dateCreated.
  const stated = claim.statedAt === undefined ? undefined : parseStatedAt(claim.statedAt);
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': url,
    url,
    name: claim.summary,
    ...(claim.speech === 'direct' ? { text: quoted, inLanguage: source.language } : {}),
    author,
    datePublished: source.published,
    ...(stated && !stated.end ? { dateCreated: claim.statedAt } : {}),
    appearance: further.length > 0 ? [appearance, ...further] : appearance,
    firstAppearance: appearance,
    about: party.name,
    // Each correction made since it was published: our words, dated, on its notice.
    ...(claim.corrections
      ? {
          correction: claim.corrections.map((correction, i) => ({
            '@type': 'CorrectionComment',
            '@id': siteUrl(site, correctionPath(claim.id, i)),
            text: correction.reason,
            datePublished: correction.date,
          })),
        }
      : {}),
  };
}

/**
 * A translation as schema.org has it: a work of its translator's, in its language, that is a
 * `translationOfWork` of the words it translates; a published one is part of the source that
 * publishes it. Ours names the site as translator; a machine's names the machine.
 */
function translationJsonLd({ translation, source }: TranslationView, of: string, site: Site) {
  const { kind, name } = translation.translator;
  const translator =
    kind === 'dossier'
      ? { '@type': 'Organization', name: site.name, url: siteUrl(site, '/') }
      : kind === 'machine'
        ? { '@type': 'SoftwareApplication', name: name ?? words.machineTranslation }
        : kind === 'interpreter' && name
          ? { '@type': 'Person', name }
          : { '@type': 'Organization', name: name ?? source?.publisher ?? kind };
  return {
    '@type': 'CreativeWork',
    text: translationWords(translation),
    inLanguage: translation.language,
    translator,
    translationOfWork: { '@id': of },
    ...(source
      ? {
          isPartOf: {
            '@type': 'CreativeWork',
            '@id': siteUrl(site, sourcePath(source.id)),
            headline: source.headline,
            datePublished: source.published,
            publisher: { '@type': 'Organization', name: source.publisher },
          },
        }
      : {}),
  };
}
