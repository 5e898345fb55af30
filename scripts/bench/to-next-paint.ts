import type { Page, Request } from 'playwright-core';

/** How long the page must show no change (and no request be open) for an interaction to be over. */
const quietMs = 500;

/** The probe's state, read from the page after each try. */
type ProbeState = {
  /** `timeStamp` of the interaction's event; undefined until it has fired. */
  start?: number;
  /** The latest "after the next paint" time: of the event itself, or of the last DOM change. */
  end?: number;
  /** Paints still awaited. */
  pending: number;
  /** Milliseconds since the event or the last DOM change under <main>. */
  quietFor: number;
};

declare global {
  interface Window {
    /** The in-page half of {@link measureToNextPaint}. */
    benchProbe?: { arm: (eventType: string) => void; state: () => Promise<ProbeState> };
  }
}

/**
 * Installs the probe. It notes the `timeStamp` of the next trusted event of the armed type,
 * then, for that event, each `input` event and every DOM change under <main> after it, the
 * time just after the next frame is painted (a task posted from requestAnimationFrame runs once
 * that frame is committed). The try ends with the last of those paints, so results that render
 * later than the event (a fetch, a deferred render) count in full. Where the Event Timing API
 * saw an event of the try (it reports those of 16 ms or more), the end is at least that event's
 * end: the presentation of its next frame, which a main-thread clock cannot see.
 */
function installProbe() {
  type Try = { start?: number; end?: number; pending: number; last: number };
  let current: Try = { pending: 0, last: 0 };
  const timings: PerformanceEntry[] = [];
  // 16 ms is the least threshold the API takes; TypeScript's DOM types lack the option.
  const eventTimings: PerformanceObserverInit & { durationThreshold: number } = {
    type: 'event',
    durationThreshold: 16,
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) timings.push(entry);
  }).observe(eventTimings);
  const afterNextPaint = (armed: Try) => {
    armed.pending += 1;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        armed.pending -= 1;
        armed.end = Math.max(armed.end ?? 0, performance.now());
      };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(() => {
    if (current.start === undefined) return;
    current.last = performance.now();
    afterNextPaint(current);
  }).observe(document.querySelector('main') ?? document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  // A keystroke's `input` event may come in a later task than its `keydown`.
  window.addEventListener(
    'input',
    () => {
      if (current.start !== undefined) afterNextPaint(current);
    },
    true,
  );
  window.benchProbe = {
    arm(eventType) {
      const armed: Try = { pending: 0, last: 0 };
      current = armed;
      const onEvent = (event: Event) => {
        if (!event.isTrusted) return;
        window.removeEventListener(eventType, onEvent, true);
        armed.start = event.timeStamp;
        armed.last = performance.now();
        afterNextPaint(armed);
      };
      window.addEventListener(eventType, onEvent, true);
    },
    // Answered in the idle time after a frame, so a render still at work (even one that yields
    // between tasks) delays the answer. Headless Chromium has no idle time until a frame is
    // asked for, hence the requestAnimationFrame.
    state: () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestIdleCallback(() => {
            const { start, end, pending, last } = current;
            const presented = timings
              .filter((entry) => start !== undefined && entry.startTime >= start)
              .map((entry) => entry.startTime + entry.duration);
            resolve({
              start,
              end: end === undefined ? end : presented.reduce((a, b) => Math.max(a, b), end),
              pending,
              quietFor: performance.now() - last,
            });
          }),
        ),
      ),
  };
}

/**
 * Time from each interaction's event to the paint of its result, in milliseconds, one per
 * action: `action(i)` performs try `i` through Playwright (real input events), and the try is
 * over when nothing under <main> has changed for half a second and no request is open.
 */
export async function measureToNextPaint(
  page: Page,
  eventType: 'click' | 'keydown',
  tries: number,
  action: (i: number) => Promise<void>,
): Promise<number[]> {
  // Only the requests seen starting count: one that started before (the filters' code,
  // loaded when their button was pointed at) may finish during a try.
  const open = new Set<Request>();
  const opened = (request: Request) => open.add(request);
  const closed = (request: Request) => open.delete(request);
  page.on('request', opened).on('requestfinished', closed).on('requestfailed', closed);
  try {
    return await timeTries(page, eventType, tries, action, () => open.size);
  } finally {
    page.off('request', opened).off('requestfinished', closed).off('requestfailed', closed);
  }
}

/** The tries themselves; the caller counts the page's open requests. */
async function timeTries(
  page: Page,
  eventType: string,
  tries: number,
  action: (i: number) => Promise<void>,
  openRequests: () => number,
): Promise<number[]> {
  if (!(await page.evaluate(() => Boolean(window.benchProbe)))) {
    // tsx compiles with esbuild's keepNames, which wraps the probe's inner functions in a
    // `__name` helper that the page does not have.
    await page.evaluate('globalThis.__name ??= (target) => target');
    await page.evaluate(installProbe);
  }
  const times: number[] = [];
  for (let i = 0; i < tries; i++) {
    await page.evaluate((type) => window.benchProbe?.arm(type), eventType);
    await action(i);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const state = await page.evaluate(() => window.benchProbe?.state());
      if (
        state?.start !== undefined &&
        state.end !== undefined &&
        state.pending === 0 &&
        state.quietFor >= quietMs &&
        openRequests() === 0
      ) {
        times.push(state.end - state.start);
        break;
      }
      if (Date.now() > deadline) throw new Error(`try ${i} (${eventType}) never settled`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return times;
}
