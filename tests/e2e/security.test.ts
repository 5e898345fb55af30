/**
 * The content policy is in force on every page, and it does its job: an injected inline script
 * does not run, and raw HTML cannot be written (Trusted Types), while the app works. Every
 * other end-to-end test fails on any violation (see browser-session.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { unescapeHtml } from '../support/html-text.ts';
import { contentSecurityPolicy } from '../../scripts/site/content-policy.ts';
import { openPage, takePolicyViolations, useBrowser } from './browser-session.ts';

const browser = useBrowser();
const appUrl = inject('appUrl');

test.each([
  'index.html',
  'claims/lu-resolve-together.html',
  '404.html',
  'sources/st-2019-03-02-kim-vows-to-meet-trump-again.html',
])('%s carries the strict content policy before anything it governs', (file) => {
  const html = readFileSync(join(inject('appOutDir'), file), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/.exec(html);
  expect(unescapeHtml(meta?.[1] ?? '')).toBe(contentSecurityPolicy);
  expect(meta?.index).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ]) {
    expect(contentSecurityPolicy).toContain(directive);
  }
  expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval/);
});

test('an injected inline script does not run, and raw HTML cannot be written', async () => {
  const { page, close } = await openPage(browser(), `${appUrl}claims/lu-resolve-together`);
  const outcome = await page.evaluate(() => {
    let scriptBlocked = false;
    try {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    } catch {
      scriptBlocked = true; // Trusted Types refuse a script's text given as a plain string
    }
    let htmlBlocked = false;
    try {
      document.body.insertAdjacentHTML('beforeend', '<img src="x" alt="">');
    } catch {
      htmlBlocked = true;
    }
    return {
      ran: (window as unknown as { injected?: boolean }).injected === true,
      scriptBlocked,
      htmlBlocked,
    };
  });
  expect(outcome).toEqual({ ran: false, scriptBlocked: true, htmlBlocked: true });
  await expect.poll(() => takePolicyViolations().length).toBeGreaterThan(0);
  // The app still works under the policy.
  await page.getByRole('link', { name: '← All claims' }).click();
  await page.getByRole('columnheader').first().waitFor();
  await close();
});
