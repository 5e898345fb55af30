import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** The file's bytes, or `undefined` when it is gone (it may vanish between check and read). */
function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Options of {@link serveStatic}. */
export type StaticHostOptions = {
  /** The `Cache-Control` header for a served file (by its path under the root), if any. */
  cacheControl?: (file: string) => string | undefined;
};

/**
 * A static host as GitHub Pages or Netlify behave: a file, else `<path>.html`, else
 * `<path>/index.html`, else `404.html` with status 404. No single-page-app fallback. It keeps
 * the path of every request it answers, in order.
 */
export async function serveStatic(
  root: string,
  options: StaticHostOptions = {},
): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    requests.push(path);
    const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(root, p));
    const file = candidates.find(
      (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
    );
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    const body = readIfThere(served);
    if (!body) {
      // A site being rebuilt in place may lack the file, even its 404 page, for a moment: a
      // host then answers a bare 404, and never stops serving.
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const cacheControl = options.cacheControl?.(served.slice(root.length));
    response.writeHead(status, {
      'Content-Type': types[extname(served)] ?? 'application/octet-stream',
      ...(cacheControl ? { 'Cache-Control': cacheControl } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static host has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
