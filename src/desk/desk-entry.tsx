/**
 * The prerendering entry of a site of several dossiers' own pages (built with `vite build
 * --ssr` in the site's interface language by `scripts/site/build-desk.ts`): its home, its
 * head, and the words its merged feeds and dates are written with.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { DeskHome, type DeskHomeProps } from './desk-home.tsx';

export { deskHead } from './desk-head.ts';
export { feedTitleOf } from '../sharing/feed-entries.ts';
export { formatStatedAt } from '../corpus/stated-at.ts';

/** The home's markup, without a script: it needs none. */
export function renderDeskHome(props: DeskHomeProps): string {
  return renderToStaticMarkup(<DeskHome {...props} />);
}
