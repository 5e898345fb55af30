/**
 * Writes a change to several files of a corpus folder whole or not at all, even when the
 * process dies between two writes, and never over a file someone changed meanwhile.
 *
 * - Before the first write, a journal (`.author-journal.json` in the folder) records each
 *   file's bytes before and after; it is removed once every file is written.
 * - Each file is written to a temporary file first. The file in place is then moved aside and
 *   checked against what the edit read: a hand edit saved at any moment before the move is
 *   found there, put back, and the edit refused (the files it had written already are put back
 *   as they were). The new bytes are then linked into place, which fails if someone created
 *   the file in between; there is no moment at which a save of theirs is overwritten unseen.
 * - `recoverJournal` runs before anything reads the folder (the workbench at start, each edit):
 *   an edit cut short is finished when every file it had yet to write is still as it was, and
 *   undone otherwise, so the folder holds the whole edit or none of it.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { interruptedEditJournal } from '../corpus/problem.ts';

/** The journal's name in the corpus folder. */
const journalName = interruptedEditJournal;

/** A file's suffix while the edit has it moved aside to check it. */
const asideSuffix = '.author-before';

/**
 * One file of an edit: its path in the folder, its bytes before (none: a new file) and after
 * (none: the edit deletes it).
 */
export type FileChange = { path: string; before: Uint8Array | null; after: Uint8Array | null };

/** What an edit's commit came to. */
export type CommitResult = { ok: true } | { ok: false; path: string; message: string };

type JournalEntry = { path: string; before: string | null; after: string | null };
type Journal = { version: 1; started: string; files: JournalEntry[] };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Writes bytes to a new file and flushes them to the disk. */
function writeNew(path: string, bytes: Uint8Array | string) {
  const fd = openSync(path, 'wx');
  try {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    let at = 0;
    while (at < buffer.length) at += writeSync(fd, buffer, at, buffer.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (renames, links) to the disk, where the system allows it. */
function syncFolder(path: string) {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Some systems cannot open or flush a folder; the renames are still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const temporaryOf = (path: string) => `${path}.${randomBytes(6).toString('hex')}.tmp`;
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/** A file refused: changed on disk since the edit read it. */
class Changed extends Error {}

/**
 * Puts `after` in place of the file at `path` if it still holds `before` (no file, for null).
 * Throws `Changed`, with the file as someone left it, when it does not.
 */
function replaceChecked(path: string, before: Uint8Array | null, after: Uint8Array | null) {
  const temporary = after ? temporaryOf(path) : null;
  if (temporary && after) writeNew(temporary, after);
  const aside = `${path}${asideSuffix}`;
  try {
    if (before !== null) {
      try {
        renameSync(path, aside);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') throw new Changed('was deleted');
        throw error;
      }
      if (sha256(readFileSync(aside)) !== sha256(before)) {
        // Theirs goes back where it was.
        putBack(aside, path);
        throw new Changed('was changed');
      }
    }
    if (temporary) {
      try {
        linkSync(temporary, path);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
        // Someone saved the file while it was moved aside: theirs stays.
        throw new Changed('was written');
      }
    }
    rmSync(aside, { force: true });
  } finally {
    if (temporary) rmSync(temporary, { force: true });
  }
}

/** Moves a file set aside back into place, unless someone has put another there. */
function putBack(aside: string, path: string) {
  try {
    linkSync(aside, path);
    rmSync(aside, { force: true });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    // Both are someone's: the one set aside stays beside it, for them to choose.
  }
}

function readJournal(root: string): Journal | undefined {
  const path = join(root, journalName);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as Journal;
}

const fromBase64 = (text: string | null) => (text === null ? null : Buffer.from(text, 'base64'));

/**
 * Writes the changes whole or not at all (see the top of this file). `afterWrite` is called
 * once the journal is written and after each file is in place, with how many are: the crash
 * tests stop the process there.
 */
export function commitFiles(
  root: string,
  changes: readonly FileChange[],
  { afterWrite }: { afterWrite?: (written: number) => void } = {},
): CommitResult {
  if (changes.length === 0) return { ok: true };
  const journal: Journal = {
    version: 1,
    started: new Date().toISOString(),
    files: changes.map(({ path, before, after }) => ({
      path,
      before: before === null ? null : Buffer.from(before).toString('base64'),
      after: after === null ? null : Buffer.from(after).toString('base64'),
    })),
  };
  const journalPath = join(root, journalName);
  writeNew(journalPath, JSON.stringify(journal));
  syncFolder(root);
  afterWrite?.(0);
  const written: FileChange[] = [];
  for (const change of changes) {
    const path = join(root, change.path);
    try {
      replaceChecked(path, change.before, change.after);
    } catch (error) {
      if (!(error instanceof Changed)) throw error;
      undo(root, written);
      rmSync(journalPath, { force: true });
      return {
        ok: false,
        path: change.path,
        message: `${change.path} ${error.message} on disk while this change was being saved: nothing was saved, and your entry is kept.`,
      };
    }
    written.push(change);
    syncFolder(dirname(path));
    afterWrite?.(written.length);
  }
  rmSync(journalPath, { force: true });
  syncFolder(root);
  return { ok: true };
}

/** Puts back the files an edit wrote, each where it still holds what the edit wrote. */
function undo(root: string, written: readonly FileChange[]) {
  for (const change of [...written].reverse()) {
    try {
      replaceChecked(join(root, change.path), change.after, change.before);
    } catch (error) {
      // Changed again since: that is someone's edit, and it stays.
      if (!(error instanceof Changed)) throw error;
    }
  }
}

/** What recovering an interrupted edit did, in words for the author; undefined: nothing to do. */
export function recoverJournal(root: string): string | undefined {
  const journal = readJournal(root);
  if (!journal) return undefined;
  const files = journal.files.map((entry) => ({
    path: entry.path,
    before: fromBase64(entry.before),
    after: fromBase64(entry.after),
  }));
  // A file caught while moved aside goes back first; leftovers of the edit go.
  for (const { path } of files) {
    const full = join(root, path);
    const aside = `${full}${asideSuffix}`;
    if (existsSync(aside)) {
      if (existsSync(full)) rmSync(aside, { force: true });
      else putBack(aside, full);
    }
    const name = full.slice(dirname(full).length + 1);
    for (const entry of readdirSync(dirname(full))) {
      if (entry.startsWith(`${name}.`) && /\.[0-9a-f]{12}\.tmp$/.test(entry)) {
        rmSync(join(dirname(full), entry), { force: true });
      }
    }
  }
  const now = (path: string) => {
    const full = join(root, path);
    return existsSync(full) ? sha256(readFileSync(full)) : null;
  };
  const shaOf = (bytes: Uint8Array | null) => (bytes === null ? null : sha256(bytes));
  const states = files.map((file) => {
    const current = now(file.path);
    if (current === shaOf(file.after)) return 'written';
    if (current === shaOf(file.before)) return 'pending';
    return 'changed';
  });
  let outcome: string;
  if (!states.includes('changed')) {
    // Every file is as the edit left it or as it found it: the edit is finished.
    for (const [i, file] of files.entries()) {
      if (states[i] === 'pending') replaceChecked(join(root, file.path), file.before, file.after);
    }
    outcome = `finished (${files.map((file) => file.path).join(', ')})`;
  } else {
    // A file was changed by hand since: the edit is undone wherever it was written.
    for (const [i, file] of files.entries()) {
      if (states[i] === 'written') replaceChecked(join(root, file.path), file.after, file.before);
    }
    const changed = files.filter((_, i) => states[i] === 'changed').map((file) => file.path);
    outcome = `undone, because ${changed.join(', ')} changed by hand since`;
  }
  rmSync(join(root, journalName), { force: true });
  syncFolder(root);
  return `An edit interrupted at ${journal.started} was ${outcome}.`;
}
