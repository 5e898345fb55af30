import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { openPage, useBrowser } from './browser-session.ts';
import { checkMarkup } from '../support/nu-checker.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();

const states = [
  { name: 'comparison', path: '' },
  { name: 'filtered comparison with a notice', path: '?party=us,mars&speech=direct' },
  { name: 'claim page', path: 'claims/choe-yongbyon-offer-under-us-observation' },
  { name: 'source reader', path: 'sources/st-2019-03-02-kim-vows-to-meet-trump-again' },
  { name: 'topic page', path: 'topics/sanctions-relief-sought' },
  { name: 'party page', path: 'parties/dprk' },
  { name: 'timeline', path: 'timeline' },
  {
    name: 'timeline zoomed, relations drawn',
    path: 'timeline?from=2019-02-28&to=2019-03-01&relations=shown',
  },
  { name: 'not-found', path: 'claims/no-such-claim' },
];

test('every page state, as rendered, passes the Nu HTML Checker with no error or warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  try {
    const files: string[] = [];
    for (const state of states) {
      const { page, close } = await openPage(browser(), appUrl + state.path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      const file = join(dir, `${state.name.replace(/\W+/g, '-')}.html`);
      writeFileSync(file, `<!doctype html>\n${html}`);
      files.push(file);
      await close();
    }
    const messages = await checkMarkup(files);
    // The checker also tests the content policy against these snapshots, read from files
    // where 'self' cannot match the app's own scripts: its notes on that are not about the
    // markup. The browser judges the policy: every e2e page fails on a real violation.
    const markupMessages = messages.filter(
      (m) => !(m.type === 'info' && /Content Security Policy/.test(m.message)),
    );
    expect(
      markupMessages.map(
        (m) => `${m.type} in ${m.url.split('/').at(-1)}: ${m.message} ${m.extract ?? ''}`,
      ),
    ).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
