/**
 * An edit of several files lands whole or not at all (scripts/author/commit-files.ts): cut
 * short after any of its writes, the next start finishes it, or undoes it when a file it had
 * yet to write was changed by hand meanwhile; a hand edit saved at any moment before a file is
 * written is never overwritten. The cuts here are thrown from the hook the crash test
 * (tests/e2e/author-crash.test.ts) kills the real workbench at.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { commitFiles, recoverJournal, type FileChange } from '../../scripts/author/commit-files.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { interruptedEditJournal } from '../../scripts/corpus/problem.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'commit-files-'));
  mkdirSync(join(root, 'sources'));
  writeFileSync(join(root, 'a.yaml'), 'a before\n');
  writeFileSync(join(root, 'b.yaml'), 'b before\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (path: string) =>
  existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : null;
/** Every file of the folder, with its text. */
const folder = () =>
  Object.fromEntries(
    [...readCorpusFolder(root)].map(([path, content]) => [path, new TextDecoder().decode(content)]),
  );

/** An edit of three files: two changed, one new. */
const edit: FileChange[] = [
  { path: 'sources/new.txt', before: null, after: bytes('new text\n') },
  { path: 'a.yaml', before: bytes('a before\n'), after: bytes('a after\n') },
  { path: 'b.yaml', before: bytes('b before\n'), after: bytes('b after\n') },
];
const before = { 'a.yaml': 'a before\n', 'b.yaml': 'b before\n' };
const after = { 'a.yaml': 'a after\n', 'b.yaml': 'b after\n', 'sources/new.txt': 'new text\n' };

/** Thrown from the hook: the process stopping there. */
class Cut extends Error {}

test('an edit writes every file and leaves nothing else behind', () => {
  expect(commitFiles(root, edit)).toEqual({ ok: true });
  expect(folder()).toEqual(after);
});

test.each(edit.map((_, i) => i).concat(edit.length))(
  'cut short after %i of its writes, the next start finishes the edit',
  (cutAt) => {
    expect(() =>
      commitFiles(root, edit, {
        afterWrite: (written) => {
          if (written === cutAt) throw new Cut();
        },
      }),
    ).toThrow(Cut);
    expect(read(interruptedEditJournal)).not.toBeNull();
    // Until then the verifier says why the folder may hold part of an edit.
    const verdict = verifyCorpus(readCorpusFolder(root));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.problems).toContainEqual(
        expect.objectContaining({ file: interruptedEditJournal }),
      );
    }
    expect(recoverJournal(root)).toMatch(/^An edit interrupted at .* was finished \(/);
    expect(folder()).toEqual(after);
    expect(recoverJournal(root)).toBeUndefined();
  },
);

test('cut short, then a file it had yet to write changed by hand: the edit is undone, the hand edit kept', () => {
  expect(() =>
    commitFiles(root, edit, {
      afterWrite: (written) => {
        if (written === 2) throw new Cut();
      },
    }),
  ).toThrow(Cut);
  writeFileSync(join(root, 'b.yaml'), 'b by hand\n');
  expect(recoverJournal(root)).toMatch(/was undone, because b\.yaml changed by hand since/);
  expect(folder()).toEqual({ ...before, 'b.yaml': 'b by hand\n' });
});

test('cut short while a file was moved aside to be checked: it is put back, and the edit finished', () => {
  expect(() =>
    commitFiles(root, edit, {
      afterWrite: (written) => {
        if (written === 1) throw new Cut();
      },
    }),
  ).toThrow(Cut);
  // As the process would leave it if it died between moving a.yaml aside and linking anew.
  renameSync(join(root, 'a.yaml'), join(root, 'a.yaml.author-before'));
  writeFileSync(join(root, `a.yaml.${'0a1b2c3d4e5f'}.tmp`), 'a after\n');
  expect(recoverJournal(root)).toMatch(/was finished/);
  expect(folder()).toEqual(after);
});

test.each([1, 2])(
  'a hand edit saved just before file %i is written is kept, and the files written are put back',
  (n) => {
    const target = edit[n];
    if (!target) throw new Error('no such file');
    const result = commitFiles(root, edit, {
      // Between the writes: what a person's editor saving the next file would do.
      afterWrite: (written) => {
        if (written === n) writeFileSync(join(root, target.path), `${target.path} by hand\n`);
      },
    });
    expect(result).toEqual({
      ok: false,
      path: target.path,
      message: `${target.path} was changed on disk while this change was being saved: nothing was saved, and your entry is kept.`,
    });
    expect(folder()).toEqual({ ...before, [target.path]: `${target.path} by hand\n` });
  },
);

test('a new file someone created meanwhile is not overwritten', () => {
  writeFileSync(join(root, 'sources/new.txt'), 'theirs\n');
  const result = commitFiles(root, edit);
  expect(result.ok).toBe(false);
  expect(folder()).toEqual({ ...before, 'sources/new.txt': 'theirs\n' });
});

test('a file deleted meanwhile is not written back', () => {
  const result = commitFiles(root, edit, {
    afterWrite: (written) => {
      if (written === 1) rmSync(join(root, 'a.yaml'));
    },
  });
  expect(result).toMatchObject({ ok: false, path: 'a.yaml' });
  expect(folder()).toEqual({ 'b.yaml': 'b before\n' });
});

test('the journal holds each file before and after, to finish or undo from', () => {
  let journal: unknown;
  commitFiles(root, edit, {
    afterWrite: (written) => {
      if (written === 0) journal = JSON.parse(read(interruptedEditJournal) ?? 'null');
    },
  });
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const files = (journal as { files: { path: string; before: string | null; after: string }[] })
    .files;
  expect(
    files.map((file) => ({
      path: file.path,
      before: file.before === null ? null : sha(Buffer.from(file.before, 'base64').toString()),
      after: sha(Buffer.from(file.after, 'base64').toString()),
    })),
  ).toEqual(
    edit.map((file) => ({
      path: file.path,
      before: file.before === null ? null : sha(new TextDecoder().decode(file.before)),
      after: sha(new TextDecoder().decode(file.after ?? new Uint8Array())),
    })),
  );
  expect(readdirSync(root)).not.toContain(interruptedEditJournal);
});

test('a file an edit deletes is gone, put back if the edit is undone, and its deletion finished after a cut', () => {
  const deleting: FileChange[] = [
    { path: 'a.yaml', before: bytes('a before\n'), after: bytes('a after\n') },
    { path: 'b.yaml', before: bytes('b before\n'), after: null },
  ];
  expect(() =>
    commitFiles(root, deleting, {
      afterWrite: (written) => {
        if (written === 1) throw new Cut();
      },
    }),
  ).toThrow(Cut);
  expect(recoverJournal(root)).toMatch(/was finished/);
  expect(folder()).toEqual({ 'a.yaml': 'a after\n' });
  // Undone when a.yaml changed by hand before the deletion: b.yaml stays.
  writeFileSync(join(root, 'b.yaml'), 'b before\n');
  const result = commitFiles(root, [
    { path: 'b.yaml', before: bytes('b before\n'), after: null },
    { path: 'a.yaml', before: bytes('a before\n'), after: bytes('a again\n') },
  ]);
  expect(result).toMatchObject({ ok: false, path: 'a.yaml' });
  expect(folder()).toEqual({ 'a.yaml': 'a after\n', 'b.yaml': 'b before\n' });
});
