import type { Browser } from 'playwright-core';

/** What one kind of response added to a page load. */
export type TransferLine = { kind: string; requests: number; transferred: number; body: number };

/** How long the network must stay quiet, after the app is ready, for the load to count as settled. */
const quietMs = 2000;

const kindOf = (mimeType: string) =>
  mimeType.includes('html')
    ? 'HTML'
    : mimeType.includes('javascript')
      ? 'JS'
      : mimeType.includes('css')
        ? 'CSS'
        : mimeType.includes('json') || mimeType.startsWith('text/')
          ? 'data'
          : mimeType.startsWith('font/') || mimeType.includes('woff')
            ? 'fonts'
            : mimeType.startsWith('image/')
              ? 'images'
              : 'other';

/**
 * Loads `url` once in a fresh context (empty cache, 1280×900) and adds up every HTTP response
 * until the app is ready and the network has been quiet for two seconds: Chromium's own count
 * of the bytes each response took on the wire (CDP `Network.loadingFinished.encodedDataLength`,
 * headers included, so gzip as the server sent it), and of its body once decoded.
 */
export async function firstViewTransfer(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map<string, { kind: string; body: number; done: boolean }>();
    const lines = new Map<string, TransferLine>();
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
      lastActivity = Date.now();
      if (request.url.startsWith('http')) {
        requests.set(requestId, { kind: 'other', body: 0, done: false });
      }
    });
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const entry = requests.get(requestId);
      if (entry) entry.kind = kindOf(response.mimeType);
    });
    cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
      lastActivity = Date.now();
      const entry = requests.get(requestId);
      if (entry) entry.body += dataLength;
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      lastActivity = Date.now();
      const entry = requests.get(requestId);
      if (!entry) return;
      entry.done = true;
      const line = lines.get(entry.kind) ?? {
        kind: entry.kind,
        requests: 0,
        transferred: 0,
        body: 0,
      };
      line.requests += 1;
      line.transferred += encodedDataLength;
      line.body += entry.body;
      lines.set(entry.kind, line);
    });
    cdp.on('Network.loadingFailed', ({ requestId }) => {
      lastActivity = Date.now();
      const entry = requests.get(requestId);
      if (entry) entry.done = true;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { timeout: 120_000 });
    await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 120_000 });
    const deadline = Date.now() + 120_000;
    while (
      [...requests.values()].some((entry) => !entry.done) ||
      Date.now() - lastActivity < quietMs
    ) {
      if (Date.now() > deadline) throw new Error(`${url} never settled`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const all = [...lines.values()].sort((a, b) => b.transferred - a.transferred);
    const total = all.reduce(
      (sum, line) => ({
        kind: 'total',
        requests: sum.requests + line.requests,
        transferred: sum.transferred + line.transferred,
        body: sum.body + line.body,
      }),
      { kind: 'total', requests: 0, transferred: 0, body: 0 },
    );
    return { lines: all, total };
  } finally {
    await context.close();
  }
}
