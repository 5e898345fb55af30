import type { Dossier } from './schema.ts';
import * as words from './site-name.words.ts';

/** The site's name, first in every page title: "Harbour vote 2031: who said what". */
export function siteName({ name, tagline }: Pick<Dossier, 'name' | 'tagline'>): string {
  return words.siteName(name, tagline);
}

/**
 * A page's title, the same in its head and in the tab once its script runs: what the page is
 * about, then the site. A summary's closing full stop is dropped ("… again · Site", not
 * "… again. · Site"), and the speaker is not named twice: our summary already names them.
 */
export function pageTitle(subject: string, site: string): string {
  return `${subject.replace(/[\s.]+$/u, '')} · ${site}`;
}
