import type { Direction } from '../../src/corpus/schema.ts';

// What the verifier knows of languages, from the runtime's own CLDR data (`Intl.Locale`): which
// tags name one language, and which way a language's script runs.

/**
 * Whether two BCP 47 tags name the same language in the same script: `en` and `en-GB` do, as
 * do `zh` and `zh-CN` (both Simplified); `zh-Hans` and `zh-Hant` do not, nor `sr-Latn` and
 * `sr-Cyrl`: a text turned from one script to the other is a translation of a kind.
 */
export function sameLanguage(a: string, b: string): boolean {
  const one = new Intl.Locale(a).maximize();
  const other = new Intl.Locale(b).maximize();
  return one.language === other.language && one.script === other.script;
}

/**
 * The scripts written right to left (ISO 15924), from Unicode's list of scripts with strong
 * right-to-left characters: Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya, …
 */
const rightToLeftScripts = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Armi',
  'Avst',
  'Chrs',
  'Cprt',
  'Elym',
  'Hatr',
  'Hebr',
  'Hung',
  'Khar',
  'Lydi',
  'Mand',
  'Mani',
  'Mend',
  'Merc',
  'Mero',
  'Narb',
  'Nbat',
  'Nkoo',
  'Orkh',
  'Ougr',
  'Palm',
  'Phli',
  'Phlp',
  'Phnx',
  'Prti',
  'Rohg',
  'Samr',
  'Sarb',
  'Sogd',
  'Sogo',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * Which way the script of a language runs, `rtl` for Arabic, Hebrew, Persian, Urdu…: the
 * script the tag names, or else the language's usual one (`az` is Latin, `az-Arab` Arabic).
 */
export function scriptDirection(tag: string): Direction {
  const script = new Intl.Locale(tag).maximize().script;
  return script !== undefined && rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
}
