/**
 * The workbench's API as the author's screens call it (scripts/author/author-server.ts): every
 * request carries this run's token, which the printed address holds in its fragment; it is
 * kept for the tab's life in session storage and taken out of the address bar.
 */
import type { AuthoredClaim, AuthoredTranslation, Source } from '../corpus/corpus-schema.ts';
import type { Dossier, Relation, Speaker, Topic, Party } from '../corpus/schema.ts';

const tokenKey = 'author-token';

/** The run's token: from the address's fragment the first time, then from the tab's storage. */
export function authorToken(): string | undefined {
  const match = /author-token=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(tokenKey, match[1]);
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(tokenKey) ?? undefined;
}

/** Each corpus file's SHA-256 as read: what an edit expects to find. */
export type Versions = Record<string, string>;

/** The authored records of the corpus, as its files hold them. */
export type AuthorState = {
  versions: Versions;
  records: {
    'dossier.yaml': Dossier;
    'parties.yaml': Party[];
    'speakers.yaml': Speaker[];
    'topics.yaml': Topic[];
    'sources.yaml': Source[];
    'claims.yaml': AuthoredClaim[];
    'relations.yaml': Relation[];
    /** Absent from a folder without translations. */
    'translations.yaml'?: AuthoredTranslation[];
  };
};

/** A problem the verifier found, as the API reports it. */
export type Problem = {
  file: string;
  record?: string;
  field?: string;
  line?: number;
  message: string;
  detail?: string;
  /** Changes that would fix it, each a label and the fields it sets. */
  fixes?: { label: string; set: Record<string, string> }[];
};

/** The API's answer to an edit. */
export type EditAnswer = {
  ok: boolean;
  message?: string;
  problems?: Problem[];
  versions?: Versions;
  reason?: string;
};

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<EditAnswer & Record<string, unknown>> {
  const token = authorToken();
  const response = await fetch(`/_author/api/${path}`, {
    method,
    headers: {
      'x-author-token': token ?? '',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return (await response.json()) as EditAnswer & Record<string, unknown>;
}

export const authorApi = {
  state: async () => (await call('GET', 'state')) as unknown as AuthorState & EditAnswer,
  check: (body: unknown) => call('POST', 'check', body),
  addClaim: (body: unknown) => call('POST', 'claims', body),
  updateClaim: (id: string, body: unknown) => call('PUT', `claims/${id}`, body),
  deleteClaim: (id: string, body: unknown) => call('DELETE', `claims/${id}`, body),
  addAppearance: (id: string, body: unknown) => call('POST', `claims/${id}/appearances`, body),
  addRelation: (body: unknown) => call('POST', 'relations', body),
  addTranslation: (body: unknown) => call('POST', 'translations', body),
  /** A translation written anew; its id never changes. */
  updateTranslation: (id: string, body: unknown) => call('PUT', `translations/${id}`, body),
  deleteTranslation: (id: string, body: unknown) => call('DELETE', `translations/${id}`, body),
  addSource: (body: unknown) => call('POST', 'sources', body),
  replaceText: (id: string, body: unknown) => call('POST', `sources/${id}/text`, body),
  /** A speaker or a question written anew; its id never changes. */
  updateNamed: (kind: 'speakers' | 'topics', id: string, body: unknown) =>
    call('PUT', `${kind}/${id}`, body),
  /** A speaker or a question deleted; refused while a claim names it. */
  deleteNamed: (kind: 'speakers' | 'topics', id: string, body: unknown) =>
    call('DELETE', `${kind}/${id}`, body),
};

/** A problem in one line: where, then what. */
export function problemLine(problem: Problem): string {
  const where = [problem.record, problem.field].filter(Boolean).join(' › ');
  return `${where ? `${where}: ` : ''}${problem.message}`;
}

/**
 * Bytes as base64, for a file or a paste sent in JSON. Spread into `String.fromCharCode` a
 * 32 KB slice at a time: all at once, a paste of about 200 KB overflowed the call stack and
 * was silently never sent.
 */
export function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A file's bytes as base64 (see {@link base64OfBytes}). */
export async function base64Of(file: Blob): Promise<string> {
  return base64OfBytes(new Uint8Array(await file.arrayBuffer()));
}
