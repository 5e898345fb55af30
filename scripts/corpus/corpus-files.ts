import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CompiledCorpus } from '../../src/corpus/schema.ts';
import { shardCorpus } from './shard-corpus.ts';
import type { CorpusFiles, VerifiedCorpus } from './verify-corpus.ts';

/** Reads every file under a corpus folder into memory, keyed by `/`-separated relative path. */
export function readCorpusFolder(dir: string): CorpusFiles {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return files;
}

/** The compiled JSON text. Deterministic: same corpus in, same bytes out. */
export function serializeCorpus(corpus: CompiledCorpus): string {
  return `${JSON.stringify(corpus)}\n`;
}

/**
 * The compiled files, keyed by path under the output folder: the files the app fetches (see
 * {@link shardCorpus}), each source's archived text, byte for byte, at the `textPath` the JSON
 * names, and `corpus.json`, the whole corpus in one file for tools and downloads (the app never
 * fetches it).
 */
export function compiledFiles({
  corpus,
  sourceBytes,
}: VerifiedCorpus): Map<string, Uint8Array | string> {
  const out = new Map<string, Uint8Array | string>([
    ['corpus.json', serializeCorpus(corpus)],
    ...shardCorpus(corpus),
  ]);
  for (const source of corpus.sources) {
    const bytes = sourceBytes.get(source.id);
    if (bytes) out.set(source.textPath, bytes);
  }
  return out;
}
