/**
 * `export --format json|csv|annotations|bibtex|citations [--out <file>]
 *    [--site-origin https://example.org] [--base /] [--accessed YYYY-MM-DD] [<corpus folder>]`
 * Verifies the corpus (default `data/`) and writes the whole of it in one export format, to
 * the file named by --out or to standard output. Permalinks and archived-text addresses are
 * built from --site-origin (default http://localhost:4173, the preview server) and --base.
 * Citations give --accessed (default: today) as the day the permalinks were read. Fails, with
 * every problem listed, when the corpus does not verify or the options are wrong.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { parsePartialDate } from '../../src/corpus/stated-at.ts';
import { citeBibtex, citePlainText } from '../../src/exports/cite-claim.ts';
import { claimsToCsv } from '../../src/exports/export-csv.ts';
import { toJsonText } from '../../src/exports/export-json.ts';
import { claimsToAnnotationCollection } from '../../src/exports/export-web-annotation.ts';
import { isoDate } from '../../src/lib/iso-date.ts';
import { verifyFolder } from '../corpus/verify-folder.ts';
import type { Output } from './output.ts';

const usage =
  'Usage: tsx scripts/export.ts --format json|csv|annotations|bibtex|citations [--out <file>] [--site-origin <url>] [--base <path>] [--accessed YYYY-MM-DD] [<corpus folder>]';
const formats = ['json', 'csv', 'annotations', 'bibtex', 'citations'] as const;
type Format = (typeof formats)[number];

/** A mistake in the command: a one-line reason, printed with the usage, exit 1, no stack. */
class UsageError extends Error {}

/** The origin alone; a path would be silently lost, so it must come through --base instead. */
function parseOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    const http = url.protocol === 'http:' || url.protocol === 'https:';
    return http && url.pathname === '/' && !url.search && !url.hash ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The options of a command line, checked; throws {@link UsageError} for a wrong one. */
function parseOptions(args: string[], today: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        'site-origin': { type: 'string', default: 'http://localhost:4173' },
        base: { type: 'string', default: '/' },
        accessed: { type: 'string', default: today },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = formats.find((name) => name === values.format);
  if (!format) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  if (positionals.length > 1) {
    throw new UsageError(`expected at most one corpus folder, got ${positionals.length}`);
  }
  const origin = parseOrigin(values['site-origin']);
  if (!origin) {
    throw new UsageError(
      '--site-origin must be an http(s) origin such as https://example.org (a path goes in --base)',
    );
  }
  const accessed = values.accessed;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(accessed) || !parsePartialDate(accessed)) {
    throw new UsageError('--accessed must be a real date as YYYY-MM-DD');
  }
  // The base path as Vite takes it: one slash at each end, so `${base}claims/<id>` is right.
  const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return {
    format,
    out: values.out,
    origin,
    base,
    accessed,
    dir: resolve(positionals[0] ?? 'data'),
  };
}

/**
 * Runs `export` with its arguments, writing to `output` (or the --out file); returns the exit
 * code. `today` is the default access date of citations.
 */
export function exportCommand(
  args: string[],
  output: Output,
  today: string = isoDate(new Date()),
): number {
  let options;
  try {
    options = parseOptions(args, today);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`${error.message}\n${usage}\n`);
    return 1;
  }
  const { format, origin, base, accessed, dir } = options;
  const verified = verifyFolder(dir, 'exported', output);
  if (!verified) return 1;
  const { corpus } = verified;
  const index = indexCorpus(corpus);
  const permalinkOf = (claimId: string) => `${origin}${base}claims/${encodeURIComponent(claimId)}`;
  const exporters: Record<Format, () => string> = {
    json: () => toJsonText(corpus),
    csv: () => claimsToCsv(index.claims, { permalinkOf, relationsByClaim: index.relationsByClaim }),
    annotations: () =>
      `${JSON.stringify(
        claimsToAnnotationCollection(index.claims, {
          permalinkOf,
          relationsByClaim: index.relationsByClaim,
          sourceTextUrlOf: (source) => `${origin}${base}data/${source.textPath}`,
          label: `Claims of the corpus at ${origin}${base}, anchored in their archived sources`,
          language: corpus.dossier.language,
        }),
        null,
        2,
      )}\n`,
    bibtex: () =>
      index.claims.map((view) => citeBibtex(view, permalinkOf(view.claim.id), accessed)).join('\n'),
    citations: () =>
      index.claims
        .map((view) => `${citePlainText(view, permalinkOf(view.claim.id), accessed)}\n`)
        .join(''),
  };
  const text = exporters[format]();
  if (options.out) {
    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    output.err(`Wrote the ${format} export of ${index.claims.length} claims to ${out}\n`);
  } else {
    output.out(text);
  }
  return 0;
}
