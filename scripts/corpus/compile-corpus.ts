import { codePointLength, selectorsOf, type TextSpan } from '../../src/corpus/anchoring.ts';
import type {
  AuthoredAppearance,
  AuthoredClaim,
  CompiledCorpus,
  Source,
} from '../../src/corpus/corpus-schema.ts';
import {
  compiledSchemaVersion,
  partyColours,
  type Dossier,
  type CompiledClaim,
  type CompiledSource,
  type CompiledTranslation,
  type Direction,
  type Party,
  type Relation,
  type Speaker,
  type Topic,
} from '../../src/corpus/schema.ts';

import type { LocatedTranslation } from './check-translations.ts';
import { scriptDirection } from './languages.ts';

// The compiler: verified records in, the compiled corpus out. It checks nothing (the verifier
// has: see verify-corpus.ts) and cannot fail; it only computes what the app reads.

/** A quote as verified: where its words are in its source's text. */
type LocatedQuote = { source: Source; text: string; span: TextSpan };

/**
 * A claim as verified: its record, where its quote is in its source's text, and where each of
 * its further appearances is in theirs.
 */
export type LocatedClaim = LocatedQuote & {
  claim: AuthoredClaim;
  alsoIn?: (LocatedQuote & { appearance: AuthoredAppearance })[];
};

/** The source's print artifacts that fall inside a quote. */
function artifactsIn(source: Source, quote: string) {
  return (source.printArtifacts ?? []).filter((artifact) => quote.includes(artifact.text));
}

/** Every record of a verified corpus, in file order, and each source's archived text. */
export type VerifiedRecords = {
  dossier: Dossier;
  /** Translations of claims' appearances, as verified, in authored order. */
  translations?: LocatedTranslation[];
  parties: Party[];
  speakers: Speaker[];
  topics: Topic[];
  sources: { source: Source; text: string }[];
  claims: LocatedClaim[];
  relations: Relation[];
};

/**
 * A claim compiled: its quote as W3C selectors, with the print artifacts inside it, and the
 * translations of its appearances.
 */
export function compileClaim(
  { claim, source, text, span, alsoIn = [] }: LocatedClaim,
  translations: readonly CompiledTranslation[] = [],
): CompiledClaim {
  const { quote, quotePrefix: _prefix, quoteSuffix: _suffix, alsoIn: _alsoIn, ...fields } = claim;
  return {
    ...fields,
    quote: selectorsOf(text, span),
    printArtifacts: artifactsIn(source, quote),
    ...(alsoIn.length > 0
      ? {
          alsoIn: alsoIn.map((one) => ({
            source: one.source.id,
            speech: one.appearance.speech,
            quote: selectorsOf(one.text, one.span),
            printArtifacts: artifactsIn(one.source, one.appearance.quote),
          })),
        }
      : {}),
    ...(translations.length > 0 ? { translations: [...translations] } : {}),
  };
}

/** A translation compiled: a published one's words as W3C selectors, or an unpublished text. */
export function compileTranslation(
  { translation, published }: LocatedTranslation,
  direction: (language: string) => Direction,
): CompiledTranslation {
  const { id, of, language, translator } = translation;
  const fields = {
    id,
    of,
    language,
    direction: published?.source.direction ?? direction(language),
    translator,
  };
  if (published && translation.speech) {
    return {
      ...fields,
      source: published.source.id,
      speech: translation.speech,
      quote: selectorsOf(published.text, published.span),
      printArtifacts: artifactsIn(published.source, translation.quote ?? ''),
    };
  }
  return { ...fields, text: translation.text ?? '' };
}

/** A source compiled: where its archived text is served, and its length in code points. */
export function compileSource(
  { source, text }: { source: Source; text: string },
  dossierLanguage: string,
): CompiledSource {
  const { file: _file, extractedFrom, ...rest } = source;
  const language = source.language ?? dossierLanguage;
  return {
    ...rest,
    language,
    direction: source.direction ?? scriptDirection(language),
    textPath: `sources/${source.id}.txt`,
    length: codePointLength(text),
    ...(extractedFrom
      ? {
          extractedFrom: {
            pagePath: savedPagePath(source.id),
            sha256: extractedFrom.sha256,
            captured: extractedFrom.captured,
            extractor: extractedFrom.extractor,
          },
        }
      : {}),
  };
}

/**
 * Where a source's saved page is published: `sources/<id>.html.txt`. Never as `.html`: a page
 * saved from the web carries its own scripts, and served as HTML from the site's origin they
 * would run there, beside the reader's data, under no policy of ours. As `.txt` every host
 * serves it as plain text, which browsers show as text and never run (the link to it downloads
 * it under its `.html` name, to open from the reader's own disk).
 */
export function savedPagePath(id: string): string {
  return `sources/${id}.html.txt`;
}

/**
 * Each party with its accent: its own, or else the next colour no party wears (the palette
 * round again when there are more parties than colours).
 */
export function colourParties(parties: readonly Party[]): Party[] {
  const worn = new Set(parties.flatMap((party) => (party.colour ? [party.colour] : [])));
  const spare = partyColours.filter((colour) => !worn.has(colour));
  let next = 0;
  return parties.map((party, i) =>
    party.colour
      ? party
      : { ...party, colour: spare[next++] ?? partyColours[i % partyColours.length] },
  );
}

/** The topics in display order: the dossier's lead topics in its order, then the rest by `order`. */
export function orderTopics(topics: readonly Topic[], leadTopics: readonly string[]): Topic[] {
  const lead = (topic: Topic) => {
    const i = leadTopics.indexOf(topic.id);
    return i < 0 ? leadTopics.length : i;
  };
  return [...topics].sort((a, b) => lead(a) - lead(b) || a.order - b.order);
}

/**
 * The compiled corpus (`corpus.json`): topics in display order, each party with its accent,
 * everything else as authored.
 */
export function compileCorpus(records: VerifiedRecords): CompiledCorpus {
  const translationsByClaim = new Map<string, CompiledTranslation[]>();
  for (const located of records.translations ?? []) {
    const compiled = compileTranslation(located, scriptDirection);
    const list = translationsByClaim.get(located.translation.claim) ?? [];
    list.push(compiled);
    translationsByClaim.set(located.translation.claim, list);
  }
  return {
    schemaVersion: compiledSchemaVersion,
    dossier: records.dossier,
    parties: colourParties(records.parties),
    speakers: records.speakers,
    topics: orderTopics(records.topics, records.dossier.leadTopics),
    sources: records.sources.map((source) => compileSource(source, records.dossier.language)),
    claims: records.claims.map((claim) =>
      compileClaim(claim, translationsByClaim.get(claim.claim.id)),
    ),
    relations: records.relations,
  };
}
