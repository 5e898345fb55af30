/**
 * Builds a site of several dossiers (a claims desk) from its `site.yaml` (desk-config.ts):
 * each dossier built alone, as `buildSite` builds one, under its own path, in parallel worker
 * processes; then merged into one static site: the home listing the events, newest first;
 * the sitemap index over every dossier's sitemaps; the site's feeds, every dossier's entries
 * together; and, for the dossier that was the whole site before, a page at each address it
 * published that leads on to the same page under its path.
 *
 * The two halves run apart too, for a CI matrix: `--only <path>` builds one dossier into the
 * output folder; `--merge` merges the dossiers already built there (README, "A site of several
 * dossiers").
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { build } from 'vite';
import type * as DeskEntry from '../../src/desk/desk-entry.tsx';
import type { DeskEvent } from '../../src/desk/desk-home.tsx';
import { parseCompiledCorpus, type CompiledCorpus } from '../../src/corpus/corpus-schema.ts';
import type { ClaimView, CorpusIndex } from '../../src/corpus/corpus-index.ts';
import type { Party, Speaker } from '../../src/corpus/schema.ts';
import { parseStatedAt } from '../../src/corpus/stated-at.ts';
import { themeScript } from '../../src/app/theme-script.ts';
import { defaultSiteOrigin } from './build-site.ts';
import { readDesk, type Desk, type DeskDossier } from './desk-config.ts';
import { feedFiles, feedPaths } from './feeds.ts';
import { forwardScript } from './forward-script.ts';
import {
  interfaceLanguageFor,
  interfaceWordsPlugin,
  type InterfaceLanguage,
} from './interface-words.ts';
import { headTags, policyTags } from './page-tags.ts';
import { sitePreviewImage } from './preview-image.ts';
import { robotsTxt, sitemapIndex, sitemapUrlLimit, urlset, xmlText } from './sitemap.ts';
import { feedEntryLimit, newestFirst, type FeedEntry } from '../../src/sharing/feed-entries.ts';

/** Options of {@link buildDesk}. */
export type BuildDeskOptions = {
  /** The site's `site.yaml`. */
  siteFile: string;
  outDir?: string;
  /** Deployed base path of the whole site, with slashes at both ends. */
  base?: string;
  /** Public origin for canonical, preview and feed URLs (default {@link defaultSiteOrigin}). */
  siteOrigin?: string;
  /** Dossiers built at once, each in a process of its own (default: one per core). */
  jobs?: number;
  previewImages?: boolean;
  /** Builds only the dossier at this path, into its folder of the output (a matrix's part). */
  only?: string;
  /** Merges the dossiers already built in the output folder, building none. */
  mergeOnly?: boolean;
};

/** What a desk build made. */
export type DeskBuilt = { dossiers: number; events: DeskEvent[]; redirects: number };

const childScript = fileURLToPath(new URL('./build-dossier-child.ts', import.meta.url));

/** Builds one dossier in a process of its own (`build-dossier-child.ts`). */
function buildInChild(settings: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', childScript, JSON.stringify(settings)],
      { stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`building ${JSON.stringify(settings)} failed (${code}):\n${stderr}`)),
    );
  });
}

/** Runs `work` on every item, at most `jobs` at once. */
async function inPool<T>(items: readonly T[], jobs: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
}

/** Builds the site of several dossiers (see the top of this file). */
export async function buildDesk({
  siteFile,
  outDir = 'dist',
  base = '/',
  siteOrigin,
  jobs = availableParallelism(),
  previewImages = true,
  only,
  mergeOnly = false,
}: BuildDeskOptions): Promise<DeskBuilt> {
  const desk = readDesk(siteFile);
  const origin = siteOrigin ?? defaultSiteOrigin;
  if (!mergeOnly) {
    const chosen = only ? desk.dossiers.filter((one) => one.path === only) : desk.dossiers;
    if (only && chosen.length === 0) throw new Error(`${siteFile} has no dossier at ${only}`);
    if (!only) {
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
    }
    await inPool(chosen, jobs, (dossier) =>
      buildInChild({
        corpusDir: dossier.folder,
        outDir: join(outDir, dossier.path),
        base: `${base}${dossier.path}/`,
        siteOrigin,
        previewImages,
        siteHome: { name: desk.name, path: base },
      }),
    );
    if (only) return { dossiers: 1, events: [], redirects: 0 };
  }
  return mergeDesk(desk, { outDir, base, origin, previewImages });
}

/** The dossier's compiled corpus, as its build wrote it. */
function builtCorpus(outDir: string, dossier: DeskDossier): CompiledCorpus {
  const path = join(outDir, dossier.path, 'data', 'corpus.json');
  if (!existsSync(path)) throw new Error(`the dossier at ${dossier.path} is not built: no ${path}`);
  return parseCompiledCorpus(JSON.parse(readFileSync(path, 'utf8')));
}

/** The desk's own prerendering bundle, in its interface language. */
async function deskServer(language: InterfaceLanguage): Promise<typeof DeskEntry> {
  mkdirSync('node_modules/.tmp', { recursive: true });
  const dir = mkdtempSync(join(process.cwd(), 'node_modules/.tmp/desk-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      // Production React, whatever NODE_ENV says (a test runner sets `test`), as appViteConfig.
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      oxc: { jsx: { development: false } },
      plugins: [interfaceWordsPlugin(language), react()],
      ssr: { noExternal: true, resolve: { conditions: ['module', 'node', 'production'] } },
      build: { ssr: 'src/desk/desk-entry.tsx', outDir: dir, emptyOutDir: true },
    });
    return (await import(pathToFileURL(join(dir, 'desk-entry.js')).href)) as typeof DeskEntry;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first day an event's dates allow, for the home's order (newest first). */
function eventStart(corpus: CompiledCorpus): string {
  const start = parseStatedAt(corpus.dossier.event.dates)?.start;
  return start
    ? `${start.year}-${String(start.month ?? 1).padStart(2, '0')}-${String(start.day ?? 1).padStart(2, '0')}`
    : '';
}

/** Every page a dossier's build wrote, as its router path (`/claims/<id>`), but its home. */
function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`data${sep}`))
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file !== 'index.html' && file !== '404.html')
    .map((file) => `/${file.replace(/\.html$/, '')}`);
}

/** Merges the built dossiers into one site (see the top of this file). */
async function mergeDesk(
  desk: Desk,
  {
    outDir,
    base,
    origin,
    previewImages,
  }: { outDir: string; base: string; origin: string; previewImages: boolean },
): Promise<DeskBuilt> {
  const siteUrl = new URL(base, origin).href;
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  };
  const language = (interfaceLanguageFor(desk.language) ?? 'en') as InterfaceLanguage;
  const server = await deskServer(language);
  const built = desk.dossiers
    .map((dossier) => ({ dossier, corpus: builtCorpus(outDir, dossier) }))
    .sort((a, b) => (eventStart(a.corpus) < eventStart(b.corpus) ? 1 : -1));

  const people = sharedPeople(built, server.indexCorpus);
  // The home: each event, newest first.
  const events: DeskEvent[] = built.map(({ dossier, corpus }) => {
    const { event, leadTopics, headline } = corpus.dossier;
    const lead = corpus.topics.find((topic) => topic.id === leadTopics[0]) ?? corpus.topics[0];
    return {
      href: `${base}${dossier.path}/`,
      name: event.name,
      dates: server.formatStatedAt(event.dates),
      place: event.place,
      headline,
      question: lead?.question ?? '',
      parties: corpus.parties,
      claims: corpus.claims.length,
      ...(corpus.dossier.language.split('-')[0] !== desk.language.split('-')[0]
        ? { language: corpus.dossier.language }
        : {}),
    };
  });
  const feeds = { atom: `${siteUrl}${feedPaths.atom}`, json: `${siteUrl}${feedPaths.json}` };
  const head = server.deskHead(
    desk.name,
    events.map((event) => event.name),
  );
  const imagePath = 'og/desk.png';
  if (previewImages) {
    write(
      imagePath,
      await sitePreviewImage(
        desk.name,
        head.description,
        built.flatMap(({ corpus }) => corpus.parties.map((party) => party.colour)).slice(0, 8),
      ),
    );
  }
  // The stylesheet every dossier's build carries (the same classes): the newest's.
  const newest = built[0];
  if (!newest) throw new Error('the site has no dossier');
  const stylesheet = /<link rel="stylesheet"[^>]*>/.exec(
    readFileSync(join(outDir, newest.dossier.path, 'index.html'), 'utf8'),
  )?.[0];
  if (!stylesheet) throw new Error(`the build of ${newest.dossier.path} has no stylesheet`);
  const formerRoot = built.find(({ dossier }) => dossier.formerlyAtRoot);
  const page = (headMarkup: string, body: string, forwardTo?: { to: string; ifSearch: boolean }) =>
    [
      '<!doctype html>',
      `<html lang="${xmlText(desk.language)}">`,
      '  <head>',
      '    <meta charset="UTF-8" />',
      `    ${policyTags([themeScript])}`,
      forwardTo
        ? `    ${renderToStaticMarkup(
            h(
              'script',
              {
                'data-to': forwardTo.to,
                ...(forwardTo.ifSearch ? { 'data-if-search': 'true' } : {}),
              },
              forwardScript,
            ),
          )}`
        : '',
      '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
      `    ${stylesheet}`,
      `    ${headMarkup}`,
      '  </head>',
      `  <body>${body}</body>`,
      '</html>',
      '',
    ]
      .filter(Boolean)
      .join('\n');
  const site = { origin, base, name: desk.name };
  /** The head of one of the site's own pages: its title and description, at its path. */
  const siteHeadTags = (about: { title: string; description: string }, path: string) =>
    headTags({
      head: {
        meta: {
          ...about,
          path,
          canonical: `${siteUrl}${path.slice(1)}`,
          type: 'website',
          image: {
            url: `${siteUrl}${previewImages ? imagePath : `${newest.dossier.path}/og/site.png`}`,
            width: 1200,
            height: 630,
            alt: head.description,
          },
        },
      },
      site,
      language: desk.language,
      feeds: { title: server.feedTitleOf(desk.name), ...feeds },
    });
  write(
    'index.html',
    page(
      siteHeadTags(head, '/'),
      server.renderDeskHome({
        siteName: desk.name,
        events,
        feeds,
        sharedSpeakers: [...people.values()]
          .filter((person) => person.events.length > 1)
          .map((person) => ({
            name: person.speaker.name,
            href: `${base}${speakerPagePath(person.speaker.id)}`,
            events: person.events.length,
          })),
      }),
      // The former whole site's filtered views (`/?party=…`) lead on to its comparison.
      formerRoot && { to: `${base}${formerRoot.dossier.path}/`, ifSearch: true },
    ),
  );

  // Each speaker's page, across the events they speak in.
  const speakerPages: string[] = [];
  for (const person of people.values()) {
    const views = person.events.map((event) => event.built);
    const claims = person.events.reduce((sum, event) => sum + event.views.length, 0);
    const path = speakerPagePath(person.speaker.id);
    const canonical = `${siteUrl}${path}`;
    const speakerHead = server.speakerHead(
      desk.name,
      person.speaker.name,
      claims,
      views.map(({ corpus }) => corpus.dossier.event.name),
    );
    write(
      `${path}.html`,
      page(
        siteHeadTags(speakerHead, `/${path}`),
        server.renderSpeakerPage({
          siteName: desk.name,
          home: base,
          speaker: person.speaker,
          events: person.events.map(({ built: one, party, views: said }) => ({
            base: `${base}${one.dossier.path}`,
            name: one.corpus.dossier.event.name,
            dates: server.formatStatedAt(one.corpus.dossier.event.dates),
            party,
            views: said,
          })),
        }),
      ),
    );
    speakerPages.push(canonical);
  }

  // The former whole site's addresses: each page leads on to its page under the dossier's path.
  let redirects = 0;
  if (formerRoot) {
    const from = join(outDir, formerRoot.dossier.path);
    for (const path of builtPages(from)) {
      const to = `${base}${formerRoot.dossier.path}${path}`;
      const canonical = new URL(to, origin).href;
      write(
        `${path.slice(1)}.html`,
        page(
          renderToStaticMarkup(h('title', null, canonical)) +
            renderToStaticMarkup(h('link', { rel: 'canonical', href: canonical })) +
            renderToStaticMarkup(h('meta', { httpEquiv: 'refresh', content: `0; url=${to}` })) +
            renderToStaticMarkup(h('meta', { name: 'robots', content: 'noindex' })),
          renderToStaticMarkup(h('main', null, h('p', null, h('a', { href: to }, canonical)))),
          { to, ifSearch: false },
        ),
      );
      redirects++;
    }
    // What people and tools link to keeps its address: the whole corpus, the archived texts,
    // the preview images.
    for (const kept of ['data/corpus.json', 'data/sources', 'og/claims']) {
      if (existsSync(join(from, kept)))
        cpSync(join(from, kept), join(outDir, kept), { recursive: true });
    }
  }
  // Unknown addresses: the newest dossier's page for them.
  cpSync(join(outDir, newest.dossier.path, '404.html'), join(outDir, '404.html'));

  // The sitemap index: the site's own pages' sitemap, and every dossier's.
  const homeSitemap = 'sitemap-site.xml';
  write(homeSitemap, urlset([siteUrl, ...speakerPages]));
  const sitemaps = [`${siteUrl}${homeSitemap}`];
  for (const { dossier } of built) {
    const own = readFileSync(join(outDir, dossier.path, 'sitemap.xml'), 'utf8');
    // A dossier's index is flattened: a sitemap index lists sitemaps, never other indexes.
    const parts = own.includes('<sitemapindex')
      ? [...own.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '')
      : [`${siteUrl}${dossier.path}/sitemap.xml`];
    for (const part of parts) sitemaps.push(part);
  }
  if (sitemaps.length > sitemapUrlLimit) throw new Error('more sitemaps than an index may list');
  write('sitemap.xml', sitemapIndex(sitemaps));
  write('robots.txt', robotsTxt(siteUrl));

  // The site's feeds: every dossier's entries, newest first; the former whole site's keep
  // the ids they were published with.
  const entries: FeedEntry[] = built.flatMap(({ dossier, corpus }) =>
    feedEntriesOf(outDir, dossier, corpus, siteUrl),
  );
  entries.sort(newestFirst);
  for (const file of feedFiles(
    {
      head: {
        title: server.feedTitleOf(desk.name),
        subtitle: head.description,
        home: siteUrl,
        language: desk.language,
        author: desk.name,
      },
      entries: entries.slice(0, feedEntryLimit),
    },
    siteUrl,
  )) {
    write(file.path, file.content);
  }
  return { dossiers: built.length, events, redirects };
}

/** Where a speaker's page across events is, under the base. */
export const speakerPagePath = (id: string) => `speakers/${id}`;

/** A dossier as built: its settings and its compiled corpus. */
export type Built = { dossier: DeskDossier; corpus: CompiledCorpus };

/** A speaker of the site, with each event they speak in (newest first) and what they said. */
type Person = {
  speaker: Speaker;
  events: { built: Built; party: Party; views: ClaimView[] }[];
};

/**
 * The site's speakers, by id: the same id is the same person in every dossier, so a speaker
 * (and a party) must have the same name wherever the id is used, and a speaker the same party.
 * Throws, naming each clash, when they do not.
 */
export function sharedPeople(
  built: readonly Built[],
  index: (corpus: CompiledCorpus) => CorpusIndex,
): Map<string, Person> {
  const people = new Map<string, Person>();
  const parties = new Map<string, { party: Party; where: string }>();
  const clashes: string[] = [];
  for (const one of built) {
    const where = one.dossier.path;
    for (const party of one.corpus.parties) {
      const seen = parties.get(party.id);
      if (seen && seen.party.name !== party.name)
        clashes.push(
          `party ${party.id} is "${seen.party.name}" in ${seen.where} and "${party.name}" in ${where}`,
        );
      if (!seen) parties.set(party.id, { party, where });
    }
    const views = new Map<string, ClaimView[]>();
    for (const view of index(one.corpus).claims) {
      const list = views.get(view.speaker.id) ?? [];
      list.push(view);
      views.set(view.speaker.id, list);
    }
    for (const speaker of one.corpus.speakers) {
      const said = views.get(speaker.id) ?? [];
      const party = one.corpus.parties.find((each) => each.id === speaker.party);
      if (said.length === 0 || !party) continue;
      const person = people.get(speaker.id);
      const first = person?.events[0];
      if (person && first) {
        if (person.speaker.name !== speaker.name)
          clashes.push(
            `speaker ${speaker.id} is "${person.speaker.name}" in ${first.built.dossier.path} and "${speaker.name}" in ${where}`,
          );
        if (person.speaker.party !== speaker.party)
          clashes.push(
            `speaker ${speaker.id} is of party ${person.speaker.party} in ${first.built.dossier.path} and of ${speaker.party} in ${where}`,
          );
        person.events.push({ built: one, party, views: said });
      } else {
        people.set(speaker.id, { speaker, events: [{ built: one, party, views: said }] });
      }
    }
  }
  if (clashes.length > 0)
    throw new Error(
      `The dossiers share ids for different people or parties:\n${clashes.join('\n')}`,
    );
  return people;
}

/** A dossier's feed entries, read back from its JSON feed, filed under its event too. */
function feedEntriesOf(
  outDir: string,
  dossier: DeskDossier,
  corpus: CompiledCorpus,
  siteUrl: string,
): FeedEntry[] {
  const path = join(outDir, dossier.path, feedPaths.json);
  if (!existsSync(path)) return [];
  const feed = JSON.parse(readFileSync(path, 'utf8')) as {
    items: {
      id: string;
      url: string;
      title: string;
      content_text: string;
      date_published: string;
      tags?: string[];
    }[];
  };
  const under = `${siteUrl}${dossier.path}/`;
  return feed.items.map((item) => ({
    id:
      dossier.formerlyAtRoot && item.id.startsWith(under)
        ? `${siteUrl}${item.id.slice(under.length)}`
        : item.id,
    url: item.url,
    title: item.title,
    text: item.content_text,
    published: item.date_published,
    categories: [
      { term: `event:${corpus.dossier.id}`, label: corpus.dossier.event.name },
      ...(item.tags ?? []).map((tag) => ({ term: tag, label: tag })),
    ],
  }));
}
