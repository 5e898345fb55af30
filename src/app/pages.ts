import { lazyPage } from '../lib/lazy-page.ts';

/** The claim permalink page, loaded on first visit. */
export const claimPage = lazyPage(() =>
  import('../claims/claim-page.tsx').then((module) => module.ClaimPage),
);

/** The source reader, loaded on first visit. */
export const sourcePage = lazyPage(() =>
  import('../sources/source-page.tsx').then((module) => module.SourcePage),
);
