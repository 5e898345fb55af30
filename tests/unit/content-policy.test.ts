import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { urlPendingScript, urlPendingScriptHash } from '../../src/comparison/url-pending.ts';
import { contentSecurityPolicy } from '../../scripts/site/content-policy.ts';

test('the inline script the policy allows is exactly the one the home page carries', () => {
  const hash = createHash('sha256').update(urlPendingScript).digest('base64');
  expect(urlPendingScriptHash).toBe(hash);
  expect(contentSecurityPolicy).toContain(`script-src 'self' 'sha256-${hash}'`);
});

test('the policy allows no other inline script, no eval and no plugin', () => {
  const scriptSources = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1]?.split(' ');
  expect(scriptSources).toEqual(["'self'", `'sha256-${urlPendingScriptHash}'`]);
  expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic/);
  expect(contentSecurityPolicy).toContain("object-src 'none'");
  expect(contentSecurityPolicy).toContain("require-trusted-types-for 'script'");
});
