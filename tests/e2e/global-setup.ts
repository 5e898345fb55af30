import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';
import { serveBuild } from './serve-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served production build, ending in `/`. */
    appUrl: string;
    /** Folder of that build, for checks over its files. */
    appOutDir: string;
    /** Address of a second build deployed under the sub-path `/dossiers/hanoi/`. */
    subPathUrl: string;
  }
}

/** Builds and serves the app once for the whole end-to-end project (at the root and a sub-path). */
export default async function setup(project: TestProject) {
  findChromium(); // fail fast, before a build, when there is no browser
  const root = await serveBuild();
  const subPath = await serveBuild({ base: '/dossiers/hanoi/' });
  project.provide('appUrl', root.url);
  project.provide('appOutDir', root.outDir);
  project.provide('subPathUrl', subPath.url);
  return async () => {
    await root.close();
    await subPath.close();
  };
}
