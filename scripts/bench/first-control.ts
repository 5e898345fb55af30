import { launchChromium } from '../tooling/chromium.ts';
import { coldOpen } from './cold-open.ts';
import { median, ms, settle, type Report } from './report.ts';

/** Options of {@link firstControlTable}. */
export type FirstControlOptions = {
  /** Names the corpus in the table's title. */
  corpus: string;
  origin: string;
  /** Row name and path (under the origin) of each page. */
  pages: (readonly [string, string])[];
  /** Cold loads of each page, per CPU setting. */
  tries: number;
};

/**
 * One table: for each page, opened cold in headless Chromium with no network throttling, at
 * full CPU speed and slowed four times (a mid-range phone), the median time from navigation to
 * the app's script taking over and to its first working control (the app ready), and the most
 * data files asked for by then: a page that carries its data needs none, and asks only for
 * what it fills in after (a claim page's other answers, started by a preload hint).
 */
export async function firstControlTable(
  report: Report,
  { corpus, origin, pages, tries }: FirstControlOptions,
) {
  const browser = await launchChromium();
  try {
    report.section(
      `Navigation to the first working control (${corpus}), median of ${tries} cold loads`,
      'page',
      'CPU',
      'LCP',
      'script ran',
      'first working control',
      'data files asked for by then',
    );
    for (const [name, path] of pages) {
      for (const cpuSlowdown of [1, 4]) {
        const cpu = cpuSlowdown === 1 ? 'full speed' : `${cpuSlowdown}× slower`;
        const loads = await settle(
          coldOpen(browser, Array<string>(tries).fill(origin + path), { cpuSlowdown }),
        );
        if (loads instanceof Error) {
          report.failed(`${name}, ${cpu}`, loads);
          continue;
        }
        report.row([
          name,
          cpu,
          ms(median(loads.map((load) => load.lcp))),
          ms(median(loads.map((load) => load.script))),
          ms(median(loads.map((load) => load.ready))),
          loads.reduce((most, load) => Math.max(most, load.dataBeforeReady), -Infinity),
        ]);
      }
    }
  } finally {
    await browser.close();
  }
}
