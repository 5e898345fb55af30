/**
 * Every route of the route table (`src/app/routes.ts`), whatever it is: each of its pages is
 * prerendered, a page hydrates from the data it carries (fetching only what it preloads),
 * and a link to it, pointed at, loads what it opens with (its data and its code). A route added
 * to the table is tested here with no new line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { fileOf } from '../../scripts/site/build-site.ts';
import { readPageCode } from '../../scripts/site/page-tags.ts';
import { routes, type AppRoute } from '../../src/app/routes.ts';
import { dossier } from '../support/dossier.ts';
import { unescapeHtml } from '../support/html-text.ts';
import { openPage, useBrowser } from './browser-session.ts';
import { isDataFile, unversioned } from './data-paths.ts';

const appUrl = inject('appUrl');
const outDir = inject('appOutDir');
const browser = useBrowser();

/** A prerendered page of a route: its router path and what its built file says of itself. */
type BuiltPage = {
  path: string;
  html: string;
  /** The data files it carries (under `data/`, unversioned). */
  carried: string[];
  /** The data files its start script preloads. */
  preloaded: string[];
  /** The module files its start script preloads (its code, when it loads on demand). */
  modules: string[];
};

function builtPage(path: string): BuiltPage {
  const html = readFileSync(join(outDir, fileOf(path)), 'utf8');
  const data = /<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(html)?.[1];
  const code = readPageCode(html);
  if (!code) throw new Error(`${path}: the built page has no start script`);
  const hrefs = (urls: readonly string[]) => urls.map((url) => unescapeHtml(url));
  return {
    path,
    html,
    carried: Object.keys(JSON.parse(data ?? '{}') as object).map((file) => `data/${file}`),
    preloaded: hrefs(code.preload).map((href) => unversioned(href.slice(1))),
    modules: hrefs(code.modules).map((href) => href.slice(1)),
  };
}

const paths = (route: AppRoute) => {
  const { prerender } = route;
  return prerender ? prerender.pages(dossier).map((params) => prerender.path(params)) : [];
};
const allPages = routes.flatMap((route) => paths(route).map((path) => ({ route, path })));

/** What a prerendered page loads by itself: what it carries, and what it preloads. */
const loadsItself = (page: BuiltPage) => [...page.carried, ...page.preloaded, ...page.modules];

/**
 * A prerendered page of another route with a link to one of this route's pages, and the link:
 * one whose target still has something to load there, or the hover would prove nothing.
 */
function pageLinkingTo(route: AppRoute): { from: string; to: string } | undefined {
  const targets = new Set(paths(route));
  for (const { route: other, path } of allPages) {
    if (other === route) continue;
    const origin = builtPage(path);
    for (const [, href = ''] of origin.html.matchAll(/<a\b[^>]*\shref="(\/[^"]*)"/g)) {
      const to = unescapeHtml(href);
      if (!targets.has(to)) continue;
      const target = builtPage(to);
      const has = new Set(loadsItself(origin));
      if ([...target.carried, ...target.modules].some((file) => !has.has(file))) {
        return { from: path, to };
      }
    }
  }
  return undefined;
}

/** Records the data and module files a page requests from now on, as paths under the site. */
function recordRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(appUrl)) return;
    if (isDataFile(url) || url.endsWith('.js'))
      requested.push(unversioned(url.slice(appUrl.length)));
  });
  return requested;
}

test.each(routes.map((route) => [route.name, route] as const))(
  'every page of the %s route is prerendered for its address',
  (_, route) => {
    const built = paths(route);
    expect(built.length).toBeGreaterThan(0);
    for (const path of built) {
      expect(builtPage(path).html).toContain(`<div id="root" data-prerendered-path="${path}">`);
    }
  },
);

test.each(routes.map((route) => [route.name, route] as const))(
  'a page of the %s route hydrates from the data it carries, fetching only what it preloads',
  async (_, route) => {
    const [path = ''] = paths(route);
    const built = builtPage(path);
    expect(built.carried.length).toBeGreaterThan(0);
    const context = await browser().newContext();
    const page = await context.newPage();
    const requested = recordRequests(page);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(appUrl + path.slice(1));
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    // A working theme toggle shows React has taken over the prerendered markup.
    await page.getByRole('button', { name: /^Theme/ }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Theme/ }).textContent())
      .toBe('Theme: light');
    const fetchedData = requested.filter((file) => file.startsWith('data/'));
    expect(fetchedData.filter((file) => built.carried.includes(file))).toEqual([]);
    expect(fetchedData.filter((file) => !built.preloaded.includes(file))).toEqual([]);
    // Its code came with the entry (module preloads), not after the entry asked for it.
    for (const module of built.modules) expect(requested).toContain(module);
    expect(problems.filter((problem) => !problem.includes('status of 404'))).toEqual([]);
    await context.close();
  },
);

const linked = routes.flatMap((route) => {
  const link = pageLinkingTo(route);
  return link ? [[route.name, link] as const] : [];
});

test('every route with an address is linked from a page of another route', () => {
  // The page of unknown addresses has none to link to.
  const addressed = routes.filter((route) => route.pattern !== undefined).map((r) => r.name);
  expect(linked.map(([name]) => name)).toEqual(addressed);
});

test.each(linked)(
  'pointing at a link to a page of the %s route loads its data and code before the click',
  async (_, { from, to }) => {
    const origin = builtPage(from);
    const target = builtPage(to);
    const { page, close } = await openPage(browser(), appUrl + from.slice(1));
    // What the page it is on has already loaded counts as loaded.
    const loaded = new Set(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      ),
    );
    const have = (file: string) =>
      loadsItself(origin).includes(file) ||
      [...loaded].some((pathname) => unversioned(pathname.slice(1)) === file);
    const requested = recordRequests(page);
    await page.locator(`a[href="${to}"]:visible`).first().hover();
    const expected = [...target.carried, ...target.modules].filter((file) => !have(file));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => expected.filter((file) => !requested.includes(file))).toEqual([]);
    await close();
  },
);
