/**
 * `npm run author [-- <corpus folder>] [--port <n>]`: the author's workbench on this machine
 * (see `author/author-server.ts`), over `data/` or the folder given. Prints the address to
 * open, which holds this run's token.
 */
import { parseArgs } from 'node:util';
import { startAuthorServer } from './author/author-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' } },
});
const server = await startAuthorServer({
  dataDir: positionals[0] ?? 'data',
  port: values.port ? Number(values.port) : 4180,
});
if (server.recovered) console.log(`${server.recovered}\n`);
console.log(
  `The author's workbench, for this machine only:\n\n  ${server.url}\n\nStop it with Ctrl+C.`,
);
