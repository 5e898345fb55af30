import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { initialAssets } from '../site/initial-assets.ts';

/** How much more initial JavaScript than the floor `/` may load (the test and the bench check it). */
export const floorRatioBudget = 1.2;

/**
 * Builds the floor, the least a page of this stack can ship: React, react-dom and TanStack
 * Query rendering one fetched value, built by the same Vite in production mode. Returns its
 * initial assets, measured as the app's are.
 */
export async function buildFloor(work: string) {
  const floorDir = join(work, 'floor');
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(
    join(floorDir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>floor</title></head><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(floorDir, 'main.tsx'),
    `import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
function Page() {
  const data = useQuery({ queryKey: ['x'], queryFn: () => fetch('/x.json').then((r) => r.json()) });
  return <p>{data.isPending ? 'Loading' : JSON.stringify(data.data)}</p>;
}
createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}><Page /></QueryClientProvider>,
);
`,
  );
  // Production settings as arguments, as the app's builds take them (see app-vite-config.ts),
  // rather than through NODE_ENV: the floor builds beside the app's builds in one process.
  await build({
    root: floorDir,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { development: false } },
    resolve: { conditions: ['module', 'browser', 'production'] },
    plugins: [react()],
    build: { outDir: join(floorDir, 'dist') },
  });
  return initialAssets(join(floorDir, 'dist'));
}
