import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';
import { browserDataFiles } from './browser-data-files.ts';
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
 * {@link browserDataFiles}), each source's archived text, byte for byte, at the `textPath` the JSON
 * names, and `corpus.json`, the whole corpus in one file for tools and downloads (the app never
 * fetches it).
 */
export function compiledFiles({
  corpus,
  sourceBytes,
  pageBytes,
}: VerifiedCorpus): Map<string, Uint8Array | string> {
  const out = new Map<string, Uint8Array | string>([
    ['corpus.json', serializeCorpus(corpus)],
    ...browserDataFiles(corpus),
  ]);
  for (const source of corpus.sources) {
    const bytes = sourceBytes.get(source.id);
    if (bytes) out.set(source.textPath, bytes);
    const page = pageBytes.get(source.id);
    if (page && source.extractedFrom) out.set(source.extractedFrom.pagePath, page);
  }
  return out;
}

/**
 * The files published only for people to download, never read by the app: `corpus.json` and
 * each saved page (see `savedPagePath`). They keep stable addresses and stay out of the
 * versioned folder, so a large page is published once.
 */
function downloadOnly(path: string): boolean {
  return path === 'corpus.json' || path.endsWith('.html.txt');
}

/** How long the data version is, in hex digits: 64 bits, no two builds of a dossier collide. */
const versionLength = 16;

/**
 * The compiled files as a build publishes them. Every file the app reads goes under
 * `<version>/`, the version being a SHA-256 of all their paths and bytes: a new corpus (or a new
 * compiler writing different bytes) is a new folder, so no cache can hand one build's code
 * another build's data, and hosts may cache the folder forever. The files people link to keep
 * stable addresses as well: `corpus.json` and each saved page (only there: the app never reads
 * them) and each `sources/<id>.txt` (also under `<version>/`, for the app).
 */
export function versionedFiles(compiled: Map<string, Uint8Array | string>): {
  version: string;
  files: Map<string, Uint8Array | string>;
} {
  const read = [...compiled].filter(([path]) => !downloadOnly(path));
  read.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  for (const [path, content] of read) {
    // Length-prefixed, so no two different sets of files hash the same stream of bytes.
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    hash.update(`${path.length}:${path}${bytes.length}:`).update(bytes);
  }
  const version = hash.digest('hex').slice(0, versionLength);
  const files = new Map<string, Uint8Array | string>();
  for (const [path, content] of read) files.set(`${version}/${path}`, content);
  for (const [path, content] of compiled) {
    if (downloadOnly(path) || path.endsWith('.txt')) files.set(path, content);
  }
  return { version, files };
}
