import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { languageTag, prose, slug } from '../../src/corpus/schema.ts';

/**
 * A site of several dossiers (a claims desk), as its `site.yaml` says: its name and language,
 * and each dossier's folder and path on the site.
 *
 * ```yaml
 * name: The claims desk
 * language: en-GB
 * dossiers:
 *   - folder: ../../../data        # relative to this file
 *     formerlyAtRoot: true          # it was the whole site: its old addresses lead on
 *   - folder: ../second-dossier
 *     path: harbour-vote            # default: the dossier's id
 * ```
 */
export const deskSchema = z.strictObject({
  /** The site's name, the title of its home and of its feeds. */
  name: prose,
  /** The language of its home and feeds (a BCP 47 tag); the interface speaks it. */
  language: languageTag,
  dossiers: z
    .array(
      z.strictObject({
        /** The dossier's corpus folder, relative to `site.yaml`. */
        folder: z.string().check(z.minLength(1)),
        /** Its path on the site, under the base: by default its id. */
        path: z.optional(slug),
        /**
         * The dossier was the whole site before (built alone, at the base): each address it
         * published there now leads on to the same page under its path, and its feed entries
         * keep the ids they had.
         */
        formerlyAtRoot: z.optional(z.boolean()),
      }),
    )
    .check(z.minLength(1, 'must list at least one dossier')),
});

/** One dossier of the site, resolved: its folder, and its path. */
export type DeskDossier = { folder: string; path: string; formerlyAtRoot: boolean };

/** The site, resolved (see {@link deskSchema}). */
export type Desk = { name: string; language: string; dossiers: DeskDossier[] };

/** Reads and checks `site.yaml`; throws a readable message when it does not hold. */
export function readDesk(siteFile: string): Desk {
  const parsed = deskSchema.safeParse(parse(readFileSync(siteFile, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${siteFile} does not hold:\n${issues.join('\n')}`);
  }
  const root = dirname(resolve(siteFile));
  const dossiers = parsed.data.dossiers.map((one) => {
    const folder = resolve(root, one.folder);
    const { id } = parse(readFileSync(resolve(folder, 'dossier.yaml'), 'utf8')) as { id?: string };
    const path = one.path ?? id;
    if (!path) throw new Error(`${folder}/dossier.yaml has no id, and ${siteFile} gives no path`);
    return { folder, path, formerlyAtRoot: one.formerlyAtRoot ?? false };
  });
  const paths = dossiers.map((one) => one.path);
  const twice = paths.filter((path, i) => paths.indexOf(path) !== i);
  if (twice.length > 0) throw new Error(`${siteFile}: two dossiers at the path ${twice[0]}`);
  if (dossiers.filter((one) => one.formerlyAtRoot).length > 1)
    throw new Error(`${siteFile}: only one dossier can have been the whole site`);
  return { name: parsed.data.name, language: parsed.data.language, dossiers };
}
