import { createHash } from 'node:crypto';
import type { Source } from '../../src/corpus/corpus-schema.ts';
import type { Extractor } from '../../src/corpus/schema.ts';
import {
  describeExtractor,
  installedExtractor,
  readPage,
  sameExtractor,
} from '../sources/extract-article.ts';
import type { CorpusProblem } from './problem.ts';
import { at, type CorpusFiles, type Located } from './read-records.ts';

// Part of the verifier's third step: a source extracted from a saved page keeps that page,
// byte for byte, and re-running the extraction on it gives the archived text again, so the
// claim that anyone can re-run it is checked, not trusted.

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Re-extractions already made in this process, by the page's SHA-256: the extractor installed
 * cannot change while the process runs, and the author's workbench and the dev server verify
 * the corpus on every edit and every request.
 */
const extracted = new Map<string, { text: string } | { reason: string }>();

/** The text the installed extractor gives for a page, or why it gives none. */
function extractOnce(file: string, bytes: Uint8Array) {
  const key = sha256(bytes);
  let result = extracted.get(key);
  if (!result) {
    const reading = readPage(file, bytes);
    result = reading.ok ? { text: reading.article.text } : { reason: reading.reason };
    if (extracted.size >= 256) extracted.clear();
    extracted.set(key, result);
  }
  return result;
}

/**
 * Checks a source's `extractedFrom`, when it has one: its saved page exists with the SHA-256
 * recorded, and the extractor installed here, run on it again, gives exactly the archived
 * text (`text`, once that text has passed its own checks). When the extractor installed is not
 * the one recorded and its text differs, the problem says so rather than that the text is
 * wrong: the archive may be sound, yet it cannot be re-checked with what is installed.
 */
export function checkExtraction(
  files: CorpusFiles,
  source: Located<Source>,
  text: string | undefined,
  problems: CorpusProblem[],
): void {
  const from = source.value.extractedFrom;
  if (!from) return;
  const where = (field: string) => at(source, ['extractedFrom', field]);
  const bytes = files.get(from.page);
  if (!bytes) {
    problems.push({ ...where('page'), message: `saved page "${from.page}" does not exist` });
    return;
  }
  const actual = sha256(bytes);
  if (actual !== from.sha256) {
    problems.push({
      ...where('sha256'),
      message: `SHA-256 of "${from.page}" is ${actual}, not the recorded ${from.sha256}: the saved page has changed`,
    });
    return;
  }
  if (text === undefined) return;
  const installed = installedExtractor();
  const same = sameExtractor(from.extractor, installed);
  const again = extractOnce(from.page, bytes);
  if ('reason' in again) {
    problems.push({
      ...where(same ? 'page' : 'extractor'),
      message: `re-running the extraction on "${from.page}" fails: ${again.reason}${same ? '' : versions(from.extractor, installed)}`,
    });
    return;
  }
  if (again.text === text) return;
  const { file } = source.value;
  problems.push(
    same
      ? {
          ...where('page'),
          message: `re-running the extraction on "${from.page}" does not give the archived text "${file}"`,
          detail: firstDifference(text, again.text),
        }
      : {
          ...where('extractor'),
          message: `"${file}" cannot be re-checked here: the extraction installed gives another text from "${from.page}"${versions(from.extractor, installed)}`,
          detail: `${firstDifference(text, again.text)}\nInstall the recorded versions to re-check it (npm ci installs those of the lock file), or add the page again to extract it with these.`,
        },
  );
}

/** The recorded and installed extractors, when they differ, in words. */
function versions(recorded: Extractor, installed: Extractor) {
  return `; it was extracted by ${describeExtractor(recorded)}, and this machine has ${describeExtractor(installed)}`;
}

/** Where two texts first differ, by line and column, with a few words of each from there. */
export function firstDifference(archived: string, extracted: string): string {
  let i = 0;
  while (i < archived.length && i < extracted.length && archived[i] === extracted[i]) i++;
  const before = archived.slice(0, i);
  const line = before.split('\n').length;
  const column = i - before.lastIndexOf('\n');
  const excerpt = (text: string) =>
    i >= text.length ? '(the end of the text)' : JSON.stringify(text.slice(i, i + 40));
  return [
    `first difference at line ${line}, column ${column}:`,
    `  archived:  ${excerpt(archived)}`,
    `  extracted: ${excerpt(extracted)}`,
  ].join('\n');
}
