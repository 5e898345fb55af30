/**
 * The site's one inline script, in the home page's `<head>`, run before anything is drawn. The
 * prerendered home page shows every claim; opened with filters in its address (`/?party=union`)
 * it must not show them as the full set, not even until the app's script has run. So when the
 * address has a query, this marks the page `url-pending`, which hides the comparison behind a
 * note ("Applying the filters in this link…") until the app shows the view the address asks
 * for. If the app's script has not run after ten seconds, the mark becomes `url-unapplied`:
 * the unfiltered claims show again, under a note that says so.
 *
 * The content policy allows exactly this script by its hash ({@link urlPendingScriptHash});
 * `tests/unit/content-policy.test.ts` checks the two agree.
 */
export const urlPendingScript =
  "if(location.search){var d=document.documentElement;d.classList.add('url-pending');setTimeout(function(){d.classList.replace('url-pending','url-unapplied')},10000)}";

/** The SHA-256 of {@link urlPendingScript}, base64, as a CSP hash source takes it. */
export const urlPendingScriptHash = 'AxLU0IRVnR3/bpSp7HbBowxNZiqs0TT8HMceGI4QQBU=';

/** Marks the page as showing what its address asks for: the comparison shows, the notes go. */
export function markUrlApplied(): void {
  document.documentElement.classList.remove('url-pending', 'url-unapplied');
}
