import type { Dossier } from './schema.ts';

/** The site's name, first in every page title: "Harbour vote 2031: who said what". */
export function siteName({ name, tagline }: Pick<Dossier, 'name' | 'tagline'>): string {
  return `${name}: ${tagline}`;
}
