import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { startScript, startScriptHash } from '../../src/app/start-script.ts';
import { themeScript, themeScriptHash } from '../../src/app/theme-script.ts';
import { urlPendingScript, urlPendingScriptHash } from '../../src/comparison/url-pending.ts';
import { contentSecurityPolicy } from '../../scripts/site/content-policy.ts';
import { forwardScript, forwardScriptHash } from '../../scripts/site/forward-script.ts';

const sha256 = (script: string) => createHash('sha256').update(script).digest('base64');

test.each([
  { name: 'theme', script: themeScript, hash: themeScriptHash },
  { name: 'url-pending', script: urlPendingScript, hash: urlPendingScriptHash },
  { name: 'start', script: startScript, hash: startScriptHash },
  { name: 'forward', script: forwardScript, hash: forwardScriptHash },
])('the policy allows the $name script by the hash of exactly its text', ({ script, hash }) => {
  expect(hash).toBe(sha256(script));
  expect(contentSecurityPolicy).toContain(`'sha256-${hash}'`);
});

test('the policy allows no other inline script, no eval and no plugin', () => {
  const scriptSources = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1]?.split(' ');
  expect(scriptSources).toEqual([
    "'self'",
    `'sha256-${themeScriptHash}'`,
    `'sha256-${urlPendingScriptHash}'`,
    `'sha256-${startScriptHash}'`,
    `'sha256-${forwardScriptHash}'`,
  ]);
  expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic/);
  expect(contentSecurityPolicy).toContain("object-src 'none'");
  expect(contentSecurityPolicy).toContain("require-trusted-types-for 'script'");
});
