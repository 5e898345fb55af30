/**
 * `npm test` — everything a reviewer would run, side by side: lint, format check, types, the
 * corpus verifier, and every Vitest project (unit, component, end-to-end in Chromium).
 * Ends with one line `N passed, N failed` (each static check counts as one test) and exits
 * non-zero if anything failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const checks: [name: string, command: string[]][] = [
  ['lint (eslint, warnings fail)', ['eslint', '--max-warnings', '0', '.']],
  ['format (prettier --check)', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['types (tsc -b)', ['tsc', '-b']],
  ['corpus (corpus:check)', ['tsx', 'scripts/corpus-check.ts']],
];

let passed = 0;
let failed = 0;
let skipped = 0;

/** Runs a check to its end, keeping what it printed; no time limit (a busy machine is slow). */
function run(command: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', command, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ status: null, output: `${output}${String(error)}\n` }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });

// Everything is independent: the static checks run side by side with Vitest (its output
// streams; theirs is kept and printed, in order, when they are done).
console.log('▶ vitest (unit, component, e2e), with the static checks alongside');
const vitestDone = new Promise<number | null>((resolve) => {
  const child = spawn(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit' },
  );
  child.on('error', () => resolve(null));
  child.on('close', resolve);
});
const results = await Promise.all(checks.map(([, command]) => run(command)));
const vitest = { status: await vitestDone };
checks.forEach(([name], i) => {
  const { status, output } = results[i] ?? { status: null, output: '' };
  console.log(`\n▶ ${name}`);
  if (output) process.stdout.write(output);
  if (status === 0) {
    passed++;
    console.log(`✓ ${name}`);
  } else {
    failed++;
    console.log(`✗ ${name} failed`);
  }
});

if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numTotalTests: number;
  };
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  // A suite that failed to load has no failed tests of its own but still failed.
  if (vitest.status !== 0 && results.numFailedTests === 0) failed++;
  if (results.numTotalTests === 0) failed++;
} else {
  failed++;
  console.log('✗ vitest wrote no report');
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
