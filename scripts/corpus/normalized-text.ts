// Quotes are found in their source by their Unicode NFC form, so that the same words typed with
// precomposed letters (한, é) match an archive that stores them decomposed (ᄒ + ᅡ + ᆫ, e + ◌́),
// as text saved on some systems does, and the other way round. The archive itself is never
// changed: where a quote is found is given back in the archived text's own indexes.

/** A text in NFC, with the way back from its indexes to those of the text as archived. */
export type NormalizedText = {
  /** The text in NFC. */
  text: string;
  /** The archived text's UTF-16 index for an index of {@link NormalizedText.text}. */
  original: (index: number, side: 'start' | 'end') => number;
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The NFC form of `text` and the way back to its indexes. Normalization never reaches across a
 * grapheme cluster's edge, so each cluster is normalized alone and the clusters' edges tie the
 * two texts together; an index inside a cluster goes back to the cluster's start (a `start`)
 * or its end (an `end`), so a span keeps whole characters.
 */
export function normalizedText(text: string): NormalizedText {
  const nfc = text.normalize('NFC');
  if (nfc === text) return { text, original: (index) => index };
  /** Each cluster's start, in the NFC text and in the archived one, in order. */
  const edges: { at: number; from: number }[] = [];
  let normalized = '';
  for (const { segment, index } of graphemes.segment(text)) {
    edges.push({ at: normalized.length, from: index });
    normalized += segment.normalize('NFC');
  }
  edges.push({ at: normalized.length, from: text.length });
  const original = (index: number, side: 'start' | 'end') => {
    // The last cluster edge at or before the index.
    let low = 0;
    let high = edges.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((edges[middle]?.at ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    const edge = edges[low] ?? { at: 0, from: 0 };
    if (edge.at === index || side === 'start') return edge.from;
    return edges[low + 1]?.from ?? text.length;
  };
  return { text: normalized, original };
}
