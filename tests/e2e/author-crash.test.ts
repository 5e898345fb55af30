/**
 * The workbench killed between the writes of each edit that changes several files: replacing a
 * source's text (the text, its record, a claim's re-anchored quote), deleting a claim (the
 * claim and the relations to it), and a claim with a new speaker and a new question. The real
 * `npm run author` process kills itself (SIGKILL, as a power cut or a closed terminal would
 * stop it) once the journal is written and after each file; started again, it finishes the
 * edit, and the corpus verifies and holds all of it. Had a file it had yet to write been
 * changed by hand meanwhile, it undoes the edit instead: the corpus holds none of it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, expect, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { interruptedEditJournal } from '../../scripts/corpus/problem.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type { AuthoredClaim, Source } from '../../src/corpus/corpus-schema.ts';
import type { Relation } from '../../src/corpus/schema.ts';

const fixture = 'tests/fixtures/second-dossier';
const scratches: string[] = [];
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the second dossier to edit. */
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'author-crash-'));
  scratches.push(root);
  const dir = join(root, 'data');
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

type Workbench = {
  child: ChildProcess;
  origin: string;
  token: string;
  output: () => string;
  exited: Promise<NodeJS.Signals | number | null>;
};

/** Starts `npm run author` over the folder, as an author does, and waits for its address. */
async function startWorkbench(dir: string, env: Record<string, string> = {}): Promise<Workbench> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/author.ts', dir, '--port', '0'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((done) =>
    child.on('exit', (code, signal) => {
      running.delete(child);
      done(signal ?? code);
    }),
  );
  const address = await new Promise<URL>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`the workbench printed no address in 120 s:\n${output}`)),
      120_000,
    );
    const look = () => {
      const found = /http:\/\/127\.0\.0\.1:\d+\/#author-token=\S+/.exec(output);
      if (found) {
        clearTimeout(timer);
        done(new URL(found[0]));
      }
    };
    child.stdout?.on('data', look);
    void exited.then(() => fail(new Error(`the workbench stopped:\n${output}`)));
  });
  return {
    child,
    origin: address.origin,
    token: address.hash.replace('#author-token=', ''),
    output: () => output,
    exited,
  };
}

/** A request of the workbench's page, with its token, from its own origin. */
async function call(bench: Workbench, method: string, path: string, body?: unknown) {
  const response = await fetch(`${bench.origin}/_author/api/${path}`, {
    method,
    headers: {
      'x-author-token': bench.token,
      origin: bench.origin,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(60_000),
  });
  return (await response.json()) as Record<string, unknown>;
}

const records = <T>(dir: string, file: string) =>
  (parse(readFileSync(join(dir, file), 'utf8')) ?? []) as T[];

function verified(dir: string) {
  const verdict = verifyCorpus(readCorpusFolder(dir));
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.problems, null, 2));
  return verdict.verified.corpus;
}

/** An edit as the page sends it, the files it changes, and what holding all of it means. */
type Edit = {
  name: string;
  files: number;
  send: (bench: Workbench, base: unknown) => Promise<unknown>;
  whole: (dir: string) => void;
  none: (dir: string) => void;
};

/** The edits, each made from the fixture's own records. */
function edits(dir: string): Edit[] {
  const claims = records<AuthoredClaim>(dir, 'claims.yaml');
  const relations = records<Relation>(dir, 'relations.yaml');
  const sources = records<Source>(dir, 'sources.yaml');

  // A claim two relations or more point at or from.
  const related = claims.find(
    (claim) => relations.filter((one) => one.from === claim.id || one.to === claim.id).length > 0,
  );
  if (!related) throw new Error('the fixture has no related claim');

  // A source's corrected copy in which one claim's quote reads differently.
  const quoted = claims.find((claim) => sources.some((source) => source.id === claim.source));
  const source = sources.find((one) => one.id === quoted?.source);
  if (!quoted || !source) throw new Error('the fixture has no quoted source');
  const oldText = readFileSync(join(dir, source.file), 'utf8');
  const newQuote = quoted.quote.replace(/(\S+)$/, 'truly $1');
  const newText = oldText.replace(quoted.quote, newQuote);
  if (newText === oldText) throw new Error('the quote is not in its source');

  const [speaker] = records<{ party: string }>(dir, 'speakers.yaml');
  const topics = records<{ order: number }>(dir, 'topics.yaml');
  const newClaim: AuthoredClaim = {
    ...quoted,
    id: 'crash-test-new-claim',
    speaker: 'crash-test-speaker',
    topic: 'crash-test-question',
    summary: 'A claim of the crash test, in our words.',
    alsoIn: undefined,
  };
  delete newClaim.alsoIn;
  delete newClaim.short;

  return [
    {
      name: "replacing a source's text",
      files: 3,
      send: (bench, base) =>
        call(bench, 'POST', `sources/${source.id}/text`, {
          base,
          fileName: 'corrected.txt',
          content: Buffer.from(newText).toString('base64'),
          accepted: { [quoted.id]: newQuote },
        }),
      whole: (at) => {
        expect(readFileSync(join(at, source.file), 'utf8')).toBe(newText);
        const claim = verified(at).claims.find((one) => one.id === quoted.id);
        expect(claim?.quote.textQuoteSelector.exact).toBe(newQuote);
      },
      none: (at) => expect(readFileSync(join(at, source.file), 'utf8')).toBe(oldText),
    },
    {
      name: 'deleting a claim with relations',
      files: 2,
      send: (bench, base) => call(bench, 'DELETE', `claims/${related.id}`, { base }),
      whole: (at) => {
        const corpus = verified(at);
        expect(corpus.claims.map((one) => one.id)).not.toContain(related.id);
        expect(
          records<Relation>(at, 'relations.yaml').filter(
            (one) => one.from === related.id || one.to === related.id,
          ),
        ).toEqual([]);
      },
      none: (at) => expect(verified(at).claims.map((one) => one.id)).toContain(related.id),
    },
    {
      name: 'a claim with a new speaker and a new question',
      files: 3,
      send: (bench, base) =>
        call(bench, 'POST', 'claims', {
          base,
          claim: newClaim,
          speaker: {
            id: 'crash-test-speaker',
            name: 'A speaker of the crash test',
            kind: 'person',
            party: speaker?.party,
          },
          topic: {
            id: 'crash-test-question',
            title: 'The crash test',
            question: 'Does an edit land whole?',
            order: Math.max(...topics.map((one) => one.order)) + 1,
          },
        }),
      whole: (at) => {
        const corpus = verified(at);
        expect(corpus.claims.map((one) => one.id)).toContain(newClaim.id);
        expect(corpus.speakers.map((one) => one.id)).toContain('crash-test-speaker');
        expect(corpus.topics.map((one) => one.id)).toContain('crash-test-question');
      },
      none: (at) => {
        const corpus = verified(at);
        expect(corpus.claims.map((one) => one.id)).not.toContain(newClaim.id);
        expect(corpus.speakers.map((one) => one.id)).not.toContain('crash-test-speaker');
      },
    },
  ];
}

/**
 * Where each edit is cut: between each two of its writes; for the first edit also once the
 * journal is written and once every file is (the journal not yet gone). Each cut starts the
 * workbench twice, so the edges are tried once, not for every edit.
 */
const cases = edits(fixture).flatMap((edit, e) =>
  Array.from({ length: edit.files + 1 }, (_, cut) => cut)
    .filter((cut) => e === 0 || (cut > 0 && cut < edit.files))
    .map((cut) => ({
      e,
      cut,
      name: edit.name,
      when: cut === 0 ? 'once its journal is written' : `after ${cut} of its ${edit.files} writes`,
    })),
);

test.each(cases)(
  '$name, killed $when: started again, the corpus holds the whole edit',
  async ({ e, cut }) => {
    const dir = scratch();
    const edit = edits(dir)[e];
    if (!edit) throw new Error('no edit');
    const bench = await startWorkbench(dir, { AUTHOR_TEST_CRASH_AFTER_WRITE: String(cut) });
    const { versions } = (await call(bench, 'GET', 'state')) as { versions: unknown };
    await expect(edit.send(bench, versions)).rejects.toThrow();
    expect(await bench.exited).toBe('SIGKILL');
    expect(readCorpusFolder(dir).has(interruptedEditJournal)).toBe(true);

    const again = await startWorkbench(dir);
    expect(again.output()).toMatch(/^An edit interrupted at \S+ was finished \(/);
    edit.whole(dir);
    expect(readCorpusFolder(dir).has(interruptedEditJournal)).toBe(false);
    again.child.kill('SIGTERM');
    await again.exited;
  },
  240_000,
);

test('killed mid-edit, then a file it had yet to write edited by hand: started again, none of the edit is left', async () => {
  const dir = scratch();
  const edit = edits(dir).find((one) => one.name.startsWith('deleting'));
  if (!edit) throw new Error('no edit');
  const bench = await startWorkbench(dir, { AUTHOR_TEST_CRASH_AFTER_WRITE: '1' });
  const { versions } = (await call(bench, 'GET', 'state')) as { versions: unknown };
  await expect(edit.send(bench, versions)).rejects.toThrow();
  expect(await bench.exited).toBe('SIGKILL');
  // relations.yaml, the edit's second file, gains a comment by hand.
  const relations = readFileSync(join(dir, 'relations.yaml'), 'utf8');
  writeFileSync(join(dir, 'relations.yaml'), `${relations}# Checked by hand.\n`);

  const again = await startWorkbench(dir);
  expect(again.output()).toMatch(/was undone, because relations\.yaml changed by hand since/);
  edit.none(dir);
  expect(readFileSync(join(dir, 'relations.yaml'), 'utf8')).toBe(
    `${relations}# Checked by hand.\n`,
  );
  again.child.kill('SIGTERM');
  await again.exited;
}, 240_000);
