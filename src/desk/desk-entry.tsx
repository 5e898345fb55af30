/**
 * The prerendering entry of a site of several dossiers' own pages (built with `vite build
 * --ssr` in the site's interface language by `scripts/site/build-desk.ts`): its home, its
 * head, and the words its merged feeds and dates are written with.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { DeskHome, type DeskHomeProps } from './desk-home.tsx';
import { SpeakerAcrossEvents, type SpeakerAcrossEventsProps } from './speaker-across-events.tsx';

export { deskHead, speakerHead } from './desk-head.ts';
export { indexCorpus } from '../corpus/corpus-index.ts';
export { feedTitleOf } from '../sharing/feed-entries.ts';
export { formatStatedAt } from '../corpus/stated-at.ts';

/** The home's markup, without a script: it needs none. */
export function renderDeskHome(props: DeskHomeProps): string {
  return renderToStaticMarkup(<DeskHome {...props} />);
}

/** A speaker's page across events, without a script. */
export function renderSpeakerPage(props: SpeakerAcrossEventsProps): string {
  return renderToStaticMarkup(<SpeakerAcrossEvents {...props} />);
}
