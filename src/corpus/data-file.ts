/**
 * Every compiled data file the app reads goes through here: fetched in the browser, read from
 * memory when prerendering (see `entry-server.tsx`), so both render from the same bytes.
 */

/** Raised when a data file does not exist: the claim or source asked for is not in the corpus. */
export class DataFileMissing extends Error {
  override name = 'DataFileMissing';
}

/** Reads the text of a data file, by its path under the data folder; undefined if there is none. */
export type DataFileReader = (path: string, signal?: AbortSignal) => Promise<string | undefined>;

const fetchDataFile: DataFileReader = async (path, signal) => {
  const response = await fetch(`${import.meta.env.BASE_URL}data/${path}`, { signal });
  // A host that answers unknown addresses with the app's page (a single-page-app fallback)
  // says 200 with HTML: no data file is HTML, so that too means there is no such file.
  const html = response.headers.get('Content-Type')?.includes('text/html') ?? false;
  if (response.status === 404 || (response.ok && html)) return undefined;
  if (!response.ok) {
    throw new Error(`The server answered HTTP ${response.status} for data/${path}.`);
  }
  return response.text();
};

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
  if (text === undefined) throw new DataFileMissing(`There is no data/${path} on the server.`);
  return text;
}

/** Replaces how data files are read (prerendering reads them from memory). */
export function setDataFileReader(next: DataFileReader): void {
  reader = next;
}
