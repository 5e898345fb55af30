/**
 * The site of several dossiers this dossier is built into, when it is (`npm run build:desk`):
 * its name and its home's path (with the base). Undefined in a dossier built alone, where
 * nothing of this is bundled: the build defines both as '' and the code that uses them folds
 * away.
 */
export const siteHome: { name: string; path: string } | undefined = import.meta.env
  .VITE_SITE_HOME_PATH
  ? { name: import.meta.env.VITE_SITE_HOME_NAME, path: import.meta.env.VITE_SITE_HOME_PATH }
  : undefined;

/** A speaker's page across the site's events, when there is a site (see `build-desk.ts`). */
export function speakerAcrossEventsHref(id: string): string | undefined {
  return siteHome ? `${siteHome.path}speakers/${encodeURIComponent(id)}` : undefined;
}
