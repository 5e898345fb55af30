/**
 * Every compiled data file the app reads goes through here: fetched in the browser, read from
 * memory when prerendering (see `entry-server.tsx`), so both render from the same bytes.
 */
import * as words from './data-file.words.ts';
import { indexFile } from './data-paths.ts';

/** Raised when a data file does not exist: the claim or source asked for is not in the corpus. */
export class DataFileMissing extends Error {
  override name = 'DataFileMissing';
}

/** Raised when a data file stops arriving: the server or the network went quiet. */
export class DataFileTimeout extends Error {
  override name = 'DataFileTimeout';
}

/**
 * Raised when this page's build is no longer published: the site was rebuilt with other data
 * since the page was opened, and only a reload brings the current version.
 */
export class DataOutdated extends Error {
  override name = 'DataOutdated';
}

/** Reads the text of a data file, by its path under the data folder; undefined if there is none. */
export type DataFileReader = (path: string, signal?: AbortSignal) => Promise<string | undefined>;

/**
 * How long a request may go without a byte arriving before it is given up. The clock restarts
 * with every piece of the body, so a slow connection that keeps delivering is never cut off;
 * one that has stalled is, and the reader gets a message and a Retry instead of a skeleton
 * that never ends.
 */
export const stallLimitMs = 15_000;

/**
 * Where the compiled files of this build live under the site's base: `data/<version>/`, the
 * version being a hash of their contents (set by the corpus plugin), so a browser or CDN that
 * cached one build's files never serves them to another build's code.
 */
export const dataFolder = `data/${import.meta.env.VITE_DATA_VERSION ? `${import.meta.env.VITE_DATA_VERSION}/` : ''}`;

/** Fetches a data file of this build, giving up after {@link stallLimitMs} of silence. */
export const fetchDataFile: DataFileReader = async (path, signal) => {
  signal?.throwIfAborted();
  const stalled = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const restartClock = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      stalled.abort();
    }, stallLimitMs);
  };
  const forwardAbort = () => stalled.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    restartClock();
    const response = await fetch(`${import.meta.env.BASE_URL}${dataFolder}${path}`, {
      signal: stalled.signal,
    });
    if (isMissing(response)) {
      void response.body?.cancel();
      // Missing because this build's whole data folder is gone (a new build replaced it), or
      // because nothing of that name was published? The check is a request too, under the
      // same clock; this build's index missing settles it at once.
      restartClock();
      const replaced =
        path === indexFile
          ? Boolean(import.meta.env.VITE_DATA_VERSION)
          : await buildReplaced(stalled.signal);
      if (replaced) throw new DataOutdated(outdatedMessage);
      return undefined;
    }
    if (!response.ok) {
      void response.body?.cancel();
      throw new Error(words.serverAnswered(response.status, path));
    }
    if (!response.body) return await response.text();
    const decoder = new TextDecoder();
    let text = '';
    for (const reader = response.body.getReader(); ;) {
      restartClock();
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    if (timedOut) {
      throw new DataFileTimeout(words.stalled(path, stallLimitMs / 1000));
    }
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
};

/**
 * Whether a response means there is no such file: a 404 or 410, or a host that answers unknown
 * addresses with the app's page (a single-page-app fallback), 200 with HTML, as no data file is.
 */
function isMissing(response: Response): boolean {
  const html = response.headers.get('Content-Type')?.includes('text/html') ?? false;
  return response.status === 404 || response.status === 410 || (response.ok && html);
}

/**
 * Whether the build this page runs has been replaced on the server since the page loaded: its
 * data folder's index is gone (404, 410, or an HTML fallback page). Any other answer, a server
 * error included, is no evidence of that. Always false in development, where data is not
 * versioned.
 */
export async function buildReplaced(signal?: AbortSignal): Promise<boolean> {
  if (!import.meta.env.VITE_DATA_VERSION) return false;
  // A GET, not a HEAD: some static hosts refuse HEAD, and the index is a few KB.
  const index = await fetch(`${import.meta.env.BASE_URL}${dataFolder}index.json`, {
    cache: 'no-store',
    signal,
  });
  void index.body?.cancel();
  return isMissing(index);
}

/** The message of {@link DataOutdated}. */
export const outdatedMessage = words.outdated;

let reader: DataFileReader = fetchDataFile;

/**
 * The shape every data file path has: `/`-separated names of letters, digits, `_` and `-`,
 * each with optional `.` extensions. A path made from an address (a claim or source id) that
 * does not fit, `..` included, names no file, so it is never fetched or read.
 */
const dataFilePath = /^[\w-]+(?:\.[\w-]+)*(?:\/[\w-]+(?:\.[\w-]+)*)*$/;

/** Reads a data file with the current reader; throws {@link DataFileMissing} if there is none. */
export async function readDataFile(path: string, signal?: AbortSignal): Promise<string> {
  const text = dataFilePath.test(path) ? await reader(path, signal) : undefined;
  if (text === undefined) throw new DataFileMissing(words.missing(path));
  return text;
}

/** Replaces how data files are read (prerendering reads them from memory). */
export function setDataFileReader(next: DataFileReader): void {
  reader = next;
}
