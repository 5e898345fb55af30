/**
 * A file read as a source: a plain-text file is archived byte for byte, whatever it holds; a
 * saved web page's article is extracted (extract-article.ts) and that plain text is archived.
 * The record is proposed from the file. Both the command line and the author's workbench
 * read sources through here, and add them through `addSourceFile` (author/corpus-writes.ts),
 * which writes nothing unless the whole corpus with the new source verifies.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Source } from '../../src/corpus/corpus-schema.ts';
import { idFrom } from './source-id.ts';
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
  const extension = extname(fileName).toLowerCase();
  const isPage = extension === '.html' || extension === '.htm';
  // A saved page may be in the encoding it declares (GBK, Shift_JIS, windows-1252…); its
  // extracted text is archived as UTF-8. A plain text is archived as it is, so it must be UTF-8.
  const text = decodeUtf8(bytes) ?? (isPage ? decodeDeclared(bytes) : undefined);
  if (text === undefined) {
    throw new SourceError(
      `${fileName} is not valid UTF-8 text${isPage ? ', nor in an encoding it declares' : ''}`,
    );
  }
  if (isPage) {
    if (!/<(?:!doctype|html|head|body|article|main|div|p|h1)\b/i.test(text)) {
      throw new SourceError(
        `${fileName} holds no HTML markup: save the page itself ("Web page, complete" or "HTML only"), or name a plain text .txt`,
      );
    }
    let extracted;
    try {
      extracted = extractArticle(text);
    } catch (error) {
      throw new SourceError(
        `${fileName} could not be read as a web page (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const { text: article, ...proposal } = extracted;
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

/**
 * A page's text in the encoding its markup declares (`<meta charset>` or the
 * `http-equiv="Content-Type"` tag, within the first 1,024 bytes as the HTML standard reads it);
 * undefined when it declares none the platform knows or its bytes are not of that encoding.
 */
function decodeDeclared(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The fields a source record cannot do without, as its author reads them: what a citation
 * needs (what was published, by whom, when). A byline, a dateline and an address are kept
 * when the page states them; many pages do not.
 */
export const fieldWords = {
  headline: 'headline',
  publisher: 'publisher',
  published: 'publication date (YYYY-MM-DD)',
};

/** Every field a source record may have, in the order the records and messages list them. */
export const proposalFields = [
  'headline',
  'publisher',
  'byline',
  'published',
  'dateline',
  'url',
] as const;

/**
 * The record a source would have: the author's fields over the file's proposals. Without an id
 * given, one is made from the date and the headline (any script, transliterated), at most
 * 80 characters, and made unique with a number when `taken` says it is used.
 */
export function sourceRecord(
  read: ReadSource,
  given: SourceFields,
  taken: (id: string) => boolean = () => false,
): { record?: Source; missing: (keyof typeof fieldWords)[] } {
  const fields = { ...read.proposal, ...given };
  const { headline, publisher, published, dateline } = fields;
  const missing = (['headline', 'publisher', 'published'] as const).filter((key) => !fields[key]);
  if (!headline || !publisher || !published) return { missing };
  const id = fields.id ?? idFrom(`${published} ${headline}`, taken);
  return {
    missing: [],
    record: {
      id,
      headline,
      publisher,
      ...(fields.byline ? { byline: fields.byline } : {}),
      published,
      ...(dateline ? { dateline } : {}),
      ...(fields.url ? { url: fields.url } : {}),
      file: `sources/${id}.txt`,
      sha256: createHash('sha256').update(read.bytes).digest('hex'),
    },
  };
}
