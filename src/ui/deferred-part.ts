import {
  createElement,
  lazy,
  memo,
  Suspense,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { navigate } from 'wouter/use-browser-location';
import { lazyPage } from '../lib/lazy-page.ts';
import { PageErrorBoundary } from './page-error-boundary.tsx';

// React reads a store's server snapshot while it hydrates, and its snapshot otherwise.
const neverChanges = () => () => {};
const notHydrating = () => false;
const whileHydrating = () => true;

/** A part of a page whose code loads when it is first used. */
export type DeferredPart<P extends object> = {
  /**
   * Renders the part where it stands: in an element that starts loading its code on first use
   * (`firstUseRef`), and a Suspense boundary showing the fallback while the code loads.
   */
  Part: ComponentType<P>;
  /** Asks for the part's code: its first use (scrolled near, pointed at, given new props). */
  load: () => Promise<unknown>;
  /** True once the part has mounted: its code has run and its controls are the app's. */
  ready: () => boolean;
  /** Resolves once the part has mounted. */
  whenReady: Promise<void>;
};

/**
 * Wraps a dynamically imported part of a page whose code is not needed to show it, only to
 * make it work: links, buttons and fields, which its element follows until then
 * (`firstUseRef`).
 *
 * Hydrating a prerendered page, the part waits until {@link DeferredPart.load} is called, React
 * keeping its prerendered HTML in place meanwhile (a Suspense boundary not yet hydrated), then
 * hydrates it. Given new props meanwhile (other filters), it keeps showing the old ones, marked
 * busy, until it has hydrated: React would otherwise drop the prerendered HTML for the
 * fallback. Rendered afresh (a page opened from a link), it loads at once. Code that fails to
 * load (a new deploy has replaced it, say) is shown as failing in place of the part, as
 * {@link lazyPage} tells it, never blanking the page.
 */
export function deferredPart<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  {
    failure,
    fallback = null,
    keep = false,
    whenNear = true,
  }: {
    /** What failed, for people, when the part's code could not be loaded. */
    failure: string;
    /** What shows while the part's code loads, when it renders afresh. */
    fallback?: ReactNode;
    /**
     * Keep the prerendered part when its code fails to load, rather than show the failure: for
     * a part made of links, which work without it. The failure shows once it gets new props.
     */
    keep?: boolean;
    /**
     * Load when the part comes near the screen (the default), or only when a pointer, a finger
     * or the focus enters it: for a part on the first screen made of links and disclosures,
     * which work as they are, so the first view asks for nothing more.
     */
    whenNear?: boolean;
  },
): DeferredPart<P> {
  let mounted = false;
  let dehydrated = false;
  let failed: { error: unknown } | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  let resolveReady = () => {};
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const isReady = () => mounted;
  const part = lazyPage(importer);
  function Mounted(props: P) {
    useEffect(() => {
      if (mounted) return;
      mounted = true;
      resolveReady();
      notify();
    }, []);
    return createElement(part.Component, props);
  }
  let want = () => {};
  const wanted = new Promise<void>((resolve) => (want = resolve));
  const load = () => {
    want();
    return part.preload();
  };
  // One component type from first to last render, so the part never remounts when it loads.
  const Deferred = lazy(async () => {
    await wanted;
    try {
      await part.preload();
    } catch (error) {
      failed = { error };
      notify();
      // Left waiting for ever, React keeps the prerendered HTML.
      if (keep && dehydrated) return new Promise<never>(() => {});
      throw error;
    }
    return { default: Mounted };
  });
  function Failed(): never {
    throw failed?.error;
  }
  const deferred = { load, ready: isReady, whenReady };
  const Part = memo(function Part(props: P) {
    const ref = useMemo(() => firstUseRef(deferred, whenNear), []);
    const hydrating = useSyncExternalStore(neverChanges, notHydrating, whileHydrating);
    // Rendered afresh, it asks for its code at once (idempotent, as a render must be); hydrated,
    // it waits for its first use. The prerenderer always asks.
    const [afresh] = useState(!hydrating);
    if (import.meta.env.SSR || afresh)
      void load().catch(() => {}); // thrown by Deferred
    else dehydrated = true;
    const ready = useSyncExternalStore(subscribe, isReady, notHydrating);
    const gaveUp = useSyncExternalStore(subscribe, () => failed !== undefined, notHydrating);
    const [shown, setShown] = useState(props);
    if (ready && shown !== props) setShown(props);
    const held = shown !== props;
    // Kept after its code failed, the part shows the failure once it cannot show what is asked.
    const broken = held && gaveUp;
    useEffect(() => {
      if (held) void load().catch(() => {});
    }, [held]);
    // The same element while the props shown are: a part not yet hydrated gets no update when
    // this one renders again (as it does once the page has hydrated).
    const content = useMemo(
      () =>
        createElement(PageErrorBoundary, {
          address: '',
          title: failure,
          headingLevel: 2,
          children: broken
            ? createElement(Failed)
            : createElement(Suspense, { fallback }, createElement(Deferred, shown)),
        }),
      [shown, broken],
    );
    return createElement(
      'div',
      // Dimmed while busy (index.css).
      { ref, 'data-part': '', 'aria-busy': (held && !broken) || undefined },
      content,
    );
  });
  return { ...deferred, Part };
}

const bubbling = { bubbles: true };

/** How far below the screen a deferred part starts loading. */
const approachMargin = '0px 0px 25% 0px';

/**
 * A ref for the element around a deferred part (outside its Suspense boundary). The part's
 * code loads when the element comes near the screen (`whenNear`), or when a pointer, a finger
 * or the focus enters it. Until the part is ready, a plain click on one of its links to another page of the
 * app opens it as the app's own links do, without reloading the page; a click on anything
 * else is clicked again once the part is ready. React stops the events of a part not yet
 * hydrated at its root, so they are listened to above it, on the document, as they go down.
 *
 * A control of the prerendered part marked `data-early` (disabled only until the app runs)
 * is enabled as the app starts, not when the part's code has run: a click on it is clicked
 * again, text typed into it stays in it for the part to take up as it mounts, and its form
 * is sent once the part is ready, not by the browser meanwhile.
 */
function firstUseRef(
  part: Pick<DeferredPart<object>, 'load' | 'ready' | 'whenReady'>,
  whenNear: boolean,
) {
  return (element: HTMLElement | null) => {
    if (!element) return;
    const within = (event: Event) => event.target instanceof Node && element.contains(event.target);
    if (!part.ready()) {
      for (const control of element.querySelectorAll('[data-early]'))
        control.removeAttribute('disabled');
    }
    const approaches = ['pointerover', 'touchstart', 'focusin'] as const;
    const observer =
      !whenNear || typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver(
            (entries) => {
              if (entries.some((entry) => entry.isIntersecting)) start();
            },
            { rootMargin: approachMargin },
          );
    function start() {
      void part.load().catch(() => {}); // a failure is the part's to show
      observer?.disconnect();
    }
    const approach = (event: Event) => {
      if (!within(event) || part.ready()) return;
      start();
      // A link pointed at or focused meanwhile starts loading its page once the part is ready,
      // as the app's links do (their handlers see the pointer or the focus arrive again).
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link && event.type !== 'touchstart') {
        void part.whenReady.then(() => {
          if (link.matches(':hover')) link.dispatchEvent(new MouseEvent('mouseover', bubbling));
          if (link === document.activeElement)
            link.dispatchEvent(new FocusEvent('focusin', bubbling));
        });
      }
    };
    const follow = (event: MouseEvent) => {
      const target = event.target;
      if (part.ready() || event.defaultPrevented || !within(event)) return;
      if (!(target instanceof HTMLElement)) return;
      const link = target.closest('a');
      // A disclosure opens and closes by itself; clicked again once ready, it would close.
      if (!link && target.closest('summary')) return start();
      if (!link) {
        start();
        // Once the part is ready, its own handler takes the click.
        void part.whenReady.then(() => {
          if (target.isConnected) target.click();
        });
        return;
      }
      const plain = event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey);
      if (!plain || event.altKey || link.target || link.hasAttribute('download')) return;
      // A link that opens something in place once the part works ("N more"): clicked again
      // then, rather than followed to where it leads without the part's script.
      if (link.hasAttribute('data-in-place')) {
        event.preventDefault();
        start();
        void part.whenReady.then(() => {
          if (link.isConnected) link.click();
        });
        return;
      }
      const here = window.location;
      if (link.origin !== here.origin) return;
      // A link within the page (a hash alone) is the browser's to follow.
      if (link.pathname === here.pathname && link.search === here.search && link.hash) return;
      event.preventDefault();
      navigate(`${link.pathname}${link.search}${link.hash}`);
    };
    // Enter in a field sends its form: the part's code handles that, so it waits for it.
    const send = (event: SubmitEvent) => {
      const form = event.target;
      if (part.ready() || !within(event) || !(form instanceof HTMLFormElement)) return;
      event.preventDefault();
      start();
      void part.whenReady.then(() => form.isConnected && form.requestSubmit());
    };
    const options = { capture: true, passive: true };
    observer?.observe(element);
    for (const event of approaches) document.addEventListener(event, approach, options);
    document.addEventListener('click', follow, { capture: true });
    document.addEventListener('submit', send, { capture: true });
    return () => {
      observer?.disconnect();
      for (const event of approaches) document.removeEventListener(event, approach, options);
      document.removeEventListener('click', follow, { capture: true });
      document.removeEventListener('submit', send, { capture: true });
    };
  };
}
