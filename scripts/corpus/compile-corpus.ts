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
  type Party,
  type Relation,
  type Speaker,
  type Topic,
} from '../../src/corpus/schema.ts';

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
  parties: Party[];
  speakers: Speaker[];
  topics: Topic[];
  sources: { source: Source; text: string }[];
  claims: LocatedClaim[];
  relations: Relation[];
};

/** A claim compiled: its quote as W3C selectors, with the print artifacts inside it. */
export function compileClaim({
  claim,
  source,
  text,
  span,
  alsoIn = [],
}: LocatedClaim): CompiledClaim {
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
  };
}

/** A source compiled: where its archived text is served, and its length in code points. */
export function compileSource({ source, text }: { source: Source; text: string }): CompiledSource {
  const { file: _file, extractedFrom, ...rest } = source;
  return {
    ...rest,
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
  return {
    schemaVersion: compiledSchemaVersion,
    dossier: records.dossier,
    parties: colourParties(records.parties),
    speakers: records.speakers,
    topics: orderTopics(records.topics, records.dossier.leadTopics),
    sources: records.sources.map(compileSource),
    claims: records.claims.map(compileClaim),
    relations: records.relations,
  };
}
