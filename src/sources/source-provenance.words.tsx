import type { ReactNode } from 'react';

// The words of where a source's text came from (source-provenance.tsx), in English; each other
// interface language's are in `source-provenance.words.<language>.tsx` beside this file.

export const givenAsIs =
  'The text is archived as it was given, byte for byte: nothing was extracted from it.';
/**
 * What extracted the text (its name and version), with what and by which rules, from the page
 * saved when; the link to download that page, and the page's SHA-256.
 */
export const extracted = (
  extractor: ReactNode,
  dom: string,
  rules: number,
  captured: ReactNode,
  download: (text: string) => ReactNode,
  hash: ReactNode,
) => (
  <>
    Text extracted by {extractor} (on {dom}, text rules {rules}) from the web page as saved on{' '}
    {captured}. {download('Download the saved page')} (SHA-256 {hash}) to run the extraction again.
  </>
);
