/**
 * The interface's words (scripts/site/interface-words.ts): which language a dossier's build
 * gets, how a build resolves words files, the pseudo words tests build with, and the shape
 * every words file must have for both.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createElement, isValidElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { build, type Rolldown } from 'vite';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  dossierInterfaceLanguage,
  interfaceLanguageFor,
  interfaceLanguages,
  interfaceWordsPlugin,
  type InterfaceLanguage,
} from '../../scripts/site/interface-words.ts';
import { pseudoWords } from '../../src/lib/pseudo-words.ts';

test.each([
  ['en', ['en'], 'en'],
  ['en-GB', ['en'], 'en'],
  ['EN-gb', ['en'], 'en'],
  ['en-a-bbb-x-private', ['en'], 'en'],
  ['fr-CA', ['en', 'fr'], 'fr'],
  ['zh-Hant-TW', ['zh-Hans', 'zh-Hant'], 'zh-Hant'],
  ['zh-Hant', ['zh'], 'zh'],
  ['sr-Latn-RS', ['sr', 'sr-Latn'], 'sr-Latn'],
  ['ko', ['en'], undefined],
  ['enx', ['en'], undefined],
])('a dossier in %s, with words in %j, gets the interface in %s', (tag, listed, expected) => {
  expect(interfaceLanguageFor(tag, listed)).toBe(expected);
});

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'interface-words-'));
  folders.push(made);
  return made;
};

test("the bundled dossier's build gets the interface language its language falls back to", () => {
  const { language } = parse(readFileSync('data/dossier.yaml', 'utf8')) as { language: string };
  expect(dossierInterfaceLanguage('data')).toBe(interfaceLanguageFor(language));
  expect(interfaceLanguages).toContain(dossierInterfaceLanguage('data'));
});

test('a dossier in a language the interface has no words in fails the build, saying how to add it', () => {
  const dir = folder();
  writeFileSync(join(dir, 'dossier.yaml'), 'id: x\nlanguage: ko\n');
  expect(() => dossierInterfaceLanguage(dir)).toThrow(
    `The dossier is in ko, and the interface has no words in that language: it has ${interfaceLanguages.join(', ')}.`,
  );
  expect(() => dossierInterfaceLanguage(dir)).toThrow(/\*\.words\.<language>\.ts/);
});

test('a dossier whose language is missing or broken gets English, and the corpus check says why', () => {
  const dir = folder();
  expect(dossierInterfaceLanguage(dir)).toBe('en');
  writeFileSync(join(dir, 'dossier.yaml'), 'id: x\nlanguage: not a tag\n');
  expect(dossierInterfaceLanguage(dir)).toBe('en');
});

/** How long a test that runs a Vite build may take: generous, for a busy machine. */
const buildTimeout = 60_000;

/** Builds a one-module app that shows the words of `a.words.ts`, in `language`. */
async function buildWords(
  dir: string,
  language: InterfaceLanguage,
  shown = "words.hello, words.greet('Ana')",
): Promise<string> {
  writeFileSync(
    join(dir, 'main.ts'),
    `import * as words from './a.words.ts';\nconsole.log(${shown});\n`,
  );
  const output = (await build({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    plugins: [interfaceWordsPlugin(language)],
    build: { write: false, rolldownOptions: { input: join(dir, 'main.ts') } },
  })) as Rolldown.RolldownOutput;
  return output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

const english =
  "export const hello = 'Good morning';\nexport const greet = (name: string) => `Hello, ${name}`;\n";

test(
  "a build carries the words of its language and no other's",
  async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.words.ts'), english);
    writeFileSync(
      join(dir, 'a.words.fr.ts'),
      "export const hello = 'Bonjour';\nexport const greet = (name: string) => `Salut, ${name}`;\n",
    );
    const inEnglish = await buildWords(dir, 'en');
    expect(inEnglish).toContain('Good morning');
    expect(inEnglish).not.toContain('Bonjour');
    const inFrench = await buildWords(dir, 'fr' as InterfaceLanguage);
    expect(inFrench).toContain('Bonjour');
    expect(inFrench).toContain('Salut, ');
    expect(inFrench).not.toContain('Good morning');
  },
  buildTimeout,
);

test(
  'a build fails when a words file has no words in its language',
  async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.words.ts'), english);
    await expect(buildWords(dir, 'de' as InterfaceLanguage)).rejects.toThrow(
      /a\.words\.ts has no words in de: .*a\.words\.de\.ts is missing/,
    );
  },
  buildTimeout,
);

/** Runs a built one-module app, and gives back what it logged. */
async function run(code: string): Promise<unknown[][]> {
  const logged: unknown[][] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void logged.push(args);
  try {
    const moduleDir = join(process.cwd(), 'node_modules/.tmp');
    mkdirSync(moduleDir, { recursive: true });
    const file = join(mkdtempSync(join(moduleDir, 'pseudo-')), 'main.mjs');
    folders.push(join(file, '..'));
    writeFileSync(file, code);
    await import(file);
  } finally {
    console.log = log;
  }
  return logged;
}

test(
  'a pseudo build leaves a locale for Intl as it is: it is a language tag, not words',
  async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.words.ts'), `${english}export const formatLocale = 'en-GB';\n`);
    const code = await buildWords(dir, 'pseudo', 'words.hello, words.formatLocale');
    expect(await run(code)).toEqual([['⟦Good morning⟧', 'en-GB']]);
  },
  buildTimeout,
);

test(
  'a pseudo build wraps every word, those a function makes included',
  async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.words.ts'), english);
    const code = await buildWords(dir, 'pseudo');
    expect(code).toContain('Good morning');
    // Run as the browser would: what it logs is wrapped.
    expect(await run(code)).toEqual([['⟦Good morning⟧', '⟦Hello, Ana⟧']]);
  },
  buildTimeout,
);

test('pseudo words wrap strings, what functions return, elements and nested lists', () => {
  const words = pseudoWords({
    label: 'Filters',
    count: (n: number) => `${n} claims`,
    around: (name: string) => createElement('b', null, name),
    parts: () => ['In ', createElement('i', { key: 'i' }, 'their'), ' words'],
    months: ['May', 'June'],
    size: 3,
  });
  expect(words.label).toBe('⟦Filters⟧');
  expect(words.count(2)).toBe('⟦2 claims⟧');
  const around = words.around('Ana');
  expect(isValidElement(around)).toBe(true);
  expect(renderToStaticMarkup(around)).toBe('⟦<b>Ana</b>⟧');
  expect(renderToStaticMarkup(words.parts() as never)).toBe('⟦In <i>their</i> words⟧');
  expect(words.months).toEqual(['⟦May⟧', '⟦June⟧']);
  expect(words.size).toBe(3);
});

/** Every words file of `src/`, English and translated, relative to `src/`. */
const wordsFiles = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.words(\.[A-Za-z-]+)?\.tsx?$/.test(file))
  .sort();
const englishFiles = wordsFiles.filter((file) => /\.words\.tsx?$/.test(file));

test('the interface has words files', () => {
  expect(englishFiles.length).toBeGreaterThan(0);
});

test.each(wordsFiles)('%s exports its words as constants only', (file) => {
  const code = readFileSync(join('src', file), 'utf8');
  const exports = code.match(/^export\b.*$/gm) ?? [];
  expect(exports.length).toBeGreaterThan(0);
  // The pseudo build re-exports what /^export const (\w+)/gm finds: nothing else may be exported.
  expect(exports.filter((line) => !/^export const \w+/.test(line))).toEqual([]);
});

test.each(englishFiles)(
  '%s has its words in every interface language, each of the same kind',
  async (file) => {
    const englishWords = (await import(`../../src/${file}`)) as Record<string, unknown>;
    for (const language of interfaceLanguages.filter((each) => each !== 'en')) {
      const translated = file.replace(/\.(tsx?)$/, `.${language}.$1`);
      expect(wordsFiles, `${translated} is missing`).toContain(translated);
      const words = (await import(`../../src/${translated}`)) as Record<string, unknown>;
      expect(Object.keys(words).sort()).toEqual(Object.keys(englishWords).sort());
      for (const [name, each] of Object.entries(words)) {
        const original = englishWords[name];
        expect(typeof each, name).toBe(typeof original);
        if (typeof each === 'function' && typeof original === 'function') {
          expect(each.length, name).toBe(original.length);
        }
      }
    }
  },
);

test('every translated words file is in a listed interface language, beside its English file', () => {
  const languages = new Set<string>(interfaceLanguages);
  for (const file of wordsFiles.filter((each) => !englishFiles.includes(each))) {
    const [, language = ''] = /\.words\.([A-Za-z-]+)\.tsx?$/.exec(file) ?? [];
    expect(languages, relative('.', file)).toContain(language);
    expect(englishFiles).toContain(file.replace(`.${language}.`, '.'));
  }
});
