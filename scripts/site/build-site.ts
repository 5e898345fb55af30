import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type LogLevel } from 'vite';
import type * as EntryServer from '../../src/entry-server.tsx';
import type { Site } from '../../src/sharing/page-meta.ts';
import { appViteConfig } from './app-vite-config.ts';
import { dossierInterfaceLanguage, type InterfaceLanguage } from './interface-words.ts';
import { headTags, policyTags, rootTags, startTags } from './page-tags.ts';
import { renderClaimPreviewImages, sitePreviewImage } from './preview-image.ts';
import { robotsTxt, sitemapFiles } from './sitemap.ts';
import { feedFiles, feedPaths } from './feeds.ts';
import { publishedRecordFile, publishedRecordSchema } from '../corpus/published-record.ts';
import { themeScript } from '../../src/app/theme-script.ts';
import { facetsFile, indexFile, isChunkFile, searchFile } from '../../src/corpus/data-paths.ts';

/** Options of {@link buildSite}: every setting of a build (none is read from the environment). */
export type BuildSiteOptions = {
  /** Deployed base path, with slashes at both ends. */
  base?: string;
  /**
   * Public origin for canonical and preview URLs (default {@link defaultSiteOrigin}), and for
   * the permalinks the browser builds; without one, those use the page's own origin.
   */
  siteOrigin?: string;
  outDir?: string;
  logLevel?: LogLevel;
  /** Corpus folder to build (default `data`). */
  corpusDir?: string;
  /** Renders each claim's preview image (default true); tests of other things may skip it. */
  previewImages?: boolean;
  /** The language of the interface's words (default: the one serving the dossier's). */
  interfaceLanguage?: InterfaceLanguage;
  /** The site of several dossiers this one is built into (see `build-desk.ts`). */
  siteHome?: { name: string; path: string };
};

/** The origin of head tags when none is given: the start command's address. */
export const defaultSiteOrigin = 'http://localhost:4173';

/**
 * Builds the site: the client bundle and compiled corpus (Vite), then every page of the route
 * table (`src/app/routes.ts`) prerendered to static HTML that hydrates, with its own title,
 * description, canonical URL, Open Graph and Twitter tags and JSON-LD, and a 1200×630 preview
 * image per claim. Builds with different options can run at the same time in one process.
 */
export async function buildSite({
  base = '/',
  siteOrigin,
  outDir = 'dist',
  logLevel = 'warn',
  corpusDir,
  previewImages = true,
  interfaceLanguage,
  siteHome,
}: BuildSiteOptions = {}): Promise<{ pages: number; images: number }> {
  const origin = siteOrigin ?? defaultSiteOrigin;
  const language = interfaceLanguage ?? dossierInterfaceLanguage(corpusDir ?? 'data');
  const config = {
    ...appViteConfig({
      base,
      siteOrigin,
      prerenderOrigin: origin,
      corpusDir,
      production: true,
      interfaceLanguage: language,
      siteHome,
    }),
    logLevel,
  };
  // Inside the project, so the prerendering bundle resolves its dependencies from node_modules.
  mkdirSync('node_modules/.tmp', { recursive: true });
  const ssrDir = mkdtempSync(join(process.cwd(), 'node_modules/.tmp/ssr-'));
  try {
    const client = await build({
      ...config,
      build: { ...config.build, outDir, emptyOutDir: true },
    });
    await build({
      ...config,
      // React and the rest bundled in, built for production: the renderer depends on nothing
      // of the process it runs in.
      ssr: { ...config.ssr, noExternal: true },
      build: { ...config.build, ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true },
    });
    const server = (await import(
      pathToFileURL(join(ssrDir, 'entry-server.js')).href
    )) as typeof EntryServer;
    return await prerenderSite(server, {
      origin,
      base,
      outDir,
      dataFolder: builtDataFolder(client),
      pageCode: lazyPageCode(client, base, server.routes),
      previewImages,
      // Pseudo words are English ones, marked.
      interfaceLanguage: language === 'pseudo' ? 'en' : language,
      published: publishedInstants(corpusDir ?? 'data'),
    });
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

/**
 * When each claim of the corpus was first published, by id, from its `published.json`;
 * undefined when it has none, and so no feed (nothing is on record as published).
 */
function publishedInstants(corpusDir: string): Map<string, string> | undefined {
  const path = join(corpusDir, publishedRecordFile);
  if (!existsSync(path)) return undefined;
  // The build verified the corpus, and the record with it.
  const record = publishedRecordSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return new Map(Object.entries(record.claims).map(([id, claim]) => [id, claim.published]));
}

/** What the prerenderer needs besides the server bundle. */
type PrerenderSettings = {
  /** The public origin and base path; the site's name is the dossier's. */
  origin: string;
  base: string;
  outDir: string;
  /** Where the client build put the data files (`data/<version>/`). */
  dataFolder: string;
  pageCode: LazyPageCode;
  previewImages: boolean;
  /** The tag of the interface's language, which the preview images name languages in. */
  interfaceLanguage: string;
  /** When each claim was first published (`published.json`): none, no feeds. */
  published: ReadonlyMap<string, string> | undefined;
};

/** The file a router path is written to: `/claims/<id>` is `claims/<id>.html`. */
export function fileOf(path: string): string {
  if (path === '/') return 'index.html';
  const file = path.slice(1);
  return file.endsWith('.html') ? file : `${file}.html`;
}

/**
 * Draws the preview images, each written as it is drawn, then renders every page of the route
 * table, each written as it is done (`claims/<id>.html` answers `/claims/<id>` on static hosts
 * and in `vite preview` alike): nothing is held for the end.
 */
async function prerenderSite(
  server: typeof EntryServer,
  {
    origin,
    base,
    outDir,
    dataFolder,
    pageCode,
    previewImages,
    interfaceLanguage,
    published,
  }: PrerenderSettings,
) {
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  };
  const index = server.loadCorpus(JSON.parse(read('data/corpus.json')));
  const site: Site = { origin, base, name: server.siteName(index.corpus.dossier) };
  // The pages share the index and a chunk or two: those are read from disk once. The rest
  // (a claim's own file, a source text) is read for the page that needs it and let go.
  const shared = new Map<string, string | undefined>();
  const readDataFile = (path: string) => {
    try {
      return read(`${dataFolder}${path}`);
    } catch {
      return undefined;
    }
  };
  server.readDataFilesWith(async (path) => {
    const sharedByPages = [indexFile, facetsFile, searchFile].includes(path) || isChunkFile(path);
    if (!sharedByPages) return readDataFile(path);
    if (!shared.has(path)) shared.set(path, readDataFile(path));
    return shared.get(path);
  });
  // The images first, while this thread holds little: their worker threads' memory then
  // never adds to what the pages' rendering holds (see imagesPerWorker in preview-image.ts).
  const claimImages = previewImages ? index.claims : [];
  // Their words are the bundle's, in the build's language: the images are drawn outside Vite.
  await renderClaimPreviewImages(
    claimImages,
    site.name,
    (claimId, png) => write(server.claimImagePath(claimId), png),
    {
      words: {
        ...server.previewImageWords,
        reportLeadIn: server.reportLeadIn,
        formatLocale: server.formatLocale,
        quoted: server.quoted,
      },
      language: interfaceLanguage,
    },
  );
  write(
    server.siteImagePath,
    await sitePreviewImage(
      site.name,
      server.siteImageTagline(index),
      index.corpus.parties.map((party) => party.colour),
    ),
  );
  const siteUrl = `${site.origin}${site.base}`;
  // The feeds, and every page's links to them, when the corpus has a record of publication.
  const feed = published && server.feedOf(index, site, published);
  const feeds = feed && {
    title: feed.head.title,
    atom: `${siteUrl}${feedPaths.atom}`,
    json: `${siteUrl}${feedPaths.json}`,
  };
  for (const file of feed ? feedFiles(feed, siteUrl) : []) write(file.path, file.content);
  const { template, entry, entryModules } = withoutEntryScript(read('index.html'));
  let pages = 0;
  let images = claimImages.length + 1;
  // The canonical address of every page that has one, for the sitemap.
  const listed: string[] = [];
  for (const route of server.routes) {
    const { prerender } = route;
    if (!prerender) throw new Error(`the route ${route.name} says nothing of its prerendering`);
    for (const params of prerender.pages(index)) {
      const path = prerender.path(params);
      const head = prerender.head(params, index, site);
      if (!head) throw new Error(`the route ${route.name} has no head for ${path}`);
      if (head.meta.canonical) listed.push(head.meta.canonical);
      if (head.previewImage && previewImages) {
        const { path: imagePath, title, tagline, colours } = head.previewImage;
        write(imagePath, await sitePreviewImage(title, tagline, colours));
        images++;
      }
      const { html, embedded, deferred } = await server.renderPage(path);
      const fullPath = `${site.base}${path.slice(1)}`;
      write(
        fileOf(path),
        fillTemplate(template, {
          head: headTags({ head, site, language: index.corpus.dossier.language, feeds }),
          // The theme first, on every page; then the page's own, if it has one.
          policy: policyTags([themeScript, ...(head.inlineScript ? [head.inlineScript] : [])]),
          root: rootTags(fullPath, html, embedded),
          // The page carries its first view's data; its code, and the parts it fills in after,
          // load once it has painted.
          start: startTags({
            entry,
            modules: [...entryModules, ...(pageCode.get(route.name) ?? [])],
            preload: deferred.map((dataFile) => `${site.base}${dataFolder}${dataFile}`),
          }),
        }),
      );
      pages++;
    }
  }
  for (const file of sitemapFiles(listed, siteUrl)) write(file.path, file.content);
  write('robots.txt', robotsTxt(siteUrl));
  return { pages, images };
}

/**
 * The folder of the data files the client build reads, `data/<version>/`: found in the build's
 * output as the folder of its `index.json`.
 */
function builtDataFolder(output: Awaited<ReturnType<typeof build>>): string {
  const outputs = Array.isArray(output) ? output : [output];
  const folders = outputs.flatMap((one) =>
    'output' in one
      ? one.output.flatMap(
          (file) => /^(data\/[0-9a-f]+\/)index\.json$/.exec(file.fileName)?.[1] ?? [],
        )
      : [],
  );
  if (folders.length !== 1)
    throw new Error('the client build emitted no data/<version>/index.json');
  return folders[0] as string;
}

/**
 * The built index.html without the module script and module preloads Vite put in its head,
 * and their URLs: each page's start script loads them after its first paint instead.
 */
function withoutEntryScript(html: string): {
  template: string;
  entry: string;
  entryModules: string[];
} {
  const script = /\n?\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
  const preload = /\n?\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
  const found = [...html.matchAll(script)];
  const entry = found[0]?.[1];
  if (found.length !== 1 || entry === undefined) {
    throw new Error(`the built index.html has ${found.length} module scripts, not one entry`);
  }
  const entryModules = [...html.matchAll(preload)].map((match) => match[1] ?? '');
  const template = html.replace(script, '').replace(preload, '');
  if (/<script type="module"|rel="modulepreload"/.test(template)) {
    throw new Error('the built index.html loads modules in a form the prerenderer cannot move');
  }
  return { template, entry, entryModules };
}

/** What goes into the built index.html for one page, each part already rendered. */
type PageParts = {
  /** The page's head tags. */
  head: string;
  /** The content policy, and the page's inline script if it has one. */
  policy: string;
  /** The root element with the prerendered app, and the page's data after it. */
  root: string;
  /** The start script, last in the body. */
  start: string;
};

/** Puts a page's parts into the built index.html. */
function fillTemplate(template: string, { head, policy, root, start }: PageParts): string {
  const headStart = template.indexOf('<!--page-head-->');
  const end = template.indexOf('<!--/page-head-->');
  if (
    headStart === -1 ||
    end === -1 ||
    !template.includes('<div id="root"></div>') ||
    !template.includes('</body>')
  ) {
    throw new Error('index.html lacks the <!--page-head--> markers, an empty #root or </body>');
  }
  const charset = '<meta charset="UTF-8" />';
  if (!template.includes(charset)) throw new Error(`index.html lacks ${charset}`);
  return (
    (template.slice(0, headStart) + head + template.slice(end + '<!--/page-head-->'.length))
      // The policy first, before anything it governs; then the inline script, before any paint.
      .replace(charset, `${charset}\n    ${policy}`)
      .replace('<div id="root"></div>', root)
      .replace('</body>', `  ${start}\n  </body>`)
  );
}

/** The module files of each route whose page loads on demand, by route name, under the base. */
type LazyPageCode = ReadonlyMap<string, string[]>;

/**
 * Finds the chunks of the pages that load on demand in the client build, with the chunks they
 * import, so their prerendered pages can fetch them alongside the entry and hydrate as soon
 * as it has run.
 */
function lazyPageCode(
  output: Awaited<ReturnType<typeof build>>,
  base: string,
  routes: typeof EntryServer.routes,
): LazyPageCode {
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = outputs.flatMap((one) =>
    'output' in one ? one.output.flatMap((file) => (file.type === 'chunk' ? [file] : [])) : [],
  );
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const withImports = (moduleSuffix: string): string[] => {
    const root = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix));
    if (!root) throw new Error(`the client build has no chunk for ${moduleSuffix}`);
    const files = new Set<string>();
    const visit = (fileName: string) => {
      if (files.has(fileName)) return;
      const chunk = byName.get(fileName);
      if (!chunk || chunk.isEntry) return;
      files.add(fileName);
      for (const imported of chunk.imports) visit(imported);
    };
    visit(root.fileName);
    return [...files].map((fileName) => `${base}${fileName}`);
  };
  return new Map(
    routes.flatMap(({ name, prerender }) =>
      prerender?.codeModule ? [[name, withImports(prerender.codeModule)]] : [],
    ),
  );
}
