import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFloor } from '../../scripts/bench/floor.ts';
import { writeSyntheticCorpus } from '../../scripts/corpus/synth-corpus.ts';
import { findChromium, launchChromiumServer } from '../../scripts/tooling/chromium.ts';
import { serveBuild, serveDesk } from '../../scripts/tooling/serve-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served production build, ending in `/`. */
    appUrl: string;
    /** Folder of that build, for checks over its files. */
    appOutDir: string;
    /** Address of a second build deployed under the sub-path `/dossiers/hanoi/`. */
    subPathUrl: string;
    /** Address and folder of a build of a synthetic corpus of {@link synthClaims} claims. */
    synthUrl: string;
    synthOutDir: string;
    /** Address of a build of the hostile fixture corpus (tests/fixtures/hostile-corpus). */
    hostileUrl: string;
    /**
     * Address and folder of a build of another dossier (tests/fixtures/second-dossier), with
     * its preview images, deployed under {@link secondDossierBase}.
     */
    secondUrl: string;
    secondOutDir: string;
    /**
     * Address and folder of a build of the invented multilingual dossier
     * (tests/fixtures/multilingual), with its preview images.
     */
    multilingualUrl: string;
    multilingualOutDir: string;
    /**
     * Addresses and folders of builds of the bundled dossier and of the multilingual one with
     * every interface word wrapped in `⟦ ⟧` (the `pseudo` interface language).
     */
    pseudoUrl: string;
    pseudoOutDir: string;
    pseudoMultilingualUrl: string;
    pseudoMultilingualOutDir: string;
    /**
     * Address and folder of a build of the invented dossier in French (tests/fixtures/french),
     * with its preview images: its interface is in French.
     */
    frenchUrl: string;
    frenchOutDir: string;
    /**
     * Address and folder of a site of three dossiers (tests/fixtures/desk/site.yaml): the
     * bundled one, which was the whole site before, and two invented ones.
     */
    deskUrl: string;
    deskOutDir: string;
    /** Initial JavaScript of the floor, gzipped: the least a page of this stack ships. */
    floorJsBytes: number;
    /** Where the one Chromium every test file connects to listens (see browser-session.ts). */
    browserEndpoint: string;
  }
}

/**
 * Size of the synthetic corpus the scale tests run on: 30 pages of the comparison. The bench
 * runs the same tests' measures at 10,000 claims; here it is kept to what CI builds quickly.
 */
export const synthClaims = 1500;

/** The folder of the second dossier, an invented event, and the sub-path its build is served at. */
export const secondDossierDir = 'tests/fixtures/second-dossier';
export const secondDossierBase = '/harbour-vote/';

/** The folder of the invented dossier in Korean, Chinese and English. */
export const multilingualDir = 'tests/fixtures/multilingual';

/** The `site.yaml` of the site of three dossiers. */
export const deskSiteFile = 'tests/fixtures/desk/site.yaml';

/** The folder of the invented dossier in French. */
export const frenchDir = 'tests/fixtures/french';

/**
 * Builds and serves the app once for the whole end-to-end project: nine builds, a site of three dossiers and the floor,
 * at once.
 */
export default async function setup(project: TestProject) {
  findChromium(); // fail fast, before a build, when there is no browser
  const corpusDir = mkdtempSync(join(tmpdir(), 'hanoi-claims-synth-'));
  writeSyntheticCorpus({ claims: synthClaims, sources: synthClaims / 10, seed: 1, out: corpusDir });
  // Each build takes its settings as arguments, so they all run side by side.
  // The floor's build needs the app's packages: it is built under node_modules.
  const work = join(process.cwd(), 'node_modules', '.tmp');
  mkdirSync(work, { recursive: true }); // not there yet on a fresh clone
  const floorDir = mkdtempSync(join(work, 'floor-'));
  const [
    root,
    subPath,
    synth,
    hostile,
    second,
    multilingual,
    pseudo,
    pseudoMultilingual,
    french,
    desk,
    floor,
  ] = await Promise.all([
    serveBuild(),
    // Only the root build's preview images are checked.
    serveBuild({ base: '/dossiers/hanoi/', previewImages: false }),
    serveBuild({ corpusDir, previewImages: false }),
    serveBuild({ corpusDir: 'tests/fixtures/hostile-corpus', previewImages: false }),
    serveBuild({ corpusDir: secondDossierDir, base: secondDossierBase }),
    serveBuild({ corpusDir: multilingualDir }),
    serveBuild({ previewImages: false, interfaceLanguage: 'pseudo' }),
    serveBuild({ corpusDir: multilingualDir, previewImages: false, interfaceLanguage: 'pseudo' }),
    serveBuild({ corpusDir: frenchDir }),
    serveDesk(deskSiteFile),
    buildFloor(floorDir),
  ]);
  rmSync(floorDir, { recursive: true, force: true });
  project.provide('appUrl', root.url);
  project.provide('appOutDir', root.outDir);
  project.provide('subPathUrl', subPath.url);
  project.provide('synthUrl', synth.url);
  project.provide('synthOutDir', synth.outDir);
  project.provide('hostileUrl', hostile.url);
  project.provide('secondUrl', second.url);
  project.provide('secondOutDir', second.outDir);
  project.provide('multilingualUrl', multilingual.url);
  project.provide('multilingualOutDir', multilingual.outDir);
  project.provide('pseudoUrl', pseudo.url);
  project.provide('pseudoOutDir', pseudo.outDir);
  project.provide('pseudoMultilingualUrl', pseudoMultilingual.url);
  project.provide('pseudoMultilingualOutDir', pseudoMultilingual.outDir);
  project.provide('frenchUrl', french.url);
  project.provide('frenchOutDir', french.outDir);
  project.provide('deskUrl', desk.url);
  project.provide('deskOutDir', desk.outDir);
  project.provide('floorJsBytes', floor.jsBytes);
  const browser = await launchChromiumServer();
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await root.close();
    await subPath.close();
    await synth.close();
    await hostile.close();
    await second.close();
    await multilingual.close();
    await pseudo.close();
    await pseudoMultilingual.close();
    await french.close();
    await desk.close();
    rmSync(corpusDir, { recursive: true, force: true });
  };
}
