import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';
import { serveBuild } from './serve-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served production build, ending in `/`. */
    appUrl: string;
  }
}

/** Builds and serves the app once for the whole end-to-end project. */
export default async function setup(project: TestProject) {
  findChromium(); // fail fast, before a build, when there is no browser
  const served = await serveBuild();
  project.provide('appUrl', served.url);
  return served.close;
}
