/**
 * `npm run corpus:synth -- --claims 10000 --sources 1000 --seed 1 [--out data-synth]`
 * Writes a deterministic synthetic corpus (see `corpus/synth-corpus.ts`).
 */
import { parseArgs } from 'node:util';
import { writeSyntheticCorpus } from './corpus/synth-corpus.ts';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '10000' },
    sources: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'data-synth' },
  },
});
try {
  const written = writeSyntheticCorpus({
    claims: Number(values.claims),
    sources: Number(values.sources),
    seed: Number(values.seed),
    out: values.out,
  });
  console.log(
    `Wrote ${written.claims} claims, ${written.sources} sources, ${written.relations} relations to ${values.out}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
