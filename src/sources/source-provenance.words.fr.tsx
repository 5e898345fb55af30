import type * as en from './source-provenance.words.tsx';

// The words of where a source's text came from (source-provenance.tsx), in French; the English
// words are in `source-provenance.words.tsx` beside this file.

export const givenAsIs: string =
  'Le texte est archivé tel qu’il a été fourni, octet pour octet\u00a0: rien n’en a été extrait.';
/**
 * What extracted the text (its name and version), with what and by which rules, from the page
 * saved when; the link to download that page, and the page's SHA-256.
 */
export const extracted: typeof en.extracted = (extractor, dom, rules, captured, download, hash) => (
  <>
    Texte extrait par {extractor} (avec {dom}, règles de texte {rules}) de la page web telle
    qu’enregistrée le {captured}. {download('Téléchargez la page enregistrée')} (SHA-256 {hash})
    pour relancer l’extraction.
  </>
);
