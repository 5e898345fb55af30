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
 * Writes `static-<name>` beside a prerendered page: the same HTML without its start script
 * (or, in a build from before it, its module script and preloads), so the page paints exactly
 * what the app's does, with no JavaScript of the app. Returns its path.
 */
export function writeStaticCopy(outDir: string, htmlFile: string): string {
  const name = `static-${htmlFile.replaceAll('/', '-')}`;
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const copy = html
    .replace(/<script data-entry="[^"]*"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
  if (copy === html || /\/assets\/[^"]*\.js"/.test(copy)) {
    throw new Error(
      `${htmlFile}: no script-free copy could be made (its code is not where expected)`,
    );
  }
  writeFileSync(join(outDir, name), copy);
  return name;
}

/** Options of {@link lighthouseTable}. */
export type LighthouseTableOptions = {
  /** Names the corpus in the table's title and rows. */
  corpus: string;
  outDir: string;
  origin: string;
  /** Row name and path (under the origin, a prerendered page of outDir) of each page. */
  pages: (readonly [string, string])[];
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

/** The prerendered file of a page path under the origin: `''` is `index.html`. */
const htmlFileOf = (path: string) => (path === '' ? 'index.html' : `${path}.html`);

/**
 * One table: each page beside a script-free copy of itself, its LCP as a ratio of the copy's:
 * what the page's script costs its largest paint, whatever the page holds. A page Lighthouse
 * cannot measure gets a row that says why, and the table goes on.
 */
export async function lighthouseTable(
  report: Report,
  {
    corpus,
    outDir,
    origin,
    pages,
    minScore,
    runs,
    work,
    throttling = 'simulate',
  }: LighthouseTableOptions,
) {
  const measure = (path: string) => settle(lighthouse(origin + path, runs, work, throttling));
  report.section(
    `Lighthouse 12.2.3, mobile, ${throttlingName[throttling]} (median of ${runs}): ${corpus}`,
    'page',
    'score',
    'LCP',
    'TBT',
    'CLS',
    'LCP of its static copy (no JS)',
    'LCP / static',
  );
  const target = `score ${minScore === 100 ? '100' : `≥ ${minScore}`}; LCP ≤ 1.2 × static`;
  for (const [name, path] of pages) {
    const staticPage = await measure(writeStaticCopy(outDir, htmlFileOf(path)));
    if (staticPage instanceof Error) {
      report.failed(`${name}, its static copy`, staticPage, target);
      continue;
    }
    const result = await measure(path);
    if (result instanceof Error) {
      report.failed(name, result, target);
      continue;
    }
    const lcpRatio = ratio(result.lcp, staticPage.lcp);
    report.row(
      [
        name,
        result.score,
        ms(result.lcp),
        ms(result.tbt),
        result.cls.toFixed(3),
        ms(staticPage.lcp),
        lcpRatio.toFixed(2),
      ],
      target,
      result.score >= minScore && lcpRatio <= 1.2,
    );
  }
}
