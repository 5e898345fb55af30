/** What the workbench's end-to-end tests do as an author does, with the real mouse. */
import type { Page } from 'playwright-core';

/**
 * Selects words of the source reader with the mouse: pressed on their first character,
 * released on their last. The words may run over a line break of the archived text.
 */
export async function selectWithMouse(page: Page, words: string) {
  const box = await page.evaluate((wanted) => {
    const container = document.querySelector('[data-source-text]');
    if (!container) throw new Error('no source text on the page');
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const rect = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        const [first] = range.getClientRects();
        return first
          ? { x: first.left, y: first.top, width: first.width, height: first.height }
          : undefined;
      };
      return { first: rect(at, at + 1), last: rect(at + wanted.length - 1, at + wanted.length) };
    }
    throw new Error(`"${wanted}" is not in one run of the reader's text`);
  }, words);
  const { first, last } = box;
  if (!first || !last) throw new Error('the words have no place on the screen');
  await page.mouse.move(first.x + 1, first.y + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width - 1, last.y + last.height / 2, { steps: 8 });
  await page.mouse.up();
}
