/**
 * `npm run build:desk -- <site.yaml> [--out dist] [--jobs <n>] [--only <path>] [--merge]`
 * Builds a site of several dossiers (scripts/site/build-desk.ts). SITE_ORIGIN and BASE_PATH
 * work as for `npm run build`. `--only <path>` builds that dossier alone into the output
 * folder; `--merge` merges the dossiers already built there: the two steps of a CI matrix.
 */
import { parseArgs } from 'node:util';
import { buildDesk } from './site/build-desk.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    jobs: { type: 'string' },
    only: { type: 'string' },
    merge: { type: 'boolean' },
    'no-preview-images': { type: 'boolean' },
  },
});
const siteFile = positionals[0];
if (!siteFile) {
  console.error(
    'usage: npm run build:desk -- <site.yaml> [--out dist] [--jobs n] [--only path] [--merge]',
  );
  process.exit(1);
}
const started = performance.now();
const built = await buildDesk({
  siteFile,
  outDir: values.out ?? 'dist',
  base: process.env.BASE_PATH || '/',
  siteOrigin: process.env.SITE_ORIGIN || undefined,
  jobs: values.jobs ? Number(values.jobs) : undefined,
  only: values.only,
  mergeOnly: values.merge ?? false,
  previewImages: !values['no-preview-images'],
});
console.log(
  values.only
    ? `Built the dossier at ${values.only} in ${Math.round(performance.now() - started)} ms.`
    : `Built a site of ${built.dossiers} dossiers (${built.redirects} former addresses leading on) in ${Math.round(performance.now() - started)} ms.`,
);
