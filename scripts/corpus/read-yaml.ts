import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import type { CorpusProblem } from './problem.ts';

/** A parsed YAML file that can still say where each value came from. */
export type LocatedYaml = {
  /** The file's data as plain JavaScript values. */
  value: unknown;
  /** 1-based line and column of the node at `path`, or of its nearest existing ancestor. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;
  /** Location of the key (not the value) of `key` inside the map at `path`. */
  locateKey: (
    path: readonly PropertyKey[],
    key: string,
  ) => { line: number; column: number } | undefined;
};

/**
 * Parses one YAML file strictly (duplicate keys are errors) and keeps its line map so later
 * checks can point at the offending line. Returns problems instead of throwing.
 */
export function readYaml(file: string, text: string): LocatedYaml | { problems: CorpusProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const at = lineCounter.linePos(error.pos[0]);
        return {
          file,
          line: at.line,
          column: at.col,
          message: `YAML syntax error: ${firstLine(error.message)}`,
        };
      }),
    };
  }
  const position = (node: Node | undefined) => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
  const nodeAt = (path: readonly PropertyKey[]): Node | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in node) return node as Node;
    }
    return undefined;
  };
  return {
    value: doc.toJS() as unknown,
    locate: (path) => position(nodeAt(path)),
    locateKey: (path, key) => {
      const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalarKey(item.key, key));
        if (pair && pair.key && typeof pair.key === 'object') return position(pair.key as Node);
      }
      return position(nodeAt(path));
    },
  };
}

function isScalarKey(node: unknown, key: string): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && node.value === key;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
