import type { CompiledSource } from '../corpus/schema.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import { permalinkTo } from '../lib/app-paths.ts';
import * as words from './source-provenance.words.tsx';

/** Props of {@link SourceProvenance}. */
export type SourceProvenanceProps = { source: CompiledSource };

/**
 * Where a source's archived text came from: the saved page it was extracted from, by what and
 * when the page was saved, with the page to download so anyone can re-run the extraction; or
 * that the text is kept as it was given.
 *
 * The page is published as `sources/<id>.html.txt`, plain text, never as HTML: a page saved
 * from the web carries its own scripts, which, served as HTML from this site, would run on its
 * origin. The link's `download` attribute saves it under its `.html` name, to open from the
 * reader's own disk, where it is no part of this site; followed any other way it shows as text.
 */
export function SourceProvenance({ source }: SourceProvenanceProps) {
  const from = source.extractedFrom;
  if (!from) {
    return <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{words.givenAsIs}</p>;
  }
  const { name, version, dom, rules } = from.extractor;
  return (
    <p className="mt-1 max-w-4xl text-xs break-words text-stone-600 dark:text-stone-400">
      {words.extracted(
        <code>
          {name} {version}
        </code>,
        dom,
        rules,
        <time dateTime={from.captured}>{formatStatedAt(from.captured)}</time>,
        (text) => (
          <a
            href={permalinkTo(`data/${from.pagePath}`, '')}
            download={`${source.id}.html`}
            className="underline"
          >
            {text}
          </a>
        ),
        <code className="break-all">{from.sha256}</code>,
      )}
    </p>
  );
}
