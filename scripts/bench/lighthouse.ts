import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findChromium, chromiumArgs } from '../tooling/chromium.ts';
import { median, ms, ratio, settle, type Report } from './report.ts';

/** Lighthouse's performance score (0–100) and the three metrics the report shows. */
export type LighthouseResult = { score: number; lcp: number; tbt: number; cls: number };

/**
 * How Lighthouse throttles: `simulate` (its default) loads the page at full speed and models a
 * slow phone on a slow network from the trace; `devtools` really slows the CPU and network in
 * the browser while the page loads, so what it measures is what happened.
 */
export type Throttling = 'simulate' | 'devtools';

/**
 * Lighthouse 12.2.3 (fetched with npx), mobile, on the system Chromium in headless mode, with
 * its defaults but the throttling method; the median of each figure over `runs` runs.
 */
export async function lighthouse(
  url: string,
  runs: number,
  work: string,
  throttling: Throttling = 'simulate',
) {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, `lh-${i}.json`);
    await promisify(execFile)(
      'npx',
      [
        '-y',
        'lighthouse@12.2.3',
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance',
        `--throttling-method=${throttling}`,
        `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 2 ** 20 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: { performance: { score: number | null } };
      audits: Record<string, { numericValue?: number }>;
      runtimeError?: { message: string };
    };
    if (report.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
    results.push({
      score: (report.categories.performance.score ?? NaN) * 100,
      lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
      cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    });
  }
  return {
    score: median(results.map((r) => r.score)),
    lcp: median(results.map((r) => r.lcp)),
    tbt: median(results.map((r) => r.tbt)),
    cls: median(results.map((r) => r.cls)),
  };
}

/**
 * Writes `static-<name>` beside a prerendered page: the same HTML without its module script and
 * preloads, so the page paints exactly what the app's does, with no JavaScript. Returns its path.
 */
export function writeStaticCopy(outDir: string, htmlFile: string): string {
  const name = `static-${htmlFile.replaceAll('/', '-')}`;
  writeFileSync(
    join(outDir, name),
    readFileSync(join(outDir, htmlFile), 'utf8')
      .replace(/<script type="module"[^>]*><\/script>/g, '')
      .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, ''),
  );
  return name;
}

/** Options of {@link lighthouseTable}. */
export type LighthouseTableOptions = {
  /** Names the corpus in the table's title and rows. */
  corpus: string;
  outDir: string;
  origin: string;
  /** Row name and path (under the origin) of each page. */
  pages: (readonly [string, string])[];
  /** The prerendered claim page (a file in outDir) whose script-free copy is the floor. */
  claimFile: string;
  /** The least performance score that meets the target. */
  minScore: number;
  runs: number;
  work: string;
  /** How Lighthouse throttles (default `simulate`). */
  throttling?: Throttling;
};

const throttlingName: Record<Throttling, string> = {
  simulate: 'simulated throttling',
  devtools: 'applied (devtools) throttling',
};

/**
 * One table: each page beside a script-free copy of a claim page, LCP as a ratio of its. A page
 * Lighthouse cannot measure gets a row that says why, and the table goes on.
 */
export async function lighthouseTable(
  report: Report,
  {
    corpus,
    outDir,
    origin,
    pages,
    claimFile,
    minScore,
    runs,
    work,
    throttling = 'simulate',
  }: LighthouseTableOptions,
) {
  const measure = (path: string) => settle(lighthouse(origin + path, runs, work, throttling));
  const staticPage = await measure(writeStaticCopy(outDir, claimFile));
  const staticLcp = staticPage instanceof Error ? NaN : staticPage.lcp;
  report.section(
    `Lighthouse 12.2.3, mobile, ${throttlingName[throttling]} (median of ${runs}): ${corpus}`,
    'page',
    'score',
    'LCP',
    'TBT',
    'CLS',
    'LCP / static',
  );
  const target = `score ${minScore === 100 ? '100' : `≥ ${minScore}`}; LCP ≤ 1.2 × static`;
  for (const [name, path] of pages) {
    const result = await measure(path);
    if (result instanceof Error) {
      report.failed(name, result, target);
      continue;
    }
    const lcpRatio = ratio(result.lcp, staticLcp);
    report.row(
      [
        name,
        result.score,
        ms(result.lcp),
        ms(result.tbt),
        result.cls.toFixed(3),
        lcpRatio.toFixed(2),
      ],
      target,
      result.score >= minScore && lcpRatio <= 1.2,
    );
  }
  if (staticPage instanceof Error) {
    report.failed('static claim page (no JS)', staticPage, 'the floor');
    return;
  }
  report.row(
    [
      'static claim page (no JS)',
      staticPage.score,
      ms(staticPage.lcp),
      ms(staticPage.tbt),
      staticPage.cls.toFixed(3),
      '1.00',
    ],
    'the floor',
  );
}
