import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { createElement, type CSSProperties, type ReactNode } from 'react';
import satori, { type Font } from 'satori';
import type { ClaimView } from '../../src/corpus/corpus-index.ts';
import { formatStatedAt } from '../../src/corpus/stated-at.ts';
import { previewImageSize, shorten } from '../../src/sharing/page-meta.ts';

const require = createRequire(import.meta.url);
const font = (file: string, weight: 400 | 700, style: 'normal' | 'italic'): Font => ({
  name: 'Noto Sans',
  data: readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`)),
  weight,
  style,
});
const fonts = [
  font('noto-sans-latin-400-normal.woff', 400, 'normal'),
  font('noto-sans-latin-700-normal.woff', 700, 'normal'),
  font('noto-sans-latin-400-italic.woff', 400, 'italic'),
  font('noto-sans-latin-ext-400-normal.woff', 400, 'normal'),
];

/** Party accents, matching the app's badges; other parties get a neutral one. */
const accents: Record<string, string> = {
  us: '#1d4ed8',
  dprk: '#b91c1c',
  china: '#b45309',
  analysts: '#0f766e',
};

/** A box for satori (no JSX here: the scripts run under tsx without a JSX setting). */
function box(style: CSSProperties, ...children: ReactNode[]): ReactNode {
  return createElement('div', { style }, ...children);
}

async function toPng(element: ReactNode): Promise<Buffer> {
  const svg = await satori(element, { ...previewImageSize, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: previewImageSize.width } })
    .render()
    .asPng();
}

/**
 * A claim's 1200×630 preview image: party, speaker, the quote (shortened with an ellipsis where
 * long), source and date, in type large enough to read at thumbnail size.
 */
export function claimPreviewImage({ claim, speaker, party, source }: ClaimView, siteName: string) {
  const accent = accents[party.id] ?? '#44403c';
  const quote = shorten(claim.quote.textQuoteSelector.exact, 150);
  const when = claim.statedAt ? ` · ${formatStatedAt(claim.statedAt)}` : '';
  return toPng(
    box(
      {
        width: '100%',
        height: '100%',
        display: 'flex',
        background: '#fafaf9',
        color: '#1c1917',
        fontFamily: 'Noto Sans',
      },
      box({ width: 24, height: '100%', background: accent }),
      box(
        { display: 'flex', flexDirection: 'column', flex: 1, padding: '48px 64px' },
        box(
          { display: 'flex', alignItems: 'center', gap: 20, fontSize: 34 },
          box(
            {
              background: accent,
              color: 'white',
              fontWeight: 700,
              padding: '4px 16px',
              borderRadius: 8,
            },
            party.label.toUpperCase(),
          ),
          box({ fontWeight: 700 }, speaker.name),
        ),
        box(
          { fontSize: 26, color: '#57534e', marginTop: 8 },
          `${speaker.role ?? speaker.affiliation ?? party.name}${when}`,
        ),
        box(
          {
            display: 'flex',
            flex: 1,
            alignItems: 'center',
            fontSize: quote.length > 110 ? 40 : 48,
            fontStyle: 'italic',
            lineHeight: 1.3,
            borderLeft: `8px solid ${accent}`,
            paddingLeft: 32,
            margin: '24px 0',
          },
          `“${quote}”`,
        ),
        box(
          { display: 'flex', justifyContent: 'space-between', fontSize: 24, color: '#57534e' },
          box({}, `${shorten(source.publisher, 40)} · ${formatStatedAt(source.published)}`),
          box({ fontWeight: 700, color: '#1c1917' }, siteName),
        ),
      ),
    ),
  );
}

/** The preview image of the site's other pages: the name and what it compares. */
export function sitePreviewImage(siteName: string, tagline: string, partyIds: string[]) {
  return toPng(
    box(
      {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        padding: '64px 80px',
        background: '#fafaf9',
        color: '#1c1917',
        fontFamily: 'Noto Sans',
      },
      box(
        { display: 'flex', gap: 16, marginBottom: 40 },
        ...partyIds.map((id) =>
          box({ width: 120, height: 16, background: accents[id] ?? '#44403c' }),
        ),
      ),
      box({ fontSize: 72, fontWeight: 700, lineHeight: 1.1, width: 1040 }, siteName),
      box({ fontSize: 36, color: '#44403c', marginTop: 24, lineHeight: 1.3, width: 1040 }, tagline),
    ),
  );
}
