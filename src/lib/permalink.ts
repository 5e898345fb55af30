/** The absolute address of an app path (`claims/<id>`), under the deployed base path. */
export function permalinkTo(path: string, origin: string = window.location.origin): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, origin).href;
}
