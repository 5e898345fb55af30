import { codePointLength, selectorsOf, type TextSpan } from '../../src/corpus/anchoring.ts';
import type { AuthoredClaim, CompiledCorpus, Source } from '../../src/corpus/corpus-schema.ts';
import {
  compiledSchemaVersion,
  type CompiledClaim,
  type CompiledSource,
  type Party,
  type Relation,
  type Speaker,
  type Topic,
} from '../../src/corpus/schema.ts';

// The compiler: verified records in, the compiled corpus out. It checks nothing (the verifier
// has: see verify-corpus.ts) and cannot fail; it only computes what the app reads.

/** A claim as verified: its record, and where its quote is in its source's text. */
export type LocatedClaim = { claim: AuthoredClaim; source: Source; text: string; span: TextSpan };

/** Every record of a verified corpus, in file order, and each source's archived text. */
export type VerifiedRecords = {
  parties: Party[];
  speakers: Speaker[];
  topics: Topic[];
  sources: { source: Source; text: string }[];
  claims: LocatedClaim[];
  relations: Relation[];
};

/** A claim compiled: its quote as W3C selectors, with the print artifacts inside it. */
export function compileClaim({ claim, source, text, span }: LocatedClaim): CompiledClaim {
  const { quote, quotePrefix: _prefix, quoteSuffix: _suffix, ...fields } = claim;
  return {
    ...fields,
    quote: selectorsOf(text, span),
    printArtifacts: (source.printArtifacts ?? []).filter((artifact) =>
      quote.includes(artifact.text),
    ),
  };
}

/** A source compiled: where its archived text is served, and its length in code points. */
export function compileSource({ source, text }: { source: Source; text: string }): CompiledSource {
  const { file: _file, ...rest } = source;
  return { ...rest, textPath: `sources/${source.id}.txt`, length: codePointLength(text) };
}

/** The compiled corpus (`corpus.json`): topics in their order, everything else as authored. */
export function compileCorpus(records: VerifiedRecords): CompiledCorpus {
  return {
    schemaVersion: compiledSchemaVersion,
    parties: records.parties,
    speakers: records.speakers,
    topics: [...records.topics].sort((a, b) => a.order - b.order),
    sources: records.sources.map(compileSource),
    claims: records.claims.map(compileClaim),
    relations: records.relations,
  };
}
