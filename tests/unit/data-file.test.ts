import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  DataFileMissing,
  DataFileTimeout,
  DataOutdated,
  dataFolder,
  fetchDataFile,
  outdatedMessage,
  readDataFile,
  setDataFileReader,
  stallLimitMs,
} from '../../src/corpus/data-file.ts';

afterEach(() => setDataFileReader(async () => undefined));

test.each([
  'claims/../../index.json',
  'claims/<script>.json',
  'claims/.json',
  'sources//x.txt',
  '/etc/passwd',
  'claims/a b.json',
  'claims/%2e%2e.json',
])('a path an address could make up, %s, is never read', async (path) => {
  const reader = vi.fn(async () => 'secret');
  setDataFileReader(reader);
  await expect(readDataFile(path)).rejects.toBeInstanceOf(DataFileMissing);
  expect(reader).not.toHaveBeenCalled();
});

test.each([
  'index.json',
  'chunks/12.json',
  'claims/ri-yong-ho.json',
  'sources/Straits_Times.2019.txt',
])('a data file path, %s, is read', async (path) => {
  setDataFileReader(async (asked) => `read ${asked}`);
  await expect(readDataFile(path)).resolves.toBe(`read ${path}`);
});

test('a file the reader does not have is missing', async () => {
  setDataFileReader(async () => undefined);
  await expect(readDataFile('claims/nobody.json')).rejects.toThrow(
    'There is no data/claims/nobody.json',
  );
});

describe('fetching a data file', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A fetch whose body delivers `pieces`, each after `gaps[i]` ms; never ends if `hang`. */
  function stubFetch(pieces: string[], gaps: number[], hang = false) {
    const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
      const signal = init?.signal ?? undefined;
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          const fail = () => controller.error(signal?.reason);
          signal?.addEventListener('abort', fail);
          for (const [i, piece] of pieces.entries()) {
            await new Promise((resolve) => setTimeout(resolve, gaps[i] ?? 0));
            if (signal?.aborted) return;
            controller.enqueue(new TextEncoder().encode(piece));
          }
          if (!hang) controller.close();
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  test('asks for the file under the data folder of this build', async () => {
    const fetch = stubFetch(['{}'], [0]);
    const text = fetchDataFile('chunks/3.json');
    await vi.runAllTimersAsync();
    await expect(text).resolves.toBe('{}');
    expect(fetch.mock.calls[0]?.[0]).toBe(`/${dataFolder}chunks/3.json`);
  });

  test('a body that keeps arriving, however slowly, is read whole', async () => {
    const gap = stallLimitMs - 1_000;
    stubFetch(['{"a":', '[1,2,', '3]}'], [gap, gap, gap]);
    const text = fetchDataFile('index.json');
    await vi.advanceTimersByTimeAsync(3 * gap);
    await expect(text).resolves.toBe('{"a":[1,2,3]}');
  });

  test('a body that stops arriving fails after the stall limit, naming the file', async () => {
    stubFetch(['{"a":'], [10], true);
    const text = fetchDataFile('chunks/1.json');
    const outcome = expect(text).rejects.toThrow(
      new DataFileTimeout(
        `data/chunks/1.json stopped arriving: nothing came for ${stallLimitMs / 1000} seconds.`,
      ),
    );
    await vi.advanceTimersByTimeAsync(stallLimitMs + 10);
    await outcome;
  });

  test('a server that never answers fails after the stall limit', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          ),
      ),
    );
    const text = fetchDataFile('index.json');
    const outcome = expect(text).rejects.toBeInstanceOf(DataFileTimeout);
    await vi.advanceTimersByTimeAsync(stallLimitMs);
    await outcome;
  });

  test('when the caller cancels, the request ends as cancelled, not as a timeout', async () => {
    stubFetch(['{"a":'], [10], true);
    const caller = new AbortController();
    const text = fetchDataFile('index.json', caller.signal);
    const outcome = expect(text).rejects.toMatchObject({
      name: 'AbortError',
      message: 'navigated away',
    });
    await vi.advanceTimersByTimeAsync(100);
    caller.abort(new DOMException('navigated away', 'AbortError'));
    await vi.advanceTimersByTimeAsync(stallLimitMs);
    await outcome;
  });

  test.each([
    [404, 'text/plain', undefined],
    [200, 'text/html', undefined],
  ])('HTTP %i with %s means the file does not exist', async (status, type, expected) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response('<!doctype html>', { status, headers: { 'Content-Type': type } }),
      ),
    );
    await expect(fetchDataFile('claims/x.json')).resolves.toBe(expected);
  });

  test('another HTTP failure names the status and the file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('boom', { status: 503 })),
    );
    await expect(fetchDataFile('facets.json')).rejects.toThrow(
      'The server answered HTTP 503 for data/facets.json.',
    );
  });
});

describe('a file missing from a versioned build', () => {
  beforeEach(() => {
    vi.stubEnv('VITE_DATA_VERSION', '0123456789abcdef');
    setDataFileReader(fetchDataFile);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  /** A host answering the claim with 404 and the build's index with `index`. */
  function host(index: (init?: RequestInit) => Response | Promise<Response>) {
    const fetch = vi.fn(async (url: string, init?: RequestInit) =>
      url.endsWith('/index.json') ? index(init) : new Response('Not found', { status: 404 }),
    );
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }
  const json = () => new Response('{}', { headers: { 'Content-Type': 'application/json' } });

  test('is just missing while the build is still published', async () => {
    const fetch = host(json);
    await expect(readDataFile('claims/gone.json')).rejects.toBeInstanceOf(DataFileMissing);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test.each([
    ['404', () => new Response('', { status: 404 })],
    ['410', () => new Response('', { status: 410 })],
    [
      'an HTML fallback page',
      () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
    ],
  ])('means the build was replaced when its index answers %s', async (_, index) => {
    host(index);
    await expect(readDataFile('claims/x.json')).rejects.toThrow(new DataOutdated(outdatedMessage));
  });

  test('is no evidence of a replaced build when the index answers a server error', async () => {
    host(() => new Response('', { status: 503 }));
    await expect(readDataFile('claims/x.json')).rejects.toBeInstanceOf(DataFileMissing);
  });

  test('the index itself missing means the build was replaced, with no second request', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    await expect(readDataFile('index.json')).rejects.toBeInstanceOf(DataOutdated);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a check that never answers times out like any request', async () => {
    vi.useFakeTimers();
    // Like a real fetch, it ends only when aborted.
    host(
      (init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    );
    const read = expect(readDataFile('claims/x.json')).rejects.toBeInstanceOf(DataFileTimeout);
    await vi.advanceTimersByTimeAsync(stallLimitMs);
    await read;
  });

  test('a request cancelled before it starts is never sent', async () => {
    const fetch = host(json);
    const caller = new AbortController();
    caller.abort();
    await expect(fetchDataFile('claims/x.json', caller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
