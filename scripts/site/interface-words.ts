import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { languageTag } from '../../src/corpus/schema.ts';

/**
 * The languages the interface's words are written in. Each `*.words.ts` file of `src/` holds
 * the English words of the code beside it, each an exported constant (a string, or a function
 * that makes one); `*.words.<language>.ts` beside it holds the same constants in each other
 * language listed here. A component imports the English file (`import * as words from
 * './x.words.ts'`), and a build resolves it to its language's file: a build carries one
 * language's words, each where the minifier can inline it, in the chunk of the code showing it.
 */
export const interfaceLanguages = ['en', 'fr'] as const;

/**
 * What a build's interface words are in: a language of {@link interfaceLanguages}, or `pseudo`,
 * the English words each wrapped in `⟦ ⟧` (src/lib/pseudo-words.ts), which tests build with to
 * show that every word a reader sees comes from a words file or from the dossier.
 */
export type InterfaceLanguage = (typeof interfaceLanguages)[number] | 'pseudo';

/**
 * The interface language that serves a dossier in `language` (BCP 47): the listed language
 * its tag falls back to, subtag by subtag as RFC 4647's lookup does (`en-GB` → `en`), or
 * `undefined` when none does.
 */
export function interfaceLanguageFor(
  language: string,
  available: readonly string[] = interfaceLanguages,
): string | undefined {
  let [tag] = Intl.getCanonicalLocales(language);
  const listed = new Map(available.map((each) => [each.toLowerCase(), each]));
  while (tag) {
    const found = listed.get(tag.toLowerCase());
    if (found) return found;
    tag = tag.replace(/-?[^-]*$/, '').replace(/-[a-z0-9]$/i, '');
  }
  return undefined;
}

/** The interface language of the dossier in `corpusDir`, or why there is none. */
export function dossierInterfaceLanguage(corpusDir: string): InterfaceLanguage {
  const file = resolve(corpusDir, 'dossier.yaml');
  const dossier: unknown = existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
  const language =
    typeof dossier === 'object' && dossier !== null && 'language' in dossier
      ? dossier.language
      : undefined;
  // Without a readable language the corpus's own check says what is wrong; until then, English.
  // (The same rule as the corpus check's, so the two never disagree on what is a tag.)
  const tag = languageTag.safeParse(language);
  if (!tag.success) return 'en';
  const chosen = interfaceLanguageFor(tag.data);
  if (chosen) return chosen as InterfaceLanguage;
  throw new Error(
    `The dossier is in ${tag.data}, and the interface has no words in that language: it has ` +
      `${interfaceLanguages.join(', ')}. To add it, list it in interfaceLanguages ` +
      `(scripts/site/interface-words.ts) and write a *.words.<language>.ts file beside each ` +
      `*.words.ts file in src/.`,
  );
}

const wordsFile = /\.words\.tsx?$/;
/** A words file's words: each a constant it exports (`export const heading = …`). */
const exported = /^export const (\w+)/gm;
const pseudoPrefix = '\0pseudo-words:';
const pseudoModule = fileURLToPath(new URL('../../src/lib/pseudo-words.ts', import.meta.url));

/**
 * Gives each `*.words.ts` import the words of the build's interface language: the file
 * itself for English, `*.words.<language>.ts` beside it for another language (a build fails
 * if one is missing), and for `pseudo` the English words wrapped by `pseudoWords`. Chosen when
 * the module is resolved, so a build carries one language's words, each file in the chunk of
 * the code that shows them.
 */
export function interfaceWordsPlugin(language: InterfaceLanguage): Plugin {
  return {
    name: 'interface-words',
    enforce: 'pre',
    // Vitest and the dev server resolve modules through the plugin as a build does.
    async resolveId(source, importer, options) {
      if (!wordsFile.test(source) || importer === undefined) return null;
      if (importer.startsWith(pseudoPrefix)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const { id } = resolved;
      if (!wordsFile.test(id) || language === 'en') return resolved;
      if (language === 'pseudo') return `${pseudoPrefix}${id}`;
      const translated = id.replace(/\.(tsx?)$/, `.${language}.$1`);
      if (!existsSync(translated)) {
        this.error(`${id} has no words in ${language}: ${translated} is missing`);
      }
      return translated;
    },
    load(id) {
      if (!id.startsWith(pseudoPrefix)) return null;
      const original = id.slice(pseudoPrefix.length);
      const names = [...readFileSync(original, 'utf8').matchAll(exported)].map((m) => m[1] ?? '');
      return [
        `import * as english from ${JSON.stringify(original)};`,
        `import { pseudoWords } from ${JSON.stringify(pseudoModule)};`,
        `const pseudo = pseudoWords({ ...english });`,
        // A `…Locale` constant is a language tag for `Intl`, not words: it stays as it is.
        ...names.map((name) =>
          name.endsWith('Locale')
            ? `export const ${name} = english.${name};`
            : `export const ${name} = pseudo.${name};`,
        ),
      ].join('\n');
    },
  };
}
