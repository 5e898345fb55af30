import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPageCode } from './page-tags.ts';

/**
 * The JavaScript and CSS a built page loads before its first render (its module script and
 * module preloads, named in its HTML or in its start script's attributes, and its stylesheets)
 * and their gzipped sizes (level 9).
 */
export function initialAssets(outDir: string, { base = '/', htmlFile = 'index.html' } = {}) {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const find = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
  const gzipped = (paths: string[]) =>
    paths.reduce(
      (sum, path) =>
        sum +
        gzipSync(
          readFileSync(join(outDir, path.startsWith(base) ? path.slice(base.length) : path)),
          {
            level: 9,
          },
        ).length,
      0,
    );
  const started = readPageCode(html);
  const scripts = [
    ...find(/<script type="module"[^>]*src="([^"]+)"/g),
    ...find(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...(started ? [started.entry, ...started.modules] : []),
  ];
  const styles = find(/<link rel="stylesheet"[^>]*href="([^"]+)"/g);
  return { scripts, styles, jsBytes: gzipped(scripts), cssBytes: gzipped(styles) };
}
