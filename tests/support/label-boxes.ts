/**
 * What a relation picture prints, as the browser lays it out: the box of each relation's
 * label and of each claim box's text, in page pixels. {@link printedBoxes} runs in the page
 * (`evaluate`), so that it measures the real type, not the layout's estimate.
 */

/** A printed thing's box on the page. */
export type PrintedBox = {
  kind: 'relation' | 'claim';
  words: string;
  box: { left: number; right: number; top: number; bottom: number };
};

/** The label and claim-text boxes of the picture `svg` (passed to `evaluate`: self-contained). */
export function printedBoxes(svg: SVGSVGElement): PrintedBox[] {
  return [...svg.querySelectorAll<SVGTextElement>('text[data-label]')].map((text) => {
    const { left, right, top, bottom } = text.getBoundingClientRect();
    return {
      kind: text.dataset.label === 'relation' ? 'relation' : 'claim',
      words: text.textContent,
      box: { left, right, top, bottom },
    };
  });
}

/** Every pair of boxes that share some area, in words; a claim's text with another's is left out. */
export function overlapsIn(boxes: readonly PrintedBox[]): string[] {
  const found: string[] = [];
  boxes.forEach(({ kind, words, box: a }, i) => {
    for (const other of boxes.slice(i + 1)) {
      const b = other.box;
      if (kind === 'claim' && other.kind === 'claim') continue;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        found.push(`“${words}” (${kind}) over “${other.words}” (${other.kind})`);
      }
    }
  });
  return found;
}
