import { familyCoverage, fontsourceSubsets } from './script-fonts.ts';

// Which characters the preview images' fonts draw. A character none of them holds is drawn as
// an empty box: a quote of such characters would show the speaker's words as a row of boxes,
// so the image says where the words are instead (see claimPreviewElement).

/** The Noto Sans subsets every preview image loads (the fonts in preview-image.ts). */
export const latinSubsets = ['latin', 'latin-ext'] as const;

/** Ranges sorted and merged, for a binary search. */
function merged(ranges: [number, number][]): [number, number][] {
  const result: [number, number][] = [];
  for (const [from, to] of [...ranges].sort(([a], [b]) => a - b)) {
    const last = result.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else result.push([from, to]);
  }
  return result;
}

function holds(ranges: [number, number][], point: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = ranges[middle] ?? [0, -1];
    if (point < from) high = middle - 1;
    else if (point > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** What the Latin fonts hold, and what each family of script-fonts.ts does; read once. */
let held:
  | { latin: [number, number][]; families: { script: RegExp; ranges: [number, number][] }[] }
  | undefined;

function drawn(char: string): boolean {
  held ??= {
    latin: merged(
      fontsourceSubsets('noto-sans')
        .filter(({ subset }) => (latinSubsets as readonly string[]).includes(subset))
        .flatMap(({ ranges }) => ranges),
    ),
    families: familyCoverage().map(({ script, ranges }) => ({ script, ranges: merged(ranges) })),
  };
  const point = char.codePointAt(0) ?? 0;
  return (
    holds(held.latin, point) ||
    held.families.some(({ script, ranges }) => script.test(char) && holds(ranges, point))
  );
}

/**
 * Whether the preview fonts draw every character of `text` (white space aside): Latin,
 * Cyrillic and Greek letters and those of the scripts in script-fonts.ts do (Hangul, Han,
 * kana, Hebrew, Arabic); Georgian, Armenian, Ethiopic, Devanagari, Thai… have no font here.
 */
export function previewDraws(text: string): boolean {
  return [...text.replace(/\s/gu, '')].every(drawn);
}
