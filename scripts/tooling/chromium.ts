import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** The flags this workplace needs: no sandbox as root, and no calls to the closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Where Debian and others install Chromium. */
export const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * The system Chromium (Playwright cannot download its own here): `CHROMIUM_PATH`, else the
 * first of `candidates` that exists. Throws, never skips, when there is none: a suite that
 * silently runs no browser tests would prove nothing.
 */
export function findChromium(
  candidates: readonly string[] = chromiumCandidates,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const path = [env.CHROMIUM_PATH, ...candidates].find(
    (candidate) => candidate && existsSync(candidate),
  );
  if (!path) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it with `npm run setup` (Debian package chromium) or set CHROMIUM_PATH.',
    );
  }
  return path;
}

/** How long Chromium may take to start: long enough for a busy machine, never forever. */
const launchTimeoutMs = 120_000;

/**
 * Debian's headless shell (package chromium-headless-shell): the same engine without the
 * browser's window system, as Playwright itself runs headless. Tests run on it about a third
 * faster; without it they run on the full Chromium.
 */
export const headlessShellCandidates = ['/usr/bin/chromium-headless-shell'];

/** How to launch headless system Chromium (its headless shell where there is one). */
function launchOptions() {
  return {
    executablePath: findChromium([...headlessShellCandidates, ...chromiumCandidates]),
    headless: true,
    args: chromiumArgs,
    timeout: launchTimeoutMs,
  };
}

/** Launches headless system Chromium with the workplace flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/**
 * Launches one headless Chromium that several test processes share, each connecting to it
 * with {@link connectChromium}: one browser's start-up for the whole suite, not one a file.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** Connects to a browser started by {@link launchChromiumServer}. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint, { timeout: launchTimeoutMs });
}
