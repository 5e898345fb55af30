import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The type of the archived source texts and `robots.txt`. Without the charset a browser reads
 * a text file as Windows-1252, and a source's '•' shows as 'â€¢'.
 */
export const plainTextType = 'text/plain; charset=utf-8';

/** A request's path, decoded, without its search; undefined when its encoding is broken. */
function pathOf(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent((url ?? '/').replace(/[?#].*$/s, ''));
  } catch {
    return undefined;
  }
}

/** Whether a path (under the base) names a file of the built site, and not one outside it. */
function isBuiltFile(outDir: string, path: string): boolean {
  const file = resolve(join(outDir, path));
  const inside = relative(outDir, file);
  return !inside.startsWith(`..${sep}`) && inside !== '..' && existsSync(file);
}

/**
 * `vite preview` (and so `npm start`) as a static host serves the build: a file as it is, a
 * page's address (`/claims/<id>`) with its prerendered `claims/<id>.html`, and any other
 * address with HTTP 404 and `404.html`. Vite's single-page fallback would answer a wrong
 * address with 200 and the home page, which a reader without JavaScript takes for the page
 * asked for. Text files are said to be UTF-8. The dev server keeps Vite's fallback: it has no
 * prerendered pages.
 */
export function staticHostPreview(): Plugin {
  return {
    name: 'claims:static-host-preview',
    // `mpa`: Vite maps `/claims/<id>` to `claims/<id>.html` and `/` to `index.html`, no further.
    config: (_config, env) => (env.isPreview ? { appType: 'mpa' } : undefined),
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const { base } = server.config;
      // Before the files are served: the file server keeps a type set beforehand.
      server.middlewares.use((req, res, next) => {
        if (pathOf(req.url)?.endsWith('.txt')) {
          res.setHeader('Content-Type', plainTextType);
          // Never read as anything but text: a saved page (`.html.txt`) must not run as HTML.
          res.setHeader('X-Content-Type-Options', 'nosniff');
        }
        next();
      });
      // After the files and Vite's mapping of addresses to pages, before Vite's empty 404.
      return () => {
        server.middlewares.use((req, res, next) => {
          const path = pathOf(req.url);
          if (path?.endsWith('.html') && isBuiltFile(outDir, path)) {
            next();
            return;
          }
          // A page's address with a slash after it: the page, at its one address.
          if (
            path &&
            path !== '/' &&
            path.endsWith('/') &&
            isBuiltFile(outDir, `${path.slice(0, -1)}.html`)
          ) {
            // As asked (still encoded), under the base Vite took off.
            const url = req.url ?? '';
            const end = url.search(/[?#]/) < 0 ? url.length : url.search(/[?#]/);
            res.writeHead(301, { Location: `${base}${url.slice(1, end - 1)}${url.slice(end)}` });
            res.end();
            return;
          }
          const notFound = join(outDir, '404.html');
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
        });
      };
    },
  };
}
