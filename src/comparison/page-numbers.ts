/** The page numbers to offer: the first, the last, and two either side of the current one. */
export function pagesToOffer(page: number, pageCount: number): number[] {
  const pages = new Set([1, pageCount]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pageCount) pages.add(n);
  return [...pages].sort((a, b) => a - b);
}

/** Brings the reader to the top of the comparison's results, after moving to another page. */
export function scrollToResults(): void {
  document.getElementById('results')?.scrollIntoView({ block: 'start', behavior: 'instant' });
}
