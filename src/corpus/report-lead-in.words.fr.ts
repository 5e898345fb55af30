import type * as en from './report-lead-in.words.ts';

// The words that introduce a reported claim's quote (report-lead-in.ts), in French; the
// English words are in `report-lead-in.words.ts` beside this file.

export const reports: typeof en.reports = (publisher) => `${publisher} rapporte\u00a0:`;
