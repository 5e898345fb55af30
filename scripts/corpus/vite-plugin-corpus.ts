import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Plugin } from 'vite';
import { compiledFiles, readCorpusFolder, versionedFiles } from './corpus-files.ts';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { formatProblem } from './problem.ts';
import { escapeHtml, problemPage } from './problem-page.ts';
import { verifyCorpus, type VerifyResult } from './verify-corpus.ts';
import type { Dossier } from '../../src/corpus/schema.ts';
import { siteName } from '../../src/corpus/site-name.ts';

/** Where the compiled corpus lives under the app's base path. */
export const corpusOutputDir = 'data';

/** A corpus folder's dossier id, read from its `dossier.yaml` ('' when it has none yet). */
function dossierIdOf(dir: string): string {
  try {
    const { id } = parse(readFileSync(resolve(dir, 'dossier.yaml'), 'utf8')) as { id?: unknown };
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}

/**
 * Verifies and compiles the corpus folder. A build emits the files the app reads under
 * `data/<version>/`, the version being a hash of their contents that the client code is built
 * with (`import.meta.env.VITE_DATA_VERSION`), and the files people link to at stable
 * addresses: `data/corpus.json` and `data/sources/<id>.txt` (see {@link versionedFiles}). The
 * dev server serves the files from memory, unversioned and uncached, recompiled on change.
 * A corpus with problems fails the build and writes nothing; in the dev server and the
 * workbench, every page shows the verifier's messages instead of the app (problem-page.ts).
 */
export function corpusPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let published: ReturnType<typeof versionedFiles> | undefined;
  let dossier: Dossier | undefined;
  const folder = () => resolve(root, options.dir ?? 'data');
  const verify = () => verifyCorpus(readCorpusFolder(folder()));
  const compile = (result: VerifyResult = verify()) => {
    if (!result.ok) {
      const list = result.problems.map(formatProblem).join('\n\n');
      throw new Error(`The corpus has ${result.problems.length} problem(s):\n\n${list}`);
    }
    dossier = result.verified.corpus.dossier;
    return compiledFiles(result.verified);
  };

  return {
    name: 'claim-corpus',
    config(userConfig, env) {
      root = resolve(userConfig.root ?? process.cwd());
      // Every build and the dev server key their queries by the dossier (dossier-key.ts).
      const dossierId = JSON.stringify(dossierIdOf(folder()));
      // Only the client build fetches data files; the prerendering build reads them from disk.
      const client = env.command === 'build' && !env.isSsrBuild;
      if (env.command === 'serve') {
        // The dev server does not watch the corpus: each request compiles it afresh, and a
        // saved page archived there (`sources/<id>.html`) would otherwise be taken for one of
        // the app's pages and reload every open tab, racing the workbench's own navigation.
        return {
          define: { 'import.meta.env.VITE_DOSSIER_ID': dossierId },
          server: { watch: { ignored: [`${folder()}/**`] } },
        };
      }
      if (!client) return { define: { 'import.meta.env.VITE_DOSSIER_ID': dossierId } };
      published = versionedFiles(compile());
      return {
        define: {
          'import.meta.env.VITE_DATA_VERSION': JSON.stringify(published.version),
          'import.meta.env.VITE_DOSSIER_ID': dossierId,
        },
      };
    },
    // The page's language and, until the app or the prerenderer sets its own, its title and
    // description: the dossier's, as index.html names none.
    transformIndexHtml(html) {
      if (!dossier) {
        try {
          compile();
        } catch {
          // A corpus broken since the page was asked for: the next load lists its problems.
        }
      }
      if (!dossier) return html;
      return html
        .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(dossier.language)}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(siteName(dossier))}</title>`)
        .replace(
          /(<meta\s+name="description"\s+content=")[^"]*(")/,
          (_, start: string, end: string) => `${start}${escapeHtml(dossier?.intro ?? '')}${end}`,
        );
    },
    buildStart() {
      for (const [path, source] of published?.files ?? []) {
        this.emitFile({ type: 'asset', fileName: `${corpusOutputDir}/${path}`, source });
      }
    },
    configureServer(server) {
      // A page asked for while the corpus does not verify is the verifier's list of problems,
      // which asks `statusPath` for a change and reloads on one.
      const statusPath = `${server.config.base}__corpus-status`;
      const fingerprint = (result: VerifyResult) =>
        result.ok
          ? 'verified'
          : createHash('sha256').update(JSON.stringify(result.problems)).digest('hex');
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? '';
        if (url === statusPath) {
          response.setHeader('Cache-Control', 'no-store');
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(fingerprint(verify()));
          return;
        }
        if (!isPageRequest(request)) return next();
        const result = verify();
        if (result.ok) return next();
        response.statusCode = 500;
        response.setHeader('Cache-Control', 'no-store');
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(
          problemPage({
            folder: folder(),
            problems: result.problems,
            statusPath,
            fingerprint: fingerprint(result),
          }),
        );
      });
      server.middlewares.use((request, response, next) => {
        const prefix = `${server.config.base}${corpusOutputDir}/`;
        const url = request.url?.split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
        // Recompiled on every request: an edit shows on the next load, never a cached copy.
        response.setHeader('Cache-Control', 'no-store');
        let files;
        try {
          files = compile();
        } catch (error) {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(error instanceof Error ? error.message : String(error));
          return;
        }
        const file = files.get(decodeURIComponent(url.slice(prefix.length)));
        if (file === undefined) {
          response.statusCode = 404;
          response.end('Not in the compiled corpus');
          return;
        }
        const type = url.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
        response.setHeader('Content-Type', type);
        // Never read as anything but its type: a saved page (`.html.txt`) must not run as HTML.
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.end(file);
      });
    },
  };
}

/** Whether a request asks for a page (a browser's navigation), not a module, style or data. */
function isPageRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const destination = request.headers['sec-fetch-dest'];
  if (destination !== undefined) return destination === 'document';
  return /\btext\/html\b/.test(request.headers.accept ?? '');
}
