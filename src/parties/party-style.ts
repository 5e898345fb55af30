/**
 * Accent classes per party. Colour only ever adds to a party's written label; it never
 * carries the party on its own. Parties without an entry get the neutral style.
 */
const styles: Record<string, { badge: string; rule: string }> = {
  us: {
    badge:
      'bg-blue-100 text-blue-900 ring-blue-300 dark:bg-blue-950 dark:text-blue-100 dark:ring-blue-700',
    rule: 'border-blue-600 dark:border-blue-400',
  },
  dprk: {
    badge:
      'bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-100 dark:ring-red-700',
    rule: 'border-red-600 dark:border-red-400',
  },
  china: {
    badge:
      'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700',
    rule: 'border-amber-500 dark:border-amber-400',
  },
  analysts: {
    badge:
      'bg-teal-100 text-teal-900 ring-teal-300 dark:bg-teal-950 dark:text-teal-100 dark:ring-teal-700',
    rule: 'border-teal-600 dark:border-teal-400',
  },
};

const neutral = {
  badge:
    'bg-stone-100 text-stone-900 ring-stone-300 dark:bg-stone-800 dark:text-stone-100 dark:ring-stone-600',
  rule: 'border-stone-500',
};

/** Tailwind classes for a party's badge and its column rule. */
export function partyStyle(partyId: string): { badge: string; rule: string } {
  return styles[partyId] ?? neutral;
}
