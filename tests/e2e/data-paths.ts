/**
 * The app reads its data files from `data/<version>/` (see `versionedFiles`), the version
 * changing with every corpus. Tests name a file by its path under that folder.
 */

/** A built data folder's version: 16 hex digits. */
const version = '[0-9a-f]{16}';

/**
 * The address of a data file of a build, `file` being its path under `data/<version>/`, with
 * `*` standing for any name: for routing and waiting on requests.
 */
export function dataFileUrl(file: string): RegExp {
  const pattern = file.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*');
  return new RegExp(`/data/${version}/${pattern}$`);
}

/** A path with the version folder taken out: `/data/<version>/index.json` → `/data/index.json`. */
export function unversioned(path: string): string {
  return path.replace(new RegExp(`(^|/)data/${version}/`), '$1data/');
}

/** Whether a path (or address) is of a file in a build's data folder. */
export function isDataFile(path: string): boolean {
  return new RegExp(`/data/${version}/`).test(path);
}
