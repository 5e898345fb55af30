/**
 * `npm run bench [-- --claims 10000 --runs 3]` — measures the app against floors, in one run:
 * initial JS/CSS beside a minimal Vite + React + react-query page built with the same tools;
 * Lighthouse 12.2.3 (mobile, simulated throttling, system Chromium; median of --runs) on the
 * home, a claim and a source page beside a static, script-free copy of the same claim page; and
 * the verifier on a synthetic corpus of --claims claims (wall time, peak memory). Prints the
 * table and writes it, with the machine, to docs/benchmarks.md.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { initialAssets } from './site/initial-assets.ts';
import { buildSite } from './site/build-site.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: { claims: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const runs = Number(values.runs);
mkdirSync('node_modules/.tmp', { recursive: true });
const work = mkdtempSync(join(process.cwd(), 'node_modules/.tmp/bench-'));
/** The report: one table per section, each row measured in this run. */
const sections: { title: string; header: string[]; rows: string[][] }[] = [];
const section = (title: string, ...header: string[]) => {
  sections.push({ title, header, rows: [] });
  console.log(`\n${title}\n${header.join(' | ')}`);
};
const row = (...cells: (string | number)[]) => {
  sections.at(-1)?.rows.push(cells.map(String));
  console.log(cells.join(' | '));
};
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const median = (numbers: number[]) =>
  [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;

try {
  // 1. Initial JS and CSS: the app beside the floor.
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
  process.env.NODE_ENV = 'production';
  await build({
    root: floorDir,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [react()],
    build: { outDir: join(floorDir, 'dist') },
  });
  const floor = initialAssets(join(floorDir, 'dist'));
  const appDir = join(work, 'app');
  await buildSite({ outDir: appDir });
  const app = initialAssets(appDir);
  section('Initial assets', 'measure', 'app', 'floor', 'app / floor', 'target');
  row(
    'Initial JS, gzipped',
    kb(app.jsBytes),
    kb(floor.jsBytes),
    (app.jsBytes / floor.jsBytes).toFixed(2),
    '≤ 1.20',
  );
  row('Initial CSS, gzipped', kb(app.cssBytes), kb(floor.cssBytes), '–', '–');

  // 2. Lighthouse on the prerendered pages, and on a static copy of a claim page (no scripts).
  const claimHtml = readFileSync(join(appDir, 'claims/lu-resolve-together.html'), 'utf8');
  writeFileSync(
    join(appDir, 'static-claim.html'),
    claimHtml
      .replace(/<script type="module"[^>]*><\/script>/g, '')
      .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, ''),
  );
  const server = await preview({
    logLevel: 'silent',
    build: { outDir: appDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const address = server.httpServer.address();
  const origin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}/` : '';
  const lighthouse = async (path: string) => {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const out = join(work, `lh-${i}.json`);
      await run(
        'npx',
        [
          '-y',
          'lighthouse@12.2.3',
          origin + path,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          '--only-categories=performance',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
      );
      const report = JSON.parse(readFileSync(out, 'utf8')) as {
        categories: { performance: { score: number } };
        audits: Record<string, { numericValue: number }>;
      };
      results.push({
        score: report.categories.performance.score * 100,
        lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
        cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      });
    }
    return {
      score: median(results.map((r) => r.score)),
      lcp: median(results.map((r) => r.lcp)),
      tbt: median(results.map((r) => r.tbt)),
      cls: median(results.map((r) => r.cls)),
    };
  };
  try {
    const staticPage = await lighthouse('static-claim.html');
    section(
      `Lighthouse 12.2.3, mobile, simulated throttling (median of ${runs})`,
      'page',
      'score',
      'LCP',
      'TBT',
      'CLS',
      'LCP / static',
      'target',
    );
    const pages = [
      ['Home, dossier', ''],
      ['Claim page, dossier', 'claims/lu-resolve-together'],
      ['Source page, dossier', 'sources/st-2019-03-02-kim-vows-to-meet-trump-again'],
    ] as const;
    for (const [name, path] of pages) {
      const result = await lighthouse(path);
      row(
        `Lighthouse: ${name}`,
        result.score,
        `${Math.round(result.lcp)} ms`,
        `${Math.round(result.tbt)} ms`,
        result.cls.toFixed(3),
        (result.lcp / staticPage.lcp).toFixed(2),
        'score 100; LCP ≤ 1.2 × static',
      );
    }
    row(
      'Lighthouse: static claim page (no JS)',
      staticPage.score,
      `${Math.round(staticPage.lcp)} ms`,
      `${Math.round(staticPage.tbt)} ms`,
      staticPage.cls.toFixed(3),
      '1.00',
      'the floor',
    );
  } finally {
    await server.close();
  }

  // 3. The verifier on a synthetic corpus.
  const synth = join(work, 'synth');
  await run('npx', [
    'tsx',
    'scripts/synth-corpus.ts',
    '--claims',
    values.claims,
    '--sources',
    String(Math.max(1, Math.round(Number(values.claims) / 10))),
    '--out',
    synth,
  ]);
  const timed = await new Promise<string>((resolve, reject) => {
    const child = spawn('/usr/bin/time', [
      '-f',
      '%e %M',
      'npx',
      'tsx',
      'scripts/corpus-check.ts',
      synth,
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(stderr.trim().split('\n').at(-1) ?? '') : reject(new Error(stderr)),
    );
  });
  const [seconds, kilobytes] = timed.split(' ').map(Number);
  section('Verifier', 'corpus', 'wall time', 'peak memory', 'target');
  row(
    `Verifier, ${values.claims} synthetic claims`,
    `${seconds?.toFixed(2)} s`,
    `${Math.round((kilobytes ?? 0) / 1024)} MB`,
    '≤ 5 s',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

const { stdout: chromium } = await run(process.env.CHROME_PATH ?? '/usr/bin/chromium', [
  '--version',
]).catch(() => ({ stdout: 'unknown' }));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium.trim()}`;
const tables = sections
  .map(({ title, header, rows }) =>
    [
      `## ${title}`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    ].join('\n'),
  )
  .join('\n\n');
mkdirSync('docs', { recursive: true });
writeFileSync(
  'docs/benchmarks.md',
  `# Benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}. Every row comes from the same run; compare ratios, not absolute times, across machines.\n\n${tables}\n\n${readFileSync('docs/benchmark-notes.md', 'utf8')}`,
);
console.log('\nWritten to docs/benchmarks.md');
