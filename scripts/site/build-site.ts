import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type LogLevel } from 'vite';
import type * as EntryServer from '../../src/entry-server.tsx';
import { pageDataId } from '../../src/app/page-data-id.ts';
import { urlPendingScript } from '../../src/comparison/url-pending.ts';
import { contentSecurityPolicy } from '../../src/sharing/content-policy.ts';
import { escapeHtml, scriptJson } from '../../src/sharing/head-tags.ts';
import type { PageRoute, Site } from '../../src/sharing/page-meta.ts';

/** Options of {@link buildSite}. */
export type BuildSiteOptions = {
  /** Deployed base path, with slashes at both ends. */
  base?: string;
  /** Public origin for canonical and preview URLs. */
  siteOrigin?: string;
  outDir?: string;
  logLevel?: LogLevel;
  /** Corpus folder to build (default `data`, or the CORPUS_DIR environment variable). */
  corpusDir?: string;
  /** Renders each claim's preview image (default true); tests of other things may skip it. */
  previewImages?: boolean;
};

const siteName = 'Hanoi summit 2019: who said what';

/**
 * Builds the site: the client bundle and compiled corpus (Vite), then every page prerendered
 * to static HTML that hydrates (home, each claim, each source, 404.html) with its own title,
 * description, canonical URL, Open Graph and Twitter tags, JSON-LD for claims, and a
 * 1200×630 preview image per claim.
 */
export async function buildSite({
  base = '/',
  siteOrigin = process.env.SITE_ORIGIN || 'http://localhost:4173',
  outDir = 'dist',
  logLevel = 'warn',
  corpusDir,
  previewImages = true,
}: BuildSiteOptions = {}): Promise<{ pages: number; images: number }> {
  const site: Site = { origin: siteOrigin, base, name: siteName };
  // Inside the project, so the prerendering bundle resolves its dependencies from node_modules.
  mkdirSync('node_modules/.tmp', { recursive: true });
  const ssrDir = mkdtempSync(join(process.cwd(), 'node_modules/.tmp/ssr-'));
  // Vitest (and some shells) set NODE_ENV, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  const corpusEnv = process.env.CORPUS_DIR;
  process.env.NODE_ENV = 'production';
  // vite.config.ts hands CORPUS_DIR to the corpus plugin.
  if (corpusDir !== undefined) process.env.CORPUS_DIR = corpusDir;
  try {
    const shared = { base, mode: 'production', logLevel } as const;
    const client = await build({ ...shared, build: { outDir, emptyOutDir: true } });
    const dataFolder = builtDataFolder(client);
    const pageCode = lazyPageCode(client, base);
    await build({
      ...shared,
      build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true },
    });
    const server = (await import(
      pathToFileURL(join(ssrDir, 'entry-server.js')).href
    )) as typeof EntryServer;
    return await prerenderSite(server, site, outDir, dataFolder, pageCode, previewImages);
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (corpusEnv === undefined) delete process.env.CORPUS_DIR;
    else process.env.CORPUS_DIR = corpusEnv;
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

async function prerenderSite(
  server: typeof EntryServer,
  site: Site,
  outDir: string,
  dataFolder: string,
  pageCode: LazyPageCode,
  previewImages: boolean,
) {
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  };
  const index = server.loadCorpus(JSON.parse(read('data/corpus.json')));
  // Every page reads the index and a chunk or two: each file is read from disk once.
  const readFiles = new Map<string, string | undefined>();
  server.readDataFilesWith(async (path) => {
    if (!readFiles.has(path)) {
      let text: string | undefined;
      try {
        text = read(`${dataFolder}${path}`);
      } catch {
        text = undefined;
      }
      readFiles.set(path, text);
    }
    return readFiles.get(path);
  });
  const template = read('index.html');
  // Imported only now that NODE_ENV is 'production': React must load in the same mode as the
  // server renderer, or their internals do not match.
  const { renderClaimPreviewImages, sitePreviewImage } = await import('./preview-image.ts');
  // `claims/<id>.html` answers `/claims/<id>` on static hosts and in `vite preview` alike.
  const routes: { route: PageRoute; path: string; file: string }[] = [
    { route: { kind: 'home' }, path: '', file: 'index.html' },
    ...index.claims.map((view) => ({
      route: { kind: 'claim' as const, view },
      path: `claims/${view.claim.id}`,
      file: `claims/${view.claim.id}.html`,
    })),
    ...index.corpus.sources.map((source) => ({
      route: { kind: 'source' as const, source },
      path: `sources/${source.id}`,
      file: `sources/${source.id}.html`,
    })),
    { route: { kind: 'not-found' }, path: '404.html', file: '404.html' },
  ];
  for (const { route, path, file } of routes) {
    const fullPath = `${site.base}${path}`;
    const { html, embedded, deferred } = await server.renderPage(fullPath);
    const meta = server.pageMeta(route, index, site);
    const jsonLd = route.kind === 'claim' ? server.claimJsonLd(route.view, site) : undefined;
    // The page carries its first view's data; the parts it fills in after start loading with it.
    const preload = deferred.map((dataFile) => `${dataFolder}${dataFile}`);
    const code = route.kind === 'claim' || route.kind === 'source' ? pageCode[route.kind] : [];
    const headHtml = [
      server.headTags(meta, site, jsonLd, preload),
      ...code.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}" />`),
    ].join('\n    ');
    const pageData = `<script type="application/json" id="${pageDataId}">${scriptJson(embedded)}</script>`;
    write(
      file,
      fillTemplate(template, {
        head: headHtml,
        body: html,
        path: fullPath,
        after: pageData,
        inlineScript: route.kind === 'home' ? urlPendingScript : undefined,
      }),
    );
  }
  const claimImages = previewImages ? index.claims : [];
  await renderClaimPreviewImages(claimImages, site.name, (claimId, png) =>
    write(server.claimImagePath(claimId), png),
  );
  const parties = index.corpus.parties;
  write(
    server.siteImagePath,
    await sitePreviewImage(
      site.name,
      `${parties.map((party) => party.name).join(' · ')}: ${index.claims.length} claims side by side, each tied to the source's exact words.`,
      parties.map((party) => party.id),
    ),
  );
  return { pages: routes.length, images: claimImages.length + 1 };
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

/** What goes into the built index.html for one page. */
type PageParts = {
  /** The page's head tags. */
  head: string;
  /** The prerendered app. */
  body: string;
  /** The address it was rendered for, with the base. */
  path: string;
  /** What follows the app's root element: the page's data. */
  after: string;
  /** The one inline script the content policy allows, for the pages that need it. */
  inlineScript?: string;
};

/** Puts a page's head tags, prerendered body and data into the built index.html. */
function fillTemplate(
  template: string,
  { head, body, path, after, inlineScript }: PageParts,
): string {
  const start = template.indexOf('<!--page-head-->');
  const end = template.indexOf('<!--/page-head-->');
  if (start === -1 || end === -1 || !template.includes('<div id="root"></div>')) {
    throw new Error('index.html lacks the <!--page-head--> markers or an empty #root');
  }
  const charset = '<meta charset="UTF-8" />';
  if (!template.includes(charset)) throw new Error(`index.html lacks ${charset}`);
  const policy = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
  return (
    (template.slice(0, start) + head + template.slice(end + '<!--/page-head-->'.length))
      // The policy first, before anything it governs; then the inline script, before any paint.
      .replace(
        charset,
        [charset, policy, ...(inlineScript ? [`<script>${inlineScript}</script>`] : [])].join(
          '\n    ',
        ),
      )
      .replace(
        '<div id="root"></div>',
        `<div id="root" data-prerendered-path="${escapeHtml(path)}">${body}</div>\n    ${after}`,
      )
  );
}

/** The module files each lazily loaded page runs, under the base: to preload on its pages. */
type LazyPageCode = Record<'claim' | 'source', string[]>;

/**
 * Finds the chunks of the claim and source pages in the client build, with the chunks they
 * import, so their prerendered pages can fetch them alongside the entry and hydrate as soon
 * as it has run.
 */
function lazyPageCode(output: Awaited<ReturnType<typeof build>>, base: string): LazyPageCode {
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
  return {
    claim: withImports('src/claims/claim-page.tsx'),
    source: withImports('src/sources/source-page.tsx'),
  };
}
