/**
 * The author's workbench server: the app served live over a corpus folder (Vite's dev server,
 * which recompiles the corpus on every request for it), and the API the author's edits go
 * through (`/_author/api/…`, see `corpus-writes.ts`). It is for this machine only:
 * - it listens on 127.0.0.1, and answers only requests addressed to it by that name (a page of
 *   another site cannot reach it through a name that resolves here);
 * - every API request carries the run's token, a random secret the printed address holds in
 *   its fragment (never sent over the network), and every request that writes comes from the
 *   workbench's own origin;
 * - a body is at most {@link maxBodyBytes}; every path written is a corpus file,
 *   `sources/<slug>.txt` or a saved page, `sources/<slug>.html`, under the folder.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import {
  corpusFileNames,
  type AuthoredTranslation,
  type CorpusFileName,
} from '../../src/corpus/corpus-schema.ts';
import type { Speaker, Topic } from '../../src/corpus/schema.ts';
import { readCorpusFolder } from '../corpus/corpus-files.ts';
import { appViteConfig } from '../site/app-vite-config.ts';
import { readSource, sourceRecord, SourceError, today } from '../sources/add-source.ts';
import { describeExtractor } from '../sources/extract-article.ts';
import { recoverJournal } from './commit-files.ts';
import {
  addAppearance,
  addClaim,
  addRelation,
  addSourceFile,
  addTranslation,
  deleteClaim,
  deleteNamed,
  deleteTranslation,
  EditError,
  fileVersions,
  proposeReanchoring,
  replaceSourceText,
  sourceIdTaken,
  updateClaim,
  updateNamed,
  updateTranslation,
  type FileVersions,
  type WriteResult,
} from './corpus-writes.ts';

/** The largest request body: a source of 5 MB, base64-encoded, with its fields. */
export const maxBodyBytes = 8 * 1024 * 1024;

/** Where the API lives. */
export const apiPrefix = '/_author/api/';

/** Options of {@link startAuthorServer}. */
export type AuthorServerOptions = {
  /** The corpus folder read and written (default `data`). */
  dataDir?: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Serve the API only, without the app (for tests of the API). */
  apiOnly?: boolean;
};

/** A running workbench. */
export type AuthorServer = {
  /** The workbench's origin, `http://127.0.0.1:<port>`. */
  origin: string;
  /** The address to open: the origin, with the token in its fragment. */
  url: string;
  token: string;
  /** What became of an edit that a previous run was cut short in, if one was. */
  recovered?: string;
  close: () => Promise<void>;
};

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes)
    throw new HttpError(413, `a request may be at most ${maxBodyBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes)
      throw new HttpError(413, `a request may be at most ${maxBodyBytes} bytes`);
    chunks.push(chunk);
  }
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'the body must be JSON (application/json)');
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error();
    return value as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'the body is not a JSON object');
  }
}

const text = z.string({ error: 'must be text' });
/** The versions of the files an edit was made from: file name → SHA-256. */
const versionsShape = z.optional(
  z.record(text, text, { error: 'must name each file read with its SHA-256' }),
);
/** A record the verifier checks field by field: here only an object. */
const recordShape = z.record(text, z.unknown(), { error: 'must be a record: an object of fields' });
/** Fields given as text: a source's, or accepted new words by claim id. */
const textsShape = z.optional(z.record(text, text, { error: 'must be an object of texts' }));
const filesShape = {
  fileName: text,
  content: text,
  base: versionsShape,
  dryRun: z.optional(z.boolean({ error: 'must be true or false' })),
};

/** The files of the records claims name, by the API path that edits them. */
const namedFiles = { speakers: 'speakers.yaml', topics: 'topics.yaml' } as const;

/**
 * The shape of each request's body. What is inside a record is the verifier's to judge (it
 * says which field is wrong and why); a body not of this shape is refused before anything
 * reads it, with the part that is wrong.
 */
const bodyShapes = {
  addClaim: z.object({
    base: versionsShape,
    claim: recordShape,
    speaker: z.optional(recordShape),
    topic: z.optional(recordShape),
  }),
  checkEdit: z.object({
    mode: z.literal('edit'),
    id: text,
    base: versionsShape,
    claim: recordShape,
    speaker: z.optional(recordShape),
    topic: z.optional(recordShape),
  }),
  updateClaim: z.object({
    base: versionsShape,
    claim: recordShape,
    speaker: z.optional(recordShape),
    topic: z.optional(recordShape),
  }),
  deleteClaim: z.object({
    base: versionsShape,
    also: z.optional(
      z.object({
        topic: z.optional(z.boolean({ error: 'must be true or false' })),
        speaker: z.optional(z.boolean({ error: 'must be true or false' })),
      }),
    ),
  }),
  updateNamed: z.object({ base: versionsShape, record: recordShape }),
  deleteNamed: z.object({ base: versionsShape }),
  addAppearance: z.object({ base: versionsShape, appearance: recordShape }),
  addRelation: z.object({ base: versionsShape, relation: recordShape }),
  translation: z.object({ base: versionsShape, translation: recordShape }),
  deleteTranslation: z.object({ base: versionsShape }),
  addSource: z.object({ ...filesShape, fields: textsShape }),
  replaceText: z.object({
    ...filesShape,
    accepted: z.optional(
      z.record(
        text,
        z.union([
          text,
          z.object({ quote: text, quotePrefix: z.optional(text), quoteSuffix: z.optional(text) }),
        ]),
        { error: 'must name each claim with the words accepted for it' },
      ),
    ),
  }),
};

/**
 * A speaker and a question made in an edit, as records for the verifier to judge field by
 * field (their shape is checked there, as a new claim's are).
 */
function newRecords(speaker?: Record<string, unknown>, topic?: Record<string, unknown>) {
  return {
    ...(speaker ? { speaker: speaker as Speaker } : {}),
    ...(topic ? { topic: topic as Topic } : {}),
  };
}

/** The body, if it has the shape; else a 400 that names what is wrong, in words. */
function shaped<T>(schema: z.ZodMiniType<T>, body: Record<string, unknown>): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.map(String).join('.') : 'the body';
  throw new HttpError(
    400,
    `the body is not of the shape this request takes: ${where}: ${issue?.message ?? 'unexpected'}`,
  );
}

/** A file the page sends: its name (for its kind only) and its bytes, base64-encoded. */
function readUpload(body: Record<string, unknown>) {
  const { fileName, content } = body;
  if (typeof fileName !== 'string' || typeof content !== 'string') {
    throw new HttpError(400, 'a source needs its fileName and its content (base64)');
  }
  try {
    return readSource(fileName, Buffer.from(content, 'base64'));
  } catch (error) {
    if (error instanceof SourceError) throw new HttpError(422, error.message);
    throw error;
  }
}

/** The authored records of every file, for the workbench's forms, and their versions. */
function corpusState(dir: string) {
  const files = readCorpusFolder(resolve(dir));
  const records: Partial<Record<CorpusFileName, unknown>> = {};
  for (const file of corpusFileNames) {
    const bytes = files.get(file);
    records[file] = bytes ? parse(new TextDecoder().decode(bytes)) : undefined;
  }
  return { versions: fileVersions(dir), records };
}

function resultStatus(result: WriteResult): number {
  if (result.ok) return 200;
  return result.reason === 'conflict' ? 409 : result.reason === 'not-found' ? 404 : 422;
}

/** Starts the workbench over a corpus folder and prints nothing (see `scripts/author.ts`). */
export async function startAuthorServer({
  dataDir = 'data',
  port = 0,
  apiOnly = false,
}: AuthorServerOptions = {}): Promise<AuthorServer> {
  const dir = resolve(dataDir);
  // An edit a previous run was cut short in is finished or undone before anything reads.
  const recovered = recoverJournal(dir);
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let origin = '';
  let vite: ViteDevServer | undefined;

  const api = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const given = Buffer.from(String(request.headers['x-author-token'] ?? ''));
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) {
      throw new HttpError(403, "this request lacks the workbench's token");
    }
    const method = request.method ?? 'GET';
    // The workbench's own origin under either of this machine's names: opened at `localhost`
    // (as people type it) its changes come from there.
    const ownOrigins = [origin, origin.replace('//127.0.0.1:', '//localhost:')];
    if (method !== 'GET' && !ownOrigins.includes(String(request.headers.origin))) {
      throw new HttpError(403, `a change must come from the workbench itself (${origin})`);
    }
    if (method === 'GET' && path === 'state') return send(response, 200, corpusState(dir));
    const body = method === 'GET' ? {} : await readJson(request);
    const base = shaped(z.object({ base: versionsShape }), body).base ?? ({} as FileVersions);
    let result: WriteResult;
    const claimPath = /^claims\/([a-z0-9-]+)(\/appearances)?$/.exec(path);
    const namedPath = /^(speakers|topics)\/([a-z0-9-]+)$/.exec(path);
    const translationId = /^translations\/([a-z0-9-]+)$/.exec(path)?.[1];
    if (method === 'POST' && path === 'check' && body.mode === 'edit') {
      // An edit checked as the author types: the verifier's word, nothing written.
      const { id, claim, speaker, topic } = shaped(bodyShapes.checkEdit, body);
      result = updateClaim(dir, base, id, claim as Parameters<typeof updateClaim>[3], {
        dryRun: true,
        ...newRecords(speaker, topic),
      });
    } else if (method === 'POST' && (path === 'claims' || path === 'check')) {
      const edit = shaped(bodyShapes.addClaim, body) as Parameters<typeof addClaim>[2];
      result = addClaim(dir, base, edit, { dryRun: path === 'check' });
    } else if (claimPath?.[1] && method === 'PUT' && !claimPath[2]) {
      const { claim, speaker, topic } = shaped(bodyShapes.updateClaim, body);
      result = updateClaim(
        dir,
        base,
        claimPath[1],
        claim as Parameters<typeof updateClaim>[3],
        newRecords(speaker, topic),
      );
    } else if (claimPath?.[1] && method === 'DELETE' && !claimPath[2]) {
      const { also } = shaped(bodyShapes.deleteClaim, body);
      result = deleteClaim(dir, base, claimPath[1], also);
    } else if (namedPath?.[1] && namedPath[2] && method === 'PUT') {
      const file = namedFiles[namedPath[1] as keyof typeof namedFiles];
      const { record } = shaped(bodyShapes.updateNamed, body);
      result = updateNamed(dir, base, file, namedPath[2], record as Speaker | Topic);
    } else if (namedPath?.[1] && namedPath[2] && method === 'DELETE') {
      shaped(bodyShapes.deleteNamed, body);
      const file = namedFiles[namedPath[1] as keyof typeof namedFiles];
      result = deleteNamed(dir, base, file, namedPath[2]);
    } else if (claimPath?.[1] && method === 'POST' && claimPath[2]) {
      result = addAppearance(
        dir,
        base,
        claimPath[1],
        shaped(bodyShapes.addAppearance, body).appearance as Parameters<typeof addAppearance>[3],
      );
    } else if (method === 'POST' && path === 'translations') {
      const { translation } = shaped(bodyShapes.translation, body);
      result = addTranslation(dir, base, translation as AuthoredTranslation);
    } else if (translationId && method === 'PUT') {
      const { translation } = shaped(bodyShapes.translation, body);
      result = updateTranslation(dir, base, translationId, translation as AuthoredTranslation);
    } else if (translationId && method === 'DELETE') {
      shaped(bodyShapes.deleteTranslation, body);
      result = deleteTranslation(dir, base, translationId);
    } else if (method === 'POST' && path === 'relations') {
      const { relation } = shaped(bodyShapes.addRelation, body);
      result = addRelation(dir, base, relation as Parameters<typeof addRelation>[2]);
    } else if (method === 'POST' && /^sources\/[a-z0-9-]+\/text$/.test(path)) {
      // A corrected copy of a source's text: what becomes of each quote, or the replacement.
      const sourceId = path.split('/')[1] ?? '';
      const { accepted = {}, dryRun } = shaped(bodyShapes.replaceText, body);
      const read = readUpload(body);
      if (dryRun === true) {
        try {
          return send(response, 200, {
            ok: true,
            proposals: proposeReanchoring(dir, sourceId, read.bytes),
          });
        } catch (error) {
          if (error instanceof EditError)
            throw new HttpError(error.reason === 'not-found' ? 404 : 422, error.message);
          throw error;
        }
      }
      result = replaceSourceText(
        dir,
        base,
        sourceId,
        read.bytes,
        accepted,
        read.kind === 'page' ? { bytes: read.page, extractor: read.extractor } : undefined,
      );
    } else if (method === 'POST' && path === 'sources') {
      const { fields = {}, dryRun } = shaped(bodyShapes.addSource, body);
      const read = readUpload(body);
      if (dryRun === true) {
        // What the file proposes, for the author to confirm or correct before it is saved.
        const { record, missing } = sourceRecord(read, fields, (id) => sourceIdTaken(dir, id));
        return send(response, 200, {
          ok: true,
          proposal: { ...read.proposal, ...fields, ...(record ? { id: record.id } : {}) },
          missing,
          text: new TextDecoder().decode(read.bytes),
          // Where the text comes from, as the record will say it: a page's extraction.
          ...(read.kind === 'page'
            ? {
                extraction: {
                  sha256: createHash('sha256').update(read.page).digest('hex'),
                  captured: fields.captured ?? today(),
                  extractor: describeExtractor(read.extractor),
                  ...(record?.extractedFrom ? { page: record.extractedFrom.page } : {}),
                },
              }
            : {}),
        });
      }
      result = addSourceFile(dir, base, read, fields);
    } else {
      throw new HttpError(404, `no ${method} ${apiPrefix}${path}`);
    }
    // A check answers what the verifier says; only a refused change is a failed request.
    send(response, path === 'check' ? 200 : resultStatus(result), result);
  };

  const server = createHttpServer((request, response) => {
    // Addressed to this machine by its own name only: no other site's name resolving here.
    const host = request.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`) {
      return send(response, 403, { ok: false, message: `not served to ${host}` });
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith(apiPrefix)) {
      api(request, response, url.pathname.slice(apiPrefix.length)).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof Error ? error.message : String(error);
        if (!response.headersSent) send(response, status, { ok: false, message, problems: [] });
      });
      return;
    }
    if (!vite) return send(response, 404, { ok: false, message: 'the API only' });
    vite.middlewares(request, response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (!apiOnly) {
    const { configFile: _, ...app } = appViteConfig({ base: '/', corpusDir: dir });
    vite = await createViteServer({
      ...app,
      configFile: false,
      logLevel: 'warn',
      appType: 'spa',
      define: { ...app.define, 'import.meta.env.VITE_AUTHOR_MODE': JSON.stringify('true') },
      // No CORS headers on any path: Vite's default lets any page on a loopback origin (another
      // local port) read the app's modules, and through them the corpus and the sources.
      server: { middlewareMode: true, hmr: { server }, cors: false },
    });
  }
  return {
    origin,
    url: `${origin}/#author-token=${token}`,
    token,
    ...(recovered ? { recovered } : {}),
    close: async () => {
      await vite?.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
