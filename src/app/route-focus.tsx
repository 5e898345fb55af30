import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

let lastNavigationWasBack = false;
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    lastNavigationWasBack = true;
  });
}

/**
 * After moving to another page (not a filter change): unless the new page already placed
 * focus, move focus to its main heading so keyboard and screen-reader users start reading the
 * new page; after following a link, from the top. Back and Forward keep the browser's own
 * scroll restoration, and focus the heading without scrolling to it. Also marks the page as
 * interactive (`<html data-app-ready>`) once it has hydrated.
 */
export function RouteFocus() {
  const [path] = useLocation();
  const previous = useRef(path);
  useEffect(() => {
    // Inside the page's Suspense boundary, this first runs once the page has hydrated, not only
    // the shell (which hydrates first, while the page may still wait for its data or code): from
    // here the page's controls work, and tests wait for this mark before they point, focus or
    // click. Parts that load on first use hydrate when used (see deferred-part.ts). A page whose
    // code failed to load is never marked: it did not hydrate.
    document.documentElement.dataset.appReady = 'true';
    if (previous.current === path) return;
    previous.current = path;
    const restoring = lastNavigationWasBack;
    lastNavigationWasBack = false;
    // A page that placed focus itself (the source reader at a quote) keeps it, and its scroll.
    const main = document.querySelector('main');
    if (main?.contains(document.activeElement)) return;
    if (!restoring) window.scrollTo(0, 0);
    const focusHeading = () => {
      const heading = main?.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading() || !main) return;
    // The page is still loading its data: focus its heading when it comes, unless the reader
    // has moved on by then.
    const focusedBefore = document.activeElement;
    const observer = new MutationObserver(() => {
      if (document.activeElement !== focusedBefore || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [path]);
  return null;
}
