import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findChromium } from '../../scripts/tooling/chromium.ts';
import { checkMarkup } from '../support/nu-checker.ts';

// Each tool a test needs: when it is missing, the test fails and says so; it never passes
// having checked nothing. And with the tool there, the check can say no.

const dir = mkdtempSync(join(tmpdir(), 'tools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A page with a markup error the checker must report: a `</div>` that closes nothing. */
const brokenPage =
  '<!doctype html><html lang="en"><head><title>x</title></head><body><p>a</div></body></html>';

test('with no Chromium anywhere, the browser tests fail naming how to install it', () => {
  expect(() => findChromium([join(dir, 'no-chromium')], {})).toThrow(
    /No Chromium found for the end-to-end tests\. Install it with `npm run setup`/,
  );
});

test('CHROMIUM_PATH names the browser to use, if it exists', () => {
  const fake = join(dir, 'my-chromium');
  writeFileSync(fake, '');
  expect(findChromium([], { CHROMIUM_PATH: fake })).toBe(fake);
});

test('with no Java, the markup check fails naming how to install it, rather than pass empty', async () => {
  const page = join(dir, 'page.html');
  writeFileSync(page, brokenPage);
  await expect(checkMarkup([page], { java: join(dir, 'no-java') })).rejects.toThrow(
    /The Nu HTML Checker needs Java, and there is none at ".*no-java"\. Install it with `npm run setup`/,
  );
});

test('with nothing to check, the markup check fails rather than pass empty', async () => {
  await expect(checkMarkup([])).rejects.toThrow('No file given to the Nu HTML Checker');
});

test('with Java there, the markup check reports an error in broken markup', async () => {
  const page = join(dir, 'broken.html');
  writeFileSync(page, brokenPage);
  const messages = await checkMarkup([page], { errorsOnly: true });
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.some((message) => message.type === 'error')).toBe(true);
}, 120_000);
