/**
 * A file read as a source: a plain-text file is archived byte for byte, whatever it holds; a
 * saved web page's article is extracted (extract-article.ts) and that plain text is archived.
 * The record is proposed from the file. Both the command line and the author's workbench
 * read sources through here, and add them through `addSourceFile` (author/corpus-writes.ts),
 * which writes nothing unless the whole corpus with the new source verifies.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Extraction, Source } from '../../src/corpus/corpus-schema.ts';
import type { Extractor } from '../../src/corpus/schema.ts';
import { isoDate } from '../../src/lib/iso-date.ts';
import { idFrom } from './source-id.ts';
import { decodeUtf8 } from '../corpus/read-records.ts';
import { installedExtractor, readPage, type ArticleProposal } from './extract-article.ts';

/** The largest file a source may be added from: a long article is a few hundred kilobytes. */
export const maxSourceBytes = 5 * 1024 * 1024;

/**
 * The fields of a source record an author gives or the file proposes, and, for a saved page,
 * the day it was saved (`captured`, `YYYY-MM-DD`), which only the author can tell.
 */
export type SourceFields = Partial<
  Pick<
    Source,
    'id' | 'headline' | 'publisher' | 'byline' | 'published' | 'dateline' | 'url' | 'language'
  > &
    Pick<Extraction, 'captured'>
>;

/**
 * A file read as a source: the bytes to archive, and what it proposes for the record. A saved
 * page also keeps its own bytes, archived beside the text, and the extractor that read it.
 */
export type ReadSource =
  | { kind: 'text'; bytes: Uint8Array; proposal: ArticleProposal }
  | {
      kind: 'page';
      bytes: Uint8Array;
      proposal: ArticleProposal;
      page: Uint8Array;
      extractor: Extractor;
    };

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
  if (extension === '.html' || extension === '.htm') {
    // A saved page may be in the encoding it declares (GBK, Shift_JIS, windows-1252…); its
    // extracted text is archived as UTF-8, and the page itself byte for byte beside it.
    const reading = readPage(fileName, bytes);
    if (!reading.ok) throw new SourceError(reading.reason);
    const { text: article, ...proposal } = reading.article;
    return {
      kind: 'page',
      bytes: new TextEncoder().encode(article),
      proposal,
      page: bytes,
      extractor: installedExtractor(),
    };
  }
  // A plain text is archived as it is, so it must be UTF-8.
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new SourceError(`${fileName} is not valid UTF-8 text`);
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
  'language',
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
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
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
      // The language the page says, or the author gives: its quotes are verified in it.
      ...(fields.language ? { language: fields.language } : {}),
      file: `sources/${id}.txt`,
      sha256: sha256(read.bytes),
      // A text archived as it was given records nothing more: nothing extracted it.
      ...(read.kind === 'page'
        ? {
            extractedFrom: {
              page: savedPageFile(id),
              sha256: sha256(read.page),
              captured: given.captured ?? today(),
              extractor: read.extractor,
            },
          }
        : {}),
    },
  };
}

/** Where a source's saved page is archived, beside its text: `sources/<id>.html`. */
export function savedPageFile(id: string): string {
  return `sources/${id}.html`;
}

/**
 * The day a page is taken to have been saved when its author does not say: today, on this
 * machine's calendar (adding a page is most often done the day it is saved).
 */
export function today(): string {
  return isoDate(new Date());
}
