/**
 * A file read as a source: a plain-text file is archived byte for byte, whatever it holds; a
 * saved web page's article is extracted (extract-article.ts) and that plain text is archived.
 * The record is proposed from the file. Both the command line and the author's workbench
 * read sources through here, and add them through `addSourceFile` (author/corpus-writes.ts),
 * which writes nothing unless the whole corpus with the new source verifies.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Source } from '../../src/corpus/corpus-schema.ts';
import { slugOf } from '../../src/lib/slug.ts';
import { decodeUtf8 } from '../corpus/read-records.ts';
import { extractArticle, type ArticleProposal } from './extract-article.ts';

/** The largest file a source may be added from: a long article is a few hundred kilobytes. */
export const maxSourceBytes = 5 * 1024 * 1024;

/** The fields of a source record an author gives or the file proposes. */
export type SourceFields = Partial<
  Pick<Source, 'id' | 'headline' | 'publisher' | 'byline' | 'published' | 'dateline' | 'url'>
>;

/** A file read as a source: the bytes to archive, and what it proposes for the record. */
export type ReadSource = { kind: 'text' | 'page'; bytes: Uint8Array; proposal: ArticleProposal };

/** Why a file cannot be a source, in words for its author. */
export class SourceError extends Error {}

/**
 * Reads a `.txt` or saved `.html` file as a source. A text is kept byte for byte (a byte-order
 * mark, Windows line endings, markup and control characters included); its first line is
 * proposed as the headline. A page gives its article's text and its own metadata.
 */
export function readSource(fileName: string, bytes: Uint8Array): ReadSource {
  if (bytes.length > maxSourceBytes) {
    throw new SourceError(
      `${fileName} is ${bytes.length} bytes; a source may be at most ${maxSourceBytes} bytes`,
    );
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new SourceError(`${fileName} is not valid UTF-8 text`);
  const extension = extname(fileName).toLowerCase();
  if (extension === '.html' || extension === '.htm') {
    const { text: article, ...proposal } = extractArticle(text);
    if (article.trim() === '') throw new SourceError(`${fileName} holds no article text`);
    return { kind: 'page', bytes: new TextEncoder().encode(article), proposal };
  }
  if (extension !== '.txt') {
    throw new SourceError(`${fileName} is neither a .txt text nor a saved .html page`);
  }
  if (text.trim() === '') throw new SourceError(`${fileName} is empty`);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headline = lines
    .find((line) => line.trim() !== '')
    ?.replace(/\s+/g, ' ')
    .trim();
  const dateline = lines
    .map((line) => /^([\p{Lu}][\p{Lu} ./'-]{1,40}?)\s+[-–—•]\s/u.exec(line)?.[1])
    .find(Boolean);
  return {
    kind: 'text',
    bytes,
    proposal: { ...(headline ? { headline } : {}), ...(dateline ? { dateline } : {}) },
  };
}

/** The fields a source record needs, as its author reads them. */
export const fieldWords = {
  headline: 'headline',
  publisher: 'publisher',
  published: 'publication date (YYYY-MM-DD)',
  dateline: 'dateline (where it was filed from)',
};

/** The record a source would have: the author's fields over the file's proposals. */
export function sourceRecord(
  read: ReadSource,
  given: SourceFields,
): { record?: Source; missing: (keyof typeof fieldWords)[] } {
  const fields = { ...read.proposal, ...given };
  const { headline, publisher, published, dateline } = fields;
  const missing = (['headline', 'publisher', 'published', 'dateline'] as const).filter(
    (key) => !fields[key],
  );
  if (!headline || !publisher || !published || !dateline) return { missing };
  const id = fields.id ?? slugOf(`${published} ${headline}`, 10);
  return {
    missing: [],
    record: {
      id,
      headline,
      publisher,
      ...(fields.byline ? { byline: fields.byline } : {}),
      published,
      dateline,
      ...(fields.url ? { url: fields.url } : {}),
      file: `sources/${id}.txt`,
      sha256: createHash('sha256').update(read.bytes).digest('hex'),
    },
  };
}

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over it. With
 * `exclusive`, fails when the file exists by then.
 */
export function writeAtomically(
  path: string,
  content: string | Uint8Array,
  { exclusive = false } = {},
) {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, content, { flag: 'wx' });
  try {
    if (exclusive && existsSync(path)) throw new SourceError(`${path} exists already`);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
