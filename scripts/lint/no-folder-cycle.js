// An ESLint rule: no two folders of a tree import each other, directly or through other
// folders. `import-x/no-cycle` follows files, so folder A's file importing folder B while
// another of B's files imports A passes it; the layer zones order the layers, not the folders
// within one. Written in JavaScript, as the ESLint config that loads it is.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** @typedef {{ from: string, to: string }} Edge An import of one file by another. */

const sourceFile = /\.(ts|tsx|js|mjs)$/;

/**
 * The relative imports of each file read so far, with the time it was last changed: each
 * file is read again only when it changes, so an editor's long-lived ESLint stays right.
 * @type {Map<string, { mtimeMs: number, imports: string[] }>}
 */
const importsByFile = new Map();

/** The files a source file imports by a relative path (type-only and dynamic imports too). */
function importsOf(/** @type {string} */ file) {
  const { mtimeMs } = statSync(file);
  const known = importsByFile.get(file);
  if (known?.mtimeMs === mtimeMs) return known.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const imports = importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.resolve(path.dirname(file), name));
  importsByFile.set(file, { mtimeMs, imports });
  return imports;
}

/** The folder of `file` right under `root` (a file right in `root` is its own), or undefined. */
function folderOf(/** @type {string} */ root, /** @type {string} */ file) {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep)[0];
}

/**
 * Which folder imports which under `root`, with one import for each pair as an example.
 * @returns {Map<string, Map<string, Edge>>}
 */
function folderGraph(/** @type {string} */ root) {
  /** @type {Map<string, Map<string, Edge>>} */
  const graph = new Map();
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => sourceFile.test(name))
    .map((name) => path.join(root, name));
  for (const file of files) {
    const from = folderOf(root, file);
    if (from === undefined) continue;
    for (const imported of importsOf(file)) {
      const to = folderOf(root, imported);
      if (to === undefined || to === from) continue;
      const edges = graph.get(from) ?? new Map();
      if (!edges.has(to)) edges.set(to, { from: file, to: imported });
      graph.set(from, edges);
    }
  }
  return graph;
}

/**
 * The shortest chain of imports from folder `start` to folder `goal`, or undefined.
 * @returns {Edge[] | undefined}
 */
function pathBetween(
  /** @type {Map<string, Map<string, Edge>>} */ graph,
  /** @type {string} */ start,
  /** @type {string} */ goal,
) {
  /** @type {Map<string, Edge[]>} */
  const reached = new Map([[start, []]]);
  const queue = [start];
  for (let folder = queue.shift(); folder !== undefined; folder = queue.shift()) {
    const chain = reached.get(folder) ?? [];
    if (folder === goal) return chain;
    for (const [next, edge] of graph.get(folder) ?? []) {
      if (reached.has(next)) continue;
      reached.set(next, [...chain, edge]);
      queue.push(next);
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noFolderCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid folders that import each other, directly or in a longer circle' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' } },
        required: ['root'],
        additionalProperties: false,
      },
    ],
    messages: {
      cycle:
        '{{from}} imports {{to}}, and {{to}} leads back to it: {{back}}. Folders may not import each other in a circle: move what both need into one of them, or into a folder below both.',
    },
  },
  create(context) {
    const root = path.resolve(context.cwd, context.options[0].root);
    const file = context.filename;
    const from = folderOf(root, file);
    if (from === undefined) return {};
    /** @type {Map<string, Map<string, Edge>> | undefined} */
    let graph;
    const name = (/** @type {string} */ folder) =>
      path.relative(context.cwd, path.join(root, folder));
    /** Checks one import of this file (its text, not the copy on disk: it may be unsaved). */
    const check = (/** @type {import('estree').Node | null | undefined} */ source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const to = folderOf(root, path.resolve(path.dirname(file), source.value));
      if (to === undefined || to === from) return;
      graph ??= folderGraph(root);
      const back = pathBetween(graph, to, from);
      if (!back) return;
      const shown = (/** @type {string} */ f) => path.relative(context.cwd, f);
      context.report({
        node: source,
        messageId: 'cycle',
        data: {
          from: name(from),
          to: name(to),
          back: back.map((edge) => `${shown(edge.from)} imports ${shown(edge.to)}`).join(', '),
        },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
