import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, inject, test } from 'vitest';
import { ogLocale, readPageCode, scriptJson } from '../../scripts/site/page-tags.ts';
import { unescapeHtml } from '../support/html-text.ts';
import { dossier, dossierClaim } from '../support/dossier.ts';
import { claimTable, openPage, useBrowser } from './browser-session.ts';
import { checkMarkup } from '../support/nu-checker.ts';
import { isDataFile, unversioned } from './data-paths.ts';
import { serveStatic } from './static-host.ts';

const appUrl = inject('appUrl');
const outDir = inject('appOutDir');
const browser = useBrowser();
const siteOrigin = 'http://localhost:4173/';
const builtIn = (folder: string) =>
  readdirSync(join(outDir, folder))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${folder}/${file}`);
const fileNames = (folder: string) => builtIn(folder).map((file) => file.slice(folder.length + 1));
const claimFiles = fileNames('claims');
const sourceFiles = fileNames('sources');
const pages = [
  'index.html',
  '404.html',
  'timeline.html',
  'relations.html',
  ...builtIn('claims'),
  ...builtIn('sources'),
  ...builtIn('topics'),
  ...builtIn('parties'),
];

function head(file: string) {
  const html = readFileSync(join(outDir, file), 'utf8');
  const meta = (key: string) =>
    html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];
  return {
    html,
    title: html.match(/<title>([^<]*)<\/title>/)?.[1],
    description: meta('description'),
    ogUrl: meta('og:url'),
    ogImage: meta('og:image'),
    twitterCard: meta('twitter:card'),
    canonical: html.match(/<link rel="canonical" href="([^"]*)"/)?.[1],
  };
}

/** The built file an absolute URL of the site points at. */
function fileFor(url: string): string {
  expect(url.startsWith(siteOrigin)).toBe(true);
  const path = url.slice(siteOrigin.length);
  return (
    [path, `${path}.html`, join(path, 'index.html')].find((p) => existsSync(join(outDir, p))) ?? ''
  );
}

/**
 * What a built page tells people, as separate strings: its text (a line break at each block's
 * end) and each attribute value (titles, descriptions, image text). Scripts are data: the
 * JSON-LD is checked by the channel tests.
 */
function readableStrings(html: string): string[] {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const attributes = [...markup.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((m) =>
    unescapeHtml(m[1] ?? ''),
  );
  const text = markup
    .replace(/<\/(p|li|h[1-6]|blockquote|td|th|div|figcaption)>/g, '\n')
    .replace(/<[^>]*>/g, '');
  return [unescapeHtml(text), ...attributes];
}

const reported = dossier.claims.filter((view) => view.claim.speech === 'reported');

test.each(pages)('%s puts no reported claim in quotation marks', (file) => {
  const marks = [
    ['“', '”'],
    ['"', '"'],
    ['‘', '’'],
  ] as const;
  expect(reported.length).toBeGreaterThan(0);
  const strings = readableStrings(readFileSync(join(outDir, file), 'utf8'));
  const quoted: string[] = [];
  for (const view of reported) {
    const words = view.claim.quote.textQuoteSelector.exact;
    for (const text of strings) {
      for (const [open, close] of marks) {
        if (text.includes(`${open}${words}`)) quoted.push(`${open}${words}`);
        if (text.includes(`${words}${close}`)) quoted.push(`${words}${close}`);
      }
    }
  }
  expect(quoted).toEqual([]);
});

test.each(dossier.claims.filter((view) => view.claim.speech === 'direct').map((v) => v.claim.id))(
  'the page of the direct claim %s quotes it',
  (id) => {
    const strings = readableStrings(readFileSync(join(outDir, `claims/${id}.html`), 'utf8'));
    const words = dossierClaim(id).claim.quote.textQuoteSelector.exact;
    expect(strings.join('\n')).toContain(`“${words}”`);
  },
);

test('prerendered content is inline, not in a block hidden until a script reveals it', () => {
  for (const page of pages)
    expect(head(page).html, page).not.toMatch(/<div hidden|\$RC|<!--\$\?-->/);
});

test('the build emits one page per claim, source, topic and party, plus home and 404.html', () => {
  expect(claimFiles.sort()).toEqual(dossier.claims.map((view) => `${view.claim.id}.html`).sort());
  expect(fileNames('topics').sort()).toEqual(
    dossier.corpus.topics.map((topic) => `${topic.id}.html`).sort(),
  );
  expect(fileNames('parties').sort()).toEqual(
    dossier.corpus.parties.map((party) => `${party.id}.html`).sort(),
  );
  expect(sourceFiles.sort()).toEqual(
    dossier.corpus.sources.map((source) => `${source.id}.html`).sort(),
  );
  expect(existsSync(join(outDir, '404.html'))).toBe(true);
});

test('sitemap.xml lists the canonical address of every built page but 404.html; robots.txt names it', async () => {
  const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
  const canonical = pages.filter((file) => file !== '404.html').map((file) => head(file).canonical);
  expect(listed.toSorted()).toEqual(canonical.toSorted());
  expect(new Set(listed).size).toBe(listed.length);
  expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(
    `Sitemap: ${siteOrigin}sitemap.xml`,
  );
  // Served as XML, it is well-formed, in the sitemap protocol's namespace, as Chromium parses it.
  const context = await browser().newContext();
  const response = await context.request.get(`${appUrl}sitemap.xml`);
  const page = await context.newPage(); // about:blank: no content policy in the way
  const parsed = await page.evaluate(
    (text) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      return {
        root: document.documentElement.localName,
        namespace: document.documentElement.namespaceURI,
        errors: document.getElementsByTagName('parsererror').length,
      };
    },
    await response.text(),
  );
  const served = { type: response.headers()['content-type']?.split(';')[0], ...parsed };
  expect(served).toEqual({
    type: expect.stringMatching(/^(application|text)\/xml$/) as unknown,
    root: 'urlset',
    namespace: 'http://www.sitemaps.org/schemas/sitemap/0.9',
    errors: 0,
  });
  await context.close();
});

test('every prerendered page passes the Nu HTML Checker with no error', async () => {
  const files = pages.map((page) => join(outDir, page));
  const messages = await checkMarkup(files, { errorsOnly: true });
  expect(messages.map((m) => `${m.url.split('/').slice(-2).join('/')}: ${m.message}`)).toEqual([]);
}, 180_000);

test('each claim page has its own title, description, absolute canonical and preview tags', () => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const file of claimFiles) {
    const id = file.replace(/\.html$/, '');
    const tags = head(`claims/${file}`);
    expect(tags.html).toMatch(
      new RegExp(`^<!doctype html>\\s*<html lang="${dossier.corpus.dossier.language}">`),
    );
    expect(tags.html).toContain(
      `<meta property="og:locale" content="${ogLocale(dossier.corpus.dossier.language)}"/>`,
    );
    titles.add(tags.title ?? '');
    descriptions.add(tags.description ?? '');
    expect(tags.canonical).toBe(`${siteOrigin}claims/${id}`);
    expect(tags.ogUrl).toBe(tags.canonical);
    expect(fileFor(tags.ogUrl ?? '')).toBe(`claims/${id}.html`);
    expect(tags.ogImage).toBe(`${siteOrigin}og/claims/${id}.png`);
    expect(tags.twitterCard).toBe('summary_large_image');
  }
  expect(titles.size).toBe(claimFiles.length);
  expect(descriptions.size).toBe(claimFiles.length);
});

// Read without JavaScript, printed or saved, a page keeps the links it was written with: the
// permalink and the citations of a claim, and the address a printed comparison names, are
// absolute, on the origin of the head tags.
test('the permalinks and citations written into prerendered pages are absolute', () => {
  const texts = (html: string, tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) =>
      unescapeHtml((match[1] ?? '').replace(/<[^>]*>/g, '')),
    );
  for (const file of claimFiles) {
    const id = file.replace(/\.html$/, '');
    const { html } = head(`claims/${file}`);
    const permalink = `${siteOrigin}claims/${id}`;
    const citations = texts(html, 'pre');
    expect(citations.length, file).toBeGreaterThan(0);
    for (const citation of citations) expect(citation, file).toContain(permalink);
    expect(html, file).toContain(`Permalink:<!-- --> <a href="${permalink}"`);
  }
  const printed = texts(head('index.html').html, 'p').filter((p) => p.includes('Printed from'));
  expect(printed).toHaveLength(1);
  expect(printed[0]).toMatch(new RegExp(`Printed from ${siteOrigin}$`));
});

test('every preview image exists as a 1200×630 PNG', () => {
  for (const page of pages) {
    const image = head(page).ogImage ?? '';
    const png = readFileSync(join(outDir, fileFor(image)));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('a claim page carries schema.org Claim data, with a Quotation for direct speech only', () => {
  const jsonLd = (id: string) =>
    JSON.parse(
      head(`claims/${id}.html`).html.match(
        /<script type="application\/ld\+json">(.*?)<\/script>/s,
      )?.[1] ?? '{}',
    ) as Record<string, unknown>;
  const direct = dossierClaim('choe-kim-may-have-lost-will');
  const words = direct.claim.quote.textQuoteSelector.exact;
  const sourceWork = {
    '@type': 'CreativeWork',
    headline: direct.source.headline,
    publisher: { '@type': 'Organization', name: direct.source.publisher },
  };
  expect(jsonLd(direct.claim.id)).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: `${siteOrigin}claims/${direct.claim.id}`,
    text: words,
    author: { '@type': 'Person', name: direct.speaker.name, jobTitle: direct.speaker.role },
    datePublished: direct.source.published,
    appearance: {
      '@type': 'Quotation',
      text: words,
      spokenByCharacter: { name: direct.speaker.name },
      isPartOf: sourceWork,
    },
  });
  const reported = dossierClaim('ri-only-2016-2017-sanctions');
  const ld = jsonLd(reported.claim.id);
  expect(ld).not.toHaveProperty('text');
  expect(JSON.stringify(ld)).not.toContain('Quotation');
  expect(ld).toMatchObject({
    author: { name: reported.speaker.name },
    appearance: {
      text: reported.claim.quote.textQuoteSelector.exact,
      author: { '@type': 'Organization', name: reported.source.publisher },
    },
  });
});

test('with JavaScript off, a claim page shows the claim and its quote, and its links work', async () => {
  const view = dossierClaim('choe-kim-may-have-lost-will');
  const words = view.claim.quote.textQuoteSelector.exact;
  const { page, close } = await openPage(browser(), `${appUrl}claims/${view.claim.id}`, {
    javaScriptEnabled: false,
  });
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(view.claim.summary);
  expect(await page.locator('blockquote').first().textContent()).toBe(`“${words}”`);
  expect(await page.locator('mark').first().textContent()).toBe(words);
  await page.getByRole('link', { name: '← All claims' }).click();
  await page.waitForURL(appUrl);
  expect(await claimTable(page).getByRole('columnheader').count()).toBe(
    dossier.corpus.parties.length,
  );
  await close();
});

const hydrated = pages
  .filter((page) => page !== '404.html')
  .map((page) => page.replace(/(index)?\.html$/, ''));

test('every page but 404.html is checked for hydration', () => {
  const { sources, topics, parties } = dossier.corpus;
  expect(hydrated).toHaveLength(
    // and `/`, the timeline and the whole dossier's relations
    dossier.claims.length + sources.length + topics.length + parties.length + 3,
  );
});

// Each page its own case, several at once: most of a case is waiting on the browser.
test.concurrent.for(hydrated)(
  '/%s hydrates without a console warning or error',
  async (path, { expect }) => {
    const { page, problems, close } = await openPage(browser(), appUrl + path);
    // A working theme toggle shows React has taken over the prerendered markup.
    await page.getByRole('button', { name: /^Theme/ }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Theme/ }).textContent())
      .toBe('Theme: light');
    expect(problems, path).toEqual([]);
    await close();
  },
);

// The shell hydrates before the page, which may still wait for its data or code; a mark set then
// would let tests point at controls still inert. A slowed CPU widens the gap so it shows each time.
test.each([
  { page: 'the comparison', path: '', control: 'searchbox' as const, name: /^Search/ },
  { page: 'the timeline', path: 'timeline', control: 'checkbox' as const, name: 'Draw relations' },
])(
  '$page is marked ready only once its own controls work, on a slow CPU too',
  async ({ path, control, name }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto(appUrl + path);
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    expect(await page.getByRole(control, { name }).isEnabled()).toBe(true);
    await context.close();
  },
);

test.each([
  { path: 'claims/no-such-claim', heading: 'No such claim' },
  { path: 'no/such/page', heading: 'Page not found' },
])(
  'a static host serves 404.html for $path, and it shows the not-found view',
  async ({ path, heading }) => {
    const host = await serveStatic(outDir);
    try {
      const response = await fetch(host.url + path);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Page not found');
      const { page, problems, close } = await openPage(browser(), host.url + path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('link', { name: 'Back to the comparison of all claims' }).click();
      await page.waitForURL(host.url);
      // The one expected complaint: the 404 status of the page itself.
      expect(problems.filter((problem) => !problem.includes('status of 404'))).toEqual([]);
      await close();
    } finally {
      await host.close();
    }
  },
);

test('a cold claim page carries its first view’s data, and fetches the rest once, started by preload hints after its paint', async () => {
  const html = readFileSync(join(outDir, 'claims/lu-resolve-together.html'), 'utf8');
  const carried = Object.keys(
    JSON.parse(
      html.match(/<script type="application\/json" id="page-data">(.*?)<\/script>/s)?.[1] ?? '{}',
    ) as Record<string, string>,
  );
  const hinted = (readPageCode(html)?.preload ?? []).map((href) => unversioned(href.slice(1)));
  // Its own claim, the index and the source text come with it; every party's answer after.
  expect(carried.sort()).toEqual([
    'claims/lu-resolve-together.json',
    'index.json',
    `sources/${dossierClaim('lu-resolve-together').source.id}.txt`,
  ]);
  expect(hinted.length).toBeGreaterThan(0);
  expect(hinted.every((path) => /^data\/chunks\/\d+\.json$/.test(path))).toBe(true);

  const context = await browser().newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (isDataFile(request.url())) fetched.push(unversioned(request.url().slice(appUrl.length)));
  });
  await page.goto(`${appUrl}claims/lu-resolve-together`);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  // Chrome warns about a preload left unused a few seconds after load; give it the time.
  await page.waitForTimeout(3500);
  // Only what the page fills in after its first view, each file once: never what it carries,
  // the whole corpus, the filter tables or other claims.
  expect(fetched.sort()).toEqual(hinted.sort());
  expect(problems).toEqual([]);
  await context.close();
});

test('a source page carries its text where gzip finds it again: right after the markup that renders it', () => {
  const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
  expect(sourceFiles.length).toBeGreaterThan(0);
  for (const file of builtIn('sources')) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const json = html.match(
      /<script type="application\/json" id="page-data">(.*?)<\/script>/s,
    )?.[1];
    if (json === undefined) throw new Error(`${file} carries no data`);
    const carried = JSON.parse(json) as Record<string, string>;
    const textPath = Object.keys(carried).find((path) => path.endsWith('.txt'));
    if (textPath === undefined) throw new Error(`${file} does not carry its text`);
    const { [textPath]: text = '', ...rest } = carried;
    // The same page, serialized as the build does, with and without the carried text.
    const cost =
      gzipped(html.replace(json, scriptJson(carried))) -
      gzipped(html.replace(json, scriptJson(rest)));
    // gzip repeats what it saw in the last 32 KB for a few bytes: the text, already rendered
    // above, costs a fraction of itself (it cost all of it, some 1 KB more, behind the JSON).
    expect(cost, file).toBeLessThanOrEqual(gzipped(text) / 4);
  }
});
