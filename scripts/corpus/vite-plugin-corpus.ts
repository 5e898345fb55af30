import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { compiledFiles, readCorpusFolder } from './corpus-files.ts';
import { formatProblem } from './problem.ts';
import { verifyCorpus } from './verify-corpus.ts';

/** Where the compiled corpus lives under the app's base path. */
export const corpusOutputDir = 'data';

/**
 * Verifies and compiles the corpus folder into `data/corpus.json` and `data/sources/<id>.txt`:
 * emitted as build assets, and served from memory by the dev server (recompiled on change).
 * A corpus with problems fails the build and writes nothing.
 */
export function corpusPlugin(options: { dir?: string } = {}): Plugin {
  let config: ResolvedConfig;
  const dir = () => resolve(config.root, options.dir ?? 'data');
  const compile = () => {
    const result = verifyCorpus(readCorpusFolder(dir()));
    if (!result.ok) {
      const list = result.problems.map(formatProblem).join('\n\n');
      throw new Error(`The corpus has ${result.problems.length} problem(s):\n\n${list}`);
    }
    return compiledFiles(result.verified);
  };

  return {
    name: 'claim-corpus',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      if (config.command !== 'build' || config.build.ssr) return;
      for (const [path, source] of compile()) {
        this.emitFile({ type: 'asset', fileName: `${corpusOutputDir}/${path}`, source });
      }
    },
    configureServer(server) {
      server.watcher.add(dir());
      server.middlewares.use((request, response, next) => {
        const prefix = `${config.base}${corpusOutputDir}/`;
        const url = request.url?.split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
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
        response.end(file);
      });
    },
  };
}
