import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findChromium } from '../../scripts/tooling/chromium.ts';
import { checkMarkup } from '../support/nu-checker.ts';
import { relaxNgErrors } from '../support/relax-ng.ts';

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

test('with no Java, the feed schema check fails naming how to install it, rather than pass empty', async () => {
  const feed = join(dir, 'feed.atom');
  writeFileSync(feed, '<feed xmlns="http://www.w3.org/2005/Atom"/>');
  await expect(
    relaxNgErrors('tests/schemas/atom.rnc', feed, { java: join(dir, 'no-java') }),
  ).rejects.toThrow(
    /Jing, the RELAX NG validator, needs Java, and there is none at ".*no-java"\. Install it with `npm run setup`/,
  );
});

test('with Java there, the feed schema check reports what an Atom feed lacks', async () => {
  const feed = join(dir, 'empty.atom');
  writeFileSync(feed, '<feed xmlns="http://www.w3.org/2005/Atom"/>');
  const errors = await relaxNgErrors('tests/schemas/atom.rnc', feed);
  expect(errors.join('\n')).toMatch(/missing required child element/);
}, 120_000);

test('with a schema that is not there, the feed schema check fails rather than pass empty', async () => {
  const feed = join(dir, 'any.atom');
  writeFileSync(feed, '<feed xmlns="http://www.w3.org/2005/Atom"/>');
  await expect(relaxNgErrors(join(dir, 'no-schema.rnc'), feed)).rejects.toThrow(/Jing failed/);
}, 120_000);
