/**
 * The address of an app path (`claims/<id>`) under the deployed base path: absolute when an
 * origin is given, else root-relative.
 */
export function permalinkTo(path: string, origin: string): string {
  return `${origin}${import.meta.env.BASE_URL}${path}`;
}
