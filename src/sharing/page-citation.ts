/**
 * Any page cited in one line, as a printed page ends: the site and the page's permalink. The
 * day it was read is left to the printout (browsers print it in the margin): a prerendered
 * page cannot know it, and the date code would weigh on every page's first view.
 *
 *   Harbour vote 2031: who said what. https://…/claims/<id>
 */
export function citePage(siteName: string, permalink: string): string {
  return `${siteName}. ${permalink}`;
}
