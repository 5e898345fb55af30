import type { Direction } from '../../src/corpus/schema.ts';

// Which way a language's script runs, from the tag and the runtime's own CLDR data
// (`Intl.Locale`). Whether two tags name one language is `sameLanguage`, in src/corpus/translation.ts.

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
