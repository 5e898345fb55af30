import type { Party } from '../corpus/schema.ts';

/**
 * Tailwind classes for a party's badge and its column rule, in its colour (see `partyColours`).
 * Colour only ever adds to a party's written label; it never carries the party on its own. A
 * party without one gets the neutral style. The classes are built from the colour's name, so
 * `index.css` lists them for Tailwind (`@source inline`); a test checks that it lists them all.
 */
export function partyStyle(party: Pick<Party, 'colour'> | undefined): {
  badge: string;
  rule: string;
} {
  const c = party?.colour;
  if (!c) {
    return {
      badge:
        'bg-stone-100 text-stone-900 ring-stone-300 dark:bg-stone-800 dark:text-stone-100 dark:ring-stone-600',
      rule: 'border-stone-500',
    };
  }
  return {
    badge: `bg-${c}-100 text-${c}-900 ring-${c}-300 dark:bg-${c}-950 dark:text-${c}-100 dark:ring-${c}-700`,
    rule: `border-${c}-600 dark:border-${c}-400`,
  };
}

/** Classes for a party's bars in the timeline: a pale fill and a strong edge, in its colour. */
export function partyMarkStyle(party: Pick<Party, 'colour'> | undefined): string {
  const c = party?.colour;
  return `stroke-2 ${c ? `fill-${c}-100 stroke-${c}-700 dark:fill-${c}-950 dark:stroke-${c}-400` : 'fill-stone-100 stroke-stone-600 dark:fill-stone-800 dark:stroke-stone-400'}`;
}
