/**
 * The inline script in every page's `<head>`, run before anything is drawn: it puts the
 * reader's stored choice of theme (`light` or `dark`, see `theme.ts`) on the root element, so a
 * page never shows the other theme before the app's script runs. Without a choice, or without
 * JavaScript, the stylesheet follows the system's preference by itself (`index.css`).
 *
 * The content policy allows exactly this script by its hash ({@link themeScriptHash});
 * `tests/unit/content-policy.test.ts` checks the two agree.
 */
export const themeScript =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.classList.add(t)}catch(e){}";

/** The SHA-256 of {@link themeScript}, base64, as a CSP hash source takes it. */
export const themeScriptHash = 'cuupM8aVQU+fB+Oo5VEiFzZge8XNAKtaeRGZdnacVWM=';
