import type * as en from './glance.words.ts';

// The words of a claim at a glance (glance.ts), in French; the English words are in
// `glance.words.ts` beside this file.

export const inTranslation: typeof en.inTranslation = (who, translation, excerpt) =>
  `${who}, dans ${translation}\u00a0: ${excerpt}`;
export const quoting: typeof en.quoting = (who, excerpt) => `${who}\u00a0: ${excerpt}`;
export const asReported: typeof en.asReported = (who, publisher) => `${who}, selon ${publisher}`;
export const quoted: typeof en.quoted = (excerpt) => `«\u00a0${excerpt}\u00a0»`;
export const line: typeof en.line = (short, who) => `${short} — ${who}`;
