import { useContext, type AnchorHTMLAttributes, type Ref } from 'react';
import { Link } from 'wouter';
import { PrefetchContext } from './prefetch-context.ts';

/** Props of {@link AppLink}: a link to one of the app's router paths. */
export type AppLinkProps = Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  // The link's own: they start loading the page it opens.
  'href' | 'onMouseEnter' | 'onFocus' | 'onTouchStart'
> & {
  /** A router path, built with `src/lib/app-paths.ts`. */
  href: string;
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * A link to a page of the app that starts loading the page (its code and the data it shows)
 * as soon as the reader points at, focuses or touches it, so the page is usually complete when
 * it opens.
 */
export function AppLink({ href, ...props }: AppLinkProps) {
  const prefetch = useContext(PrefetchContext);
  const start = () => prefetch(href);
  return <Link {...props} href={href} onMouseEnter={start} onFocus={start} onTouchStart={start} />;
}
