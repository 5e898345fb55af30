/**
 * The inline script of a site of several dossiers that sends a reader on from an address a
 * dossier had when it was the whole site (`/claims/<id>`) to the same page under its own path
 * now, keeping the query and the fragment (a filtered view, a claim's `#correction-1`), which a
 * `<meta http-equiv="refresh">` alone would drop. Where it goes is in its `data-to`; with
 * `data-if-search`, it sends the reader on only when the address has a query (the site's home,
 * which a dossier's filtered views used to be). The content policy allows exactly this script
 * by its hash ({@link forwardScriptHash}); `tests/unit/content-policy.test.ts` checks the two
 * agree.
 */
export const forwardScript =
  'try{var s=document.currentScript,d=s.dataset;if(!d.ifSearch||location.search)location.replace(d.to+location.search+location.hash)}catch(e){}';

/** The SHA-256 of {@link forwardScript}, base64, as a CSP hash source takes it. */
export const forwardScriptHash = 'XL4xzq752rbf8g5OY3HqiHJVyCJ/O60O9jb5bDoJSFw=';
