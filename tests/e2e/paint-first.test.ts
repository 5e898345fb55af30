/**
 * A prerendered page paints its content before anything of the app is asked for: its code and
 * the data it fills in after load once the first contentful paint is on the screen (the start
 * script, `src/app/start-script.ts`). A request started earlier shares the network with the
 * stylesheet, and Lighthouse's simulation counts it as something the paint waited for; a
 * hydration that replaced what was painted would make a later largest paint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { readPageCode } from '../../scripts/site/page-tags.ts';
import { dossier } from '../support/dossier.ts';
import { openPage, useBrowser } from './browser-session.ts';

const appUrl = inject('appUrl');
const outDir = inject('appOutDir');
const browser = useBrowser();

/** Every prerendered page of the build, as a file under its folder. */
const builtPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

test('the build prerenders the pages this file checks', () => {
  expect(builtPages).toContain('index.html');
  expect(builtPages).toContain(`claims/${dossier.claims[0]?.claim.id}.html`);
  expect(builtPages.length).toBeGreaterThan(dossier.claims.length);
});

test.each(builtPages)(
  '%s asks for no code or data before its start script, last in its body',
  (file) => {
    const html = readFileSync(join(outDir, file), 'utf8');
    const code = readPageCode(html);
    expect(code?.entry).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    // Nothing the parser or the preload scanner would fetch at once.
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link rel="(modulepreload|preload)"/);
    const start = html.search(/<script data-entry=/);
    expect(start).toBeGreaterThan(html.indexOf('<script type="application/json" id="page-data">'));
    expect(
      html
        .slice(start)
        .replace(/^<script[^>]*>[\s\S]*?<\/script>/, '')
        .trim(),
    ).toBe('</body>\n</html>');
  },
);

/** The pages a reader lands on, as Lighthouse measures them in `npm run bench`. */
const landings = [
  ['home', ''],
  ['claim', `claims/${dossier.claims[0]?.claim.id}`],
  ['source', `sources/${dossier.corpus.sources[0]?.id}`],
] as const;

test.each(landings.flatMap(([name, path]) => [390, 1280].map((width) => [name, width, path])))(
  'the %s page at %i px paints its largest content before it asks for its code or data',
  async (_, width, path) => {
    const { page, problems, close } = await openPage(browser(), `${appUrl}${path}`, {
      viewport: { width: Number(width), height: 800 },
    });
    const times = await page.evaluate(
      () =>
        new Promise<{ paint: number; largest: number[]; requests: number[] }>((resolve) => {
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve({
              paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
              largest: list.getEntries().map((entry) => entry.startTime),
              requests: performance
                .getEntriesByType('resource')
                .filter(({ name }) => /\/assets\/.*\.js$|\/data\//.test(name))
                .map((entry) => entry.startTime),
            });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    // The app ran (openPage waited for it), so its code was asked for.
    expect(times.requests.length).toBeGreaterThan(0);
    const firstRequest = Math.min(...times.requests);
    expect(times.paint).toBeLessThan(firstRequest);
    // Hydration replaced nothing that was painted: no largest paint came after the code.
    expect(times.largest.length).toBeGreaterThan(0);
    for (const largest of times.largest) expect(largest).toBeLessThan(firstRequest);
    expect(problems).toEqual([]);
    await close();
  },
);
