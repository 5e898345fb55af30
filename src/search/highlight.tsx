import { useContext } from 'react';
import { HighlightContext } from './highlight-context.ts';
import { matchedSpans } from './search-terms.ts';

/** A text with the words the current search matched marked (see {@link HighlightContext}). */
export function Highlight({ text }: { text: string }) {
  const terms = useContext(HighlightContext);
  const spans = matchedSpans(text, terms);
  if (spans.length === 0) return text;
  const pieces = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(
      <mark key={start} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-800">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}
