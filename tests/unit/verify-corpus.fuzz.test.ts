/**
 * The verifier under fuzzing (fast-check, fixed seed): random mutations of the real dossier's
 * files never crash it. Every run either passes or fails with problems that each name a file
 * and say what is wrong, located by line, record or field where the file has one.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { formatProblem } from '../../scripts/corpus/problem.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';

const dossier = readCorpusFolder('data');
const yamlFiles = [...dossier.keys()].filter((path) => path.endsWith('.yaml')).sort();
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Edit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'duplicate-line'; at: number };

/** One edit of a text: the kinds of damage a careless or hostile contributor could do. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(400) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(
        '\n- ',
        ': ',
        '  ',
        '\t',
        '"',
        "'",
        '{',
        '[',
        '&a ',
        '*a',
        '!!binary ',
        '<script>alert(1)</script>',
        'javascript:alert(1)',
        '\u202e',
        '\u200b',
        '\ud800',
        '~',
        'null',
        '1e999',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function apply(text: string, change: Edit): string {
  const lines = text.split('\n');
  switch (change.kind) {
    case 'delete': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + change.length);
    }
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'swap-lines': {
      const a = change.a % lines.length;
      const b = change.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'duplicate-line': {
      const at = change.at % lines.length;
      lines.splice(at, 0, lines[at] ?? '');
      return lines.join('\n');
    }
  }
}
test('mutated corpus files never crash the verifier; every problem says where and what', () => {
  let failed = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...yamlFiles),
      fc.array(edit, { minLength: 1, maxLength: 4 }),
      (file, edits) => {
        const files = new Map(dossier);
        const text = edits.reduce(
          (current, change) => apply(current, change),
          decoder.decode(dossier.get(file)),
        );
        files.set(file, encoder.encode(text));
        const result = verifyCorpus(files);
        if (result.ok) return;
        failed++;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(dossier.has(problem.file) || problem.file.endsWith('.yaml')).toBe(true);
          expect(problem.message.trim()).not.toBe('');
          // A problem with a record says which field or line; others are about the whole file.
          if (problem.record !== undefined) {
            expect(problem.field !== undefined || problem.line !== undefined).toBe(true);
          }
          expect(formatProblem(problem)).toContain(problem.file);
        }
      },
    ),
    { seed: 20_190_302, numRuns: 300 },
  );
  // The mutations do break the corpus most of the time; a test that always passed would not.
  expect(failed).toBeGreaterThan(150);
}, 180_000); // 300 verifier runs: about 9 s alone, much more on a busy 2-core CI machine
