import { startScriptHash } from '../../src/app/start-script.ts';
import { themeScriptHash } from '../../src/app/theme-script.ts';
import { urlPendingScriptHash } from '../../src/comparison/url-pending.ts';
import { forwardScriptHash } from './forward-script.ts';

/**
 * The Content Security Policy of every page. The app runs only the scripts it ships, and four
 * inline scripts named by their hashes (`theme-script.ts`: it applies the reader's theme before
 * the first paint; `url-pending.ts`: it hides an unfiltered page opened with filters in its
 * address; `start-script.ts`: it starts the app once the page has painted; `forward-script.ts`: on a
 * site of several dossiers, it sends an old address on to its page's new one); no other inline
 * script, no eval. It loads nothing from elsewhere,
 * and requires Trusted Types for the DOM's script sinks, with no policy allowed: nothing in the
 * app writes HTML or script from strings (a lint rule forbids it), so any attempt is a bug or
 * an attack, and is blocked.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${themeScriptHash}' 'sha256-${urlPendingScriptHash}' 'sha256-${startScriptHash}' 'sha256-${forwardScriptHash}'`,
  "style-src 'self'",
  // The empty favicon is a `data:` URL; there are no other images in pages.
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/**
 * The same policy as an HTTP header, for hosts that can send one: a header can also forbid
 * framing the site (`frame-ancestors`), which a `<meta>` tag cannot.
 */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
