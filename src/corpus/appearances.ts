import type { CompiledClaim, PrintArtifact, Speech } from './schema.ts';

/** A claim's statement as one source reports it: its words there, and how it renders them. */
export type Appearance = {
  source: string;
  speech: Speech;
  quote: CompiledClaim['quote'];
  printArtifacts: PrintArtifact[];
};

/** A claim's first appearance: its own source, speech and quote. */
export function firstAppearance(claim: CompiledClaim): Appearance {
  const { source, speech, quote, printArtifacts } = claim;
  return { source, speech, quote, printArtifacts };
}

/** Every source's report of a claim, its first (the claim's own quote) first. */
export function appearancesOf(claim: CompiledClaim): Appearance[] {
  return [firstAppearance(claim), ...(claim.alsoIn ?? [])];
}

/** How a source reports a claim, when the claim appears in it. */
export function appearanceIn(claim: CompiledClaim, sourceId: string): Appearance | undefined {
  return appearancesOf(claim).find((appearance) => appearance.source === sourceId);
}
