import { formatStatedAt } from '../corpus/stated-at.ts';

/**
 * Any page cited in one line, as a printed page ends: the site, the page's permalink, and the
 * day it was read when that is known (a prerendered page cannot know the reader's day):
 *
 *   Harbour vote 2031: who said what. https://…/claims/<id> (accessed 5 May 2026)
 *
 * `accessed` is a date as `YYYY-MM-DD`.
 */
export function citePage(siteName: string, permalink: string, accessed?: string): string {
  const visit = accessed ? ` (accessed ${formatStatedAt(accessed)})` : '';
  return `${siteName}. ${permalink}${visit}`;
}
