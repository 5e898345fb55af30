/**
 * The workbench's server lets no one but the author in: it answers on 127.0.0.1 only, to its
 * own name only, each API request with the run's token, each change from its own origin, each
 * body within bounds; a refused request writes nothing. Run in this process, API only.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  maxBodyBytes,
  startAuthorServer,
  type AuthorServer,
} from '../../scripts/author/author-server.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';

let scratch = '';
let dir = '';
let server: AuthorServer;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'author-server-'));
  dir = join(scratch, 'data');
  cpSync('tests/fixtures/second-dossier', dir, { recursive: true });
  server = await startAuthorServer({ dataDir: dir, apiOnly: true });
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

const snapshot = () =>
  new Map(
    [...readCorpusFolder(scratch)].map(([path, bytes]) => [
      path,
      Buffer.from(bytes).toString('hex'),
    ]),
  );

/** A raw request, every header as given (Host and Origin included). */
function call(
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{
  status: number;
  json: {
    ok?: boolean;
    message?: string;
    versions?: Record<string, string>;
    problems?: { message: string }[];
  };
}> {
  const { port } = new URL(server.origin);
  return new Promise((done, fail) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        // A length, as a browser sends: Node sends a DELETE's body unframed without one.
        headers: {
          host: `127.0.0.1:${port}`,
          ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          done({ status: response.statusCode ?? 0, json: text ? JSON.parse(text) : {} });
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

const own = () => ({
  'x-author-token': server.token,
  origin: server.origin,
  'content-type': 'application/json',
});

async function versions() {
  const { json } = await call('GET', '/_author/api/state', {
    headers: { 'x-author-token': server.token },
  });
  return json.versions ?? {};
}

const newRelation = async () =>
  JSON.stringify({
    base: await versions(),
    relation: {
      from: 'economists-jobs-cost',
      to: 'quist-timetable-in-a-month',
      type: 'qualifies',
      note: 'Adds the cost in jobs.',
    },
  });

test('it listens on 127.0.0.1, and its address holds the token in the fragment', () => {
  expect(new URL(server.origin).hostname).toBe('127.0.0.1');
  expect(new URL(server.url).hash).toBe(`#author-token=${server.token}`);
  expect(server.token.length).toBeGreaterThanOrEqual(32);
});

test('with its token and from its own origin, a change is made and verifies', async () => {
  const { status, json } = await call('POST', '/_author/api/relations', {
    headers: own(),
    body: await newRelation(),
  });
  expect(status).toBe(200);
  expect(json.ok).toBe(true);
  expect(readFileSync(join(dir, 'relations.yaml'), 'utf8')).toContain(
    'note: Adds the cost in jobs.',
  );
  expect(verifyCorpus(readCorpusFolder(dir)).ok).toBe(true);
});

test.each([
  {
    name: 'without the token',
    headers: () => ({ ...own(), 'x-author-token': '' }),
    status: 403,
    message: /lacks the workbench's token/,
  },
  {
    name: 'with a wrong token',
    headers: () => ({ ...own(), 'x-author-token': 'x'.repeat(server.token.length) }),
    status: 403,
    message: /token/,
  },
  {
    name: 'from a foreign origin',
    headers: () => ({ ...own(), origin: 'https://evil.example' }),
    status: 403,
    message: /must come from the workbench itself/,
  },
  {
    name: 'from another local port',
    headers: () => ({ ...own(), origin: 'http://localhost:1' }),
    status: 403,
    message: /must come from the workbench itself/,
  },
  {
    name: 'with no origin at all',
    headers: () => {
      const { origin: _, ...rest } = own();
      return rest;
    },
    status: 403,
    message: /must come from the workbench itself/,
  },
  {
    name: 'addressed to another name (DNS rebinding)',
    headers: () => ({ ...own(), host: `evil.example:${new URL(server.origin).port}` }),
    status: 403,
    message: /not served to evil\.example/,
  },
  {
    name: 'in a body that is not JSON',
    headers: () => ({ ...own(), 'content-type': 'text/plain' }),
    status: 415,
    message: /must be JSON/,
  },
])('a change $name is refused and writes nothing', async ({ headers, status, message }) => {
  const body = await newRelation();
  const before = snapshot();
  const response = await call('POST', '/_author/api/relations', { headers: headers(), body });
  expect(response.status).toBe(status);
  expect(response.json.message).toMatch(message);
  expect(snapshot()).toEqual(before);
});

test('opened at localhost, its changes come from there and are taken', async () => {
  const { port } = new URL(server.origin);
  // A check is a change's request, answered with the verifier's word and nothing written.
  const before = snapshot();
  const { status, json } = await call('POST', '/_author/api/check', {
    headers: { ...own(), host: `localhost:${port}`, origin: `http://localhost:${port}` },
    body: JSON.stringify({ base: await versions(), claim: {} }),
  });
  expect(status).toBe(200);
  expect(json.message).toMatch(/would not verify/);
  expect(snapshot()).toEqual(before);
});

test('the state is not given without the token, nor to another name', async () => {
  expect((await call('GET', '/_author/api/state')).status).toBe(403);
  const port = new URL(server.origin).port;
  expect(
    (
      await call('GET', '/_author/api/state', {
        headers: { 'x-author-token': server.token, host: `attacker.example:${port}` },
      })
    ).status,
  ).toBe(403);
});

test('an oversized body is refused before it is read whole', async () => {
  const before = snapshot();
  const response = await call('POST', '/_author/api/sources', {
    headers: own(),
    body: Buffer.alloc(maxBodyBytes + 1, 0x20),
  });
  expect(response.status).toBe(413);
  expect(snapshot()).toEqual(before);
});

test.each([
  { method: 'POST', path: 'claims', body: { claim: 5 }, wrong: 'claim: must be a record' },
  { method: 'POST', path: 'claims', body: {}, wrong: 'claim: must be a record' },
  {
    method: 'POST',
    path: 'claims',
    body: { base: 'x', claim: {} },
    wrong: 'base: must name each file read with its SHA-256',
  },
  {
    method: 'POST',
    path: 'check',
    body: { mode: 'edit', id: 5, claim: {} },
    wrong: 'id: must be text',
  },
  {
    method: 'PUT',
    path: 'claims/economists-jobs-cost',
    body: { claim: [] },
    wrong: 'claim: must be a record',
  },
  {
    method: 'DELETE',
    path: 'claims/economists-jobs-cost',
    body: { base: 7 },
    wrong: 'base: must name each file',
  },
  {
    method: 'POST',
    path: 'claims/economists-jobs-cost/appearances',
    body: { appearance: 'x' },
    wrong: 'appearance: must be a record',
  },
  {
    method: 'POST',
    path: 'relations',
    body: { relation: null },
    wrong: 'relation: must be a record',
  },
  {
    method: 'POST',
    path: 'sources',
    body: { fileName: 'a.txt', content: 'SGVsbG8K', fields: { headline: 5 } },
    wrong: 'fields.headline: must be text',
  },
  {
    method: 'POST',
    path: 'sources',
    body: { fileName: 7, content: 'SGVsbG8K' },
    wrong: 'fileName: must be text',
  },
  {
    method: 'POST',
    path: 'sources/harbour-vote/text',
    body: { fileName: 'a.txt', content: 'SGVsbG8K', accepted: 5 },
    wrong: 'accepted: must name each claim with the words accepted for it',
  },
  {
    method: 'DELETE',
    path: 'claims/economists-jobs-cost',
    body: { also: { topic: 'yes' } },
    wrong: 'also.topic: must be true or false',
  },
  {
    method: 'PUT',
    path: 'speakers/mara-quist',
    body: { record: 5 },
    wrong: 'record: must be a record',
  },
  { method: 'PUT', path: 'topics/count-fair', body: {}, wrong: 'record: must be a record' },
  {
    method: 'POST',
    path: 'translations',
    body: { translation: 'x' },
    wrong: 'translation: must be a record',
  },
  {
    method: 'PUT',
    path: 'translations/any-translation',
    body: { base: 1, translation: {} },
    wrong: 'base: must name each file',
  },
  {
    method: 'DELETE',
    path: 'translations/any-translation',
    body: { base: 'x' },
    wrong: 'base: must name each file',
  },
  {
    method: 'DELETE',
    path: 'topics/count-fair',
    body: { base: [] },
    wrong: 'base: must name each file',
  },
])(
  'a body of the wrong shape ($method $path) gets 400 and a plain reason, and nothing is written',
  async ({ method, path, body, wrong }) => {
    const before = snapshot();
    const response = await call(method, `/_author/api/${path}`, {
      headers: own(),
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    const reason = `the body is not of the shape this request takes: ${wrong}`;
    expect(response.json.message?.startsWith(reason), response.json.message).toBe(true);
    expect(snapshot()).toEqual(before);
  },
);

test('a translation of ours is added, edited and deleted through its routes, and the corpus verifies', async () => {
  const claim = 'quist-count-clean';
  const translation = {
    id: `${claim}-dossier`,
    claim,
    of: 'courier-2031-05-13-harbour-vote',
    language: 'fr',
    translator: { kind: 'dossier' },
    text: 'Le décompte était propre, et il a été fait deux fois.',
  };
  const file = () => readFileSync(join(dir, 'translations.yaml'), 'utf8');
  const added = await call('POST', '/_author/api/translations', {
    headers: own(),
    body: JSON.stringify({ base: await versions(), translation }),
  });
  expect(added.status, added.json.message).toBe(200);
  expect(file()).toContain(`text: ${translation.text}`);
  expect(verifyCorpus(readCorpusFolder(dir)).ok).toBe(true);
  const text = 'Le décompte était propre, et on l’a fait deux fois.';
  const edited = await call('PUT', `/_author/api/translations/${translation.id}`, {
    headers: own(),
    body: JSON.stringify({ base: await versions(), translation: { ...translation, text } }),
  });
  expect(edited.status, edited.json.message).toBe(200);
  expect(file()).toContain(`text: ${text}`);
  // One of the same language as its original is refused with the verifier's word.
  const before = snapshot();
  const english = await call('PUT', `/_author/api/translations/${translation.id}`, {
    headers: own(),
    body: JSON.stringify({
      base: await versions(),
      translation: { ...translation, language: 'en-GB' },
    }),
  });
  expect(english.status).toBe(422);
  expect(english.json.problems?.map((one) => one.message).join('\n')).toMatch(
    /the language of its original/,
  );
  expect(snapshot()).toEqual(before);
  const deleted = await call('DELETE', `/_author/api/translations/${translation.id}`, {
    headers: own(),
    body: JSON.stringify({ base: await versions() }),
  });
  expect(deleted.status, deleted.json.message).toBe(200);
  expect(file()).not.toContain(translation.id);
  expect(verifyCorpus(readCorpusFolder(dir)).ok).toBe(true);
});

test('an invalid claim is refused with the verifier’s own messages, and nothing is written', async () => {
  const before = snapshot();
  const claim = {
    id: 'made-up',
    topic: 'count-fair',
    speaker: 'mara-quist',
    summary: 'Mara Quist says something the paper never printed.',
    quote: 'Words the paper never printed.',
    source: 'courier-2031-05-13-harbour-vote',
    speech: 'reported',
  };
  const response = await call('POST', '/_author/api/claims', {
    headers: own(),
    body: JSON.stringify({ base: await versions(), claim }),
  });
  expect(response.status).toBe(422);
  expect(response.json.problems?.map((one) => one.message).join('\n')).toMatch(
    /the quote is not in .* verbatim/,
  );
  expect(snapshot()).toEqual(before);
});

test('a hostile source is stored byte for byte, under the folder, whatever its file name says', async () => {
  const hostile = Buffer.from(
    '\uFEFFA <script>x()</script> headline\r\n\r\nNOWHERE - Bell \u0007 here.\r\n',
  );
  const response = await call('POST', '/_author/api/sources', {
    headers: own(),
    body: JSON.stringify({
      base: await versions(),
      fileName: '../../../etc/evil.txt',
      content: hostile.toString('base64'),
      fields: { publisher: 'The Gazette', published: '2031-06-02' },
    }),
  });
  expect(response.status).toBe(200);
  const corpus = verifyCorpus(readCorpusFolder(dir));
  if (!corpus.ok) throw new Error(JSON.stringify(corpus.problems));
  const source = corpus.verified.corpus.sources.at(-1);
  expect(readFileSync(join(dir, `sources/${source?.id}.txt`)).equals(hostile)).toBe(true);
  expect([...readCorpusFolder(scratch).keys()].every((path) => path.startsWith('data/'))).toBe(
    true,
  );
});

test('a corrected copy of a source is answered first with what becomes of each quote', async () => {
  const file = join(dir, 'sources/harbour-radio-2031-05-12-morning.txt');
  const corrected = readFileSync(file, 'utf8').replace('had been clean', 'was clean');
  const before = snapshot();
  const response = await call(
    'POST',
    '/_author/api/sources/harbour-radio-2031-05-12-morning/text',
    {
      headers: own(),
      body: JSON.stringify({
        fileName: 'corrected.txt',
        content: Buffer.from(corrected).toString('base64'),
        dryRun: true,
      }),
    },
  );
  expect(response.status).toBe(200);
  const { proposals } = response.json as unknown as {
    proposals: { claimId: string; result: { status: string; passage?: string } }[];
  };
  expect(proposals.map((one) => [one.claimId, one.result.status])).toEqual([
    ['quist-count-clean', 'proposed'],
  ]);
  expect(proposals[0]?.result.passage).toContain('was clean');
  expect(snapshot()).toEqual(before);
});
