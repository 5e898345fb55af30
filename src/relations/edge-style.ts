/**
 * How relations are drawn wherever claims are pictures (the relation map, the timeline): each
 * type a line style and a label, colour only repeating them (readable in greyscale and to the
 * colour-blind); and SVG links that open within the app. The arrowheads and the key are in
 * `edge-marks.tsx`.
 */
import type { MouseEvent } from 'react';
import { useLocation } from 'wouter';
import type { RelationType } from '../corpus/schema.ts';
import * as words from './edge-style.words.ts';

/**
 * How each relation type is drawn: a line style and a label tell them apart, colour only
 * repeats them (readable in greyscale, and to the colour-blind).
 */
export const edgeStyle: Record<
  RelationType,
  { dash?: string; stroke: string; fill: string; line: string }
> = {
  disputes: {
    stroke: 'stroke-red-700 dark:stroke-red-400',
    fill: 'fill-red-700 dark:fill-red-400',
    line: words.solidLine,
  },
  supports: {
    dash: '8 5',
    stroke: 'stroke-emerald-700 dark:stroke-emerald-400',
    fill: 'fill-emerald-700 dark:fill-emerald-400',
    line: words.dashedLine,
  },
  qualifies: {
    dash: '2 5',
    stroke: 'stroke-amber-700 dark:stroke-amber-400',
    fill: 'fill-amber-700 dark:fill-amber-400',
    line: words.dottedLine,
  },
  elaborates: {
    dash: '12 4 2 4',
    stroke: 'stroke-stone-600 dark:stroke-stone-400',
    fill: 'fill-stone-600 dark:fill-stone-400',
    line: words.dashDotLine,
  },
};

/** Follows a plain click on an SVG link within the app without reloading, as AppLink does. */
export function useSvgLinkClick() {
  const [, navigate] = useLocation();
  return (path: string) => (event: MouseEvent<Element>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(path);
  };
}
