import { expect, test } from 'vitest';
import { pagesToOffer } from '../../src/comparison/page-numbers.ts';

test.each([
  { page: 1, count: 1, pages: [1] },
  { page: 1, count: 3, pages: [1, 2, 3] },
  { page: 1, count: 30, pages: [1, 2, 3, 30] },
  { page: 10, count: 30, pages: [1, 8, 9, 10, 11, 12, 30] },
  { page: 30, count: 30, pages: [1, 28, 29, 30] },
])('page $page of $count offers $pages', ({ page, count, pages }) => {
  expect(pagesToOffer(page, count)).toEqual(pages);
});
