import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const eslint = new ESLint();

/** The messages of the no-raw-HTML rule for some code placed in the app's source. */
async function rawHtmlMessages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/probe.tsx' });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

test.each([
  [
    'dangerouslySetInnerHTML',
    'export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;',
  ],
  ['innerHTML', 'export function a(e: Element) { e.innerHTML = "x"; }'],
  ['outerHTML', 'export function a(e: Element) { e.outerHTML = "x"; }'],
  [
    'insertAdjacentHTML',
    'export function a(e: Element) { e.insertAdjacentHTML("beforeend", "x"); }',
  ],
  ['document.write', 'export function a() { document.write("x"); }'],
  [
    'createContextualFragment',
    'export function a(r: Range) { return r.createContextualFragment("x"); }',
  ],
  ['DOMParser', 'export function a(p: DOMParser) { return p.parseFromString("x", "text/html"); }'],
])(
  'the app may not write raw HTML with %s',
  async (_, code) => {
    expect(await rawHtmlMessages(code)).toEqual([expect.stringMatching(/^No raw HTML/)]);
  },
  30_000,
); // the first lint loads ESLint and the TypeScript parser: seconds on a busy machine

test('text and elements are fine', async () => {
  expect(
    await rawHtmlMessages('export const A = ({ t }: { t: string }) => <p title={t}>{t}</p>;'),
  ).toEqual([]);
}, 30_000);
