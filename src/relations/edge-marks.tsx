import { relationWords } from '../claims/relation-phrase.ts';
import type { RelationType } from '../corpus/schema.ts';
import { edgeStyle } from './edge-style.ts';
import { relationTypes } from './relation-graph.ts';
import * as words from './edge-marks.words.ts';

/** The arrowhead of each relation type, for `markerEnd="url(#arrow-<type>)"`. */
export function ArrowMarkers() {
  return (
    <defs>
      {relationTypes.map((type) => (
        <marker
          key={type}
          id={`arrow-${type}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className={edgeStyle[type].fill} />
        </marker>
      ))}
    </defs>
  );
}

/** The key to the line styles of some relation types, each drawn beside its words. */
export function EdgeKey({ types }: { types: readonly RelationType[] }) {
  return types.map((type) => (
    <span key={type} className="inline-flex items-center gap-2">
      <svg aria-hidden="true" width="36" height="10" className="shrink-0">
        <line
          x1="0"
          y1="5"
          x2="36"
          y2="5"
          strokeDasharray={edgeStyle[type].dash}
          className={`stroke-2 ${edgeStyle[type].stroke}`}
        />
      </svg>
      {words.keyEntry(relationWords(type, 'outgoing').toLowerCase(), edgeStyle[type].line)}
    </span>
  ));
}
