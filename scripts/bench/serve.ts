import { preview } from 'vite';

/**
 * Serves a built site with `vite preview`, as `npm start` does. It answers `/claims/<id>` with
 * `claims/<id>.html` and gzips text responses of 1 KB or more (JS, CSS, HTML, JSON) at zlib's
 * default level, as a static host would; images and fonts go as they are.
 */
export async function serveBuilt(outDir: string) {
  const server = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return { origin: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
