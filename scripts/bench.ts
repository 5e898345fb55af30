/**
 * `npm run bench [-- --claims 10000 --runs 3 --tries 50 --dossier-only]` — measures the app
 * against floors, in one run, and prints one table per section:
 * - initial JS/CSS beside a minimal Vite + React + react-query page built with the same tools;
 * - Lighthouse 12.2.3 (mobile, system Chromium; median of --runs) on the home, a claim and a
 *   source page, each beside a script-free copy of itself, on the real dossier (with
 *   simulated and with applied, devtools, throttling) and on a synthetic corpus of --claims
 *   claims (simulated);
 * - on the real dossier: the time from navigation to the first working control, cold, at full
 *   CPU speed and slowed four times;
 * - on that corpus: the verifier and the full build (wall time, peak memory), what the first
 *   view of `/` transfers, the time from a filter toggle and from a keystroke to the paint of
 *   the new results and from a zoom of the timeline to the new days (--tries each), the first
 *   view of the timeline, and claim pages opened cold.
 * Writes the tables, with the machine and docs/benchmark-notes.md, to docs/benchmarks.md.
 * `--dossier-only` stops after the real dossier's tables (a few minutes instead of the
 * synthetic corpus's build and measures) and only prints them: docs/benchmarks.md holds
 * whole runs, so a partial one leaves it as it is.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { parseCompiledCorpus } from '../src/corpus/corpus-schema.ts';
import { initialAssets } from './site/initial-assets.ts';
import { buildSite } from './site/build-site.ts';
import { browserTables } from './bench/browser-table.ts';
import { buildFloor, floorRatioBudget } from './bench/floor.ts';
import { firstControlTable } from './bench/first-control.ts';
import { lighthouseTable } from './bench/lighthouse.ts';
import { createReport, kb, ratio, settle } from './bench/report.ts';
import { serveBuilt } from './bench/serve.ts';
import { timedChild, type ChildCost } from './bench/timed-child.ts';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    tries: { type: 'string', default: '50' },
    'dossier-only': { type: 'boolean', default: false },
  },
});
const dossierOnly = values['dossier-only'];
/** A flag's value as a whole number of at least 1, or exit with a usage message. */
const count = (name: 'claims' | 'runs' | 'tries') => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1`);
    process.exit(1);
  }
  return value;
};
const [claimCount, runs, tries] = [count('claims'), count('runs'), count('tries')];
/** Cold loads of each page for the first working control: each takes a fresh browser context. */
const coldLoads = Math.min(tries, 10);
const corpus = `${claimCount.toLocaleString('en')} synthetic claims`;
mkdirSync('node_modules/.tmp', { recursive: true });
const work = mkdtempSync(join(process.cwd(), 'node_modules/.tmp/bench-'));
const report = createReport();
/** Runs TypeScript in one Node process (the `tsx` launcher would add a second). */
const tsNode = (script: string, ...args: string[]) => ['--import', 'tsx', script, ...args];
/** Says what is running, on stderr, beside the tables on stdout: a full run takes a while. */
const progress = (message: string) => console.error(`\n… ${message}`);
/** A built site's pages in a folder (`claims`, `sources`): paths without `.html`, sorted. */
const pagesIn = (outDir: string, folder: string) =>
  readdirSync(join(outDir, folder))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -'.html'.length)}`);

try {
  // 1. Initial JS and CSS: the app beside the floor.
  progress('building the floor and the app');
  const floor = await buildFloor(work);
  const appDir = join(work, 'app');
  await buildSite({ outDir: appDir });
  const app = initialAssets(appDir);
  report.section('Initial assets', 'measure', 'app', 'floor', 'app / floor');
  const jsRatio = ratio(app.jsBytes, floor.jsBytes);
  report.row(
    ['Initial JS, gzipped', kb(app.jsBytes), kb(floor.jsBytes), jsRatio.toFixed(2)],
    `≤ ${floorRatioBudget.toFixed(2)} × floor`,
    jsRatio <= floorRatioBudget,
  );
  report.row(['Initial CSS, gzipped', kb(app.cssBytes), kb(floor.cssBytes), '–']);

  // 2. Lighthouse on the real dossier's prerendered pages.
  progress(`Lighthouse on the real dossier, ${runs} run(s) per page`);
  const dossier = await serveBuilt(appDir);
  const dossierPages = [
    ['Home', ''],
    ['Claim page', pagesIn(appDir, 'claims')[0] ?? 'claims/'],
    ['Source page', pagesIn(appDir, 'sources')[0] ?? 'sources/'],
  ] as const;
  try {
    for (const throttling of ['simulate', 'devtools'] as const) {
      await lighthouseTable(report, {
        corpus: 'real dossier',
        outDir: appDir,
        origin: dossier.origin,
        pages: [...dossierPages],
        minScore: 100,
        runs,
        work,
        throttling,
      });
    }
    progress(`navigation to the first working control, ${coldLoads} cold loads per page`);
    await firstControlTable(report, {
      corpus: 'real dossier',
      origin: dossier.origin,
      pages: [...dossierPages],
      tries: coldLoads,
    });
  } finally {
    await dossier.close();
  }

  if (!dossierOnly) await syntheticCorpus();
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (dossierOnly) {
  console.log('\n--dossier-only: docs/benchmarks.md is left as it is (it holds whole runs).');
} else {
  await report.write();
}
// Every row must hold a figure: one that could not be measured fails the run, by name.
const unmeasured = report.unmeasured();
if (unmeasured.length > 0) {
  console.error(
    `\nnpm run bench: ${unmeasured.length} row(s) not measured (see the errors above):\n${unmeasured.map((row) => `  - ${row}`).join('\n')}`,
  );
  process.exitCode = 1;
}

/**
 * Sections 3 and 4: the verifier, the full build and the browser measures on a synthetic corpus
 * of --claims claims, built in the run's work folder.
 */
async function syntheticCorpus() {
  // 3. The verifier and the full build on a synthetic corpus, each in its own timed process.
  const synth = join(work, 'synth');
  progress(`generating and verifying ${corpus}`);
  await promisify(execFile)(
    process.execPath,
    tsNode(
      'scripts/synth-corpus.ts',
      ...['--claims', String(claimCount), '--sources', String(Math.ceil(claimCount / 10))],
      ...['--seed', '1', '--out', synth],
    ),
  );
  const verifier = await settle(
    timedChild(process.execPath, tsNode('scripts/corpus-check.ts', synth)),
  );
  const synthDir = join(work, 'synth-site');
  progress(`the full build of ${corpus}`);
  const build = await settle(
    timedChild(process.execPath, tsNode('scripts/bench/build-site-child.ts', synth, synthDir)),
  );
  report.section(`Verifier and full build (${corpus})`, 'step', 'wall time', 'peak memory');
  const megabytes = (cost: ChildCost) => `${Math.round(cost.peakMegabytes)} MB`;
  if (verifier instanceof Error) {
    report.failed('Verifier', verifier, '≤ 5 s');
  } else {
    report.row(
      ['Verifier', `${verifier.seconds.toFixed(2)} s`, megabytes(verifier)],
      '≤ 5 s',
      verifier.seconds <= 5,
    );
  }
  const buildStep = 'Full build: client, every page prerendered, preview images';
  // Within 2 GB, a corpus ten times larger still builds on this machine (24 GiB).
  const buildTarget = '≤ 10 min, ≤ 2 GB';
  if (build instanceof Error) {
    report.failed(buildStep, build, buildTarget);
  } else {
    report.row(
      [buildStep, `${(build.seconds / 60).toFixed(1)} min`, megabytes(build)],
      buildTarget,
      build.seconds <= 600 && build.peakMegabytes <= 2048,
    );

    // 4. The synthetic site in Lighthouse and in Chromium.
    const synthSite = await serveBuilt(synthDir);
    try {
      const claimPages = pagesIn(synthDir, 'claims');
      const claimPath = claimPages[0] ?? 'claims/';
      progress(`Lighthouse on ${corpus}, ${runs} run(s) per page`);
      await lighthouseTable(report, {
        corpus,
        outDir: synthDir,
        origin: synthSite.origin,
        pages: [
          ['Home', ''],
          ['Claim page', claimPath],
          ['Source page', pagesIn(synthDir, 'sources')[0] ?? 'sources/'],
        ],
        minScore: 95,
        runs,
        work,
      });
      await firstControlTable(report, {
        corpus,
        origin: synthSite.origin,
        pages: [
          ['Home', ''],
          ['Claim page', claimPath],
          ['Source page', pagesIn(synthDir, 'sources')[0] ?? 'sources/'],
        ],
        tries: coldLoads,
      });
      // The box toggled is a party of the corpus just built, whatever its parties are called.
      const synthCorpus = parseCompiledCorpus(
        JSON.parse(readFileSync(join(synthDir, 'data/corpus.json'), 'utf8')),
      );
      const party = synthCorpus.parties[0]?.name;
      if (party === undefined) throw new Error(`${corpus}: the corpus built has no party`);
      progress(`first view, ${tries} filter toggles and keystrokes, claim pages cold`);
      await browserTables(report, {
        corpus,
        origin: synthSite.origin,
        // Five claims spread over the corpus, each opened once.
        claimPaths: [0, 1, 2, 3, 4].map(
          (i) => claimPages[Math.floor((i * claimPages.length) / 5)] ?? claimPath,
        ),
        tries,
        party,
      });
    } finally {
      await synthSite.close();
    }
  }
}
