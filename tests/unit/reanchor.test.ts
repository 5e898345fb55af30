/**
 * Re-anchoring a source's quotes on a corrected copy of its text, with edits before, inside
 * and after quotes: what is found word for word stays; what changed is proposed with a word
 * diff, never moved silently; what is gone is said to be. The corrected copy replaces the
 * archived text only with every quote found or accepted. On a copy of the second dossier.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  fileVersions,
  proposeReanchoring,
  replaceSourceText,
} from '../../scripts/author/corpus-writes.ts';
import { reanchor } from '../../scripts/author/reanchor.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';

const fixture = 'tests/fixtures/second-dossier';
const sourceId = 'courier-2031-05-13-harbour-vote';
const file = `sources/${sourceId}.txt`;
const original = readFileSync(join(fixture, file), 'utf8');

const verified = verifyCorpus(readCorpusFolder(fixture));
if (!verified.ok) throw new Error('the fixture does not verify');
const quoting = verified.verified.corpus.claims.filter((claim) => claim.source === sourceId);
const quoteOf = (id: string) => {
  const claim = quoting.find((one) => one.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim.quote.textQuoteSelector.exact;
};

/** The claims whose words the corrected copy changes, and how. */
const inside = {
  id: 'fenn-night-shift-late',
  from: 'ballots from the night shift',
  to: 'ballots cast by the night shift',
};
const gone = 'economists-jobs-cost';

/** A corrected copy: a fix before every quote, one inside a quote, a paragraph gone, one added after. */
function correctedCopy(): string {
  const edited = original
    .replace('Harbour plan passes by 212 votes', 'Harbour plan passes by 213 votes')
    .replace(inside.from, inside.to)
    .replace(/\n\nEconomists at the Averne Institute[^\n]*/, '')
    .concat('\nCorrection: an earlier version gave the majority as 212 votes.\n');
  expect(edited).not.toBe(original);
  return edited;
}

let scratch = '';
let dir = '';
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'reanchor-'));
  dir = join(scratch, 'data');
  cpSync(fixture, dir, { recursive: true });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

test('a quote found word for word is kept; one edited inside is proposed with a word diff; one deleted is lost', () => {
  const proposals = proposeReanchoring(dir, sourceId, new TextEncoder().encode(correctedCopy()));
  expect(proposals.map((one) => one.claimId).sort()).toEqual(
    quoting.map((claim) => claim.id).sort(),
  );
  for (const { claimId, result } of proposals) {
    if (claimId === inside.id) {
      expect(result.status).toBe('proposed');
      if (result.status !== 'proposed') continue;
      expect(result.passage).toBe(quoteOf(inside.id).replace(inside.from, inside.to));
      const words = (parts: typeof result.diff) =>
        parts.flatMap((part) => part.value.trim().split(/\s+/)).filter(Boolean);
      expect(words(result.diff.filter((part) => part.removed))).toEqual(['from']);
      expect(words(result.diff.filter((part) => part.added))).toEqual(['cast', 'by']);
      // The unchanged runs with the removed ones make the old quote; with the added, the passage.
      const joined = (parts: typeof result.diff) => parts.map((part) => part.value).join('');
      expect(joined(result.diff.filter((part) => !part.added))).toBe(quoteOf(inside.id));
      expect(joined(result.diff.filter((part) => !part.removed))).toBe(result.passage);
      expect(result.score).toBeGreaterThan(0.8);
    } else if (claimId === gone) {
      expect(result.status).toBe('lost');
    } else {
      expect(result.status, claimId).toBe('kept');
      if (result.status === 'kept') {
        expect(correctedCopy().slice(result.start, result.end)).toBe(quoteOf(claimId));
      }
    }
  }
});

test('of two passages with the same words, the one with the quote’s context is kept', () => {
  const quote = { exact: 'the count', prefix: 'said ', suffix: ' was fair', start: 40 };
  const text = 'They said the count was wrong. Then she said the count was fair.';
  const result = reanchor(text, quote);
  expect(result).toEqual({
    status: 'kept',
    start: text.lastIndexOf('the count'),
    end: text.lastIndexOf('the count') + 9,
  });
});

test('the corrected copy replaces the text only once every quote is found or accepted', () => {
  const corrected = new TextEncoder().encode(correctedCopy());
  const snapshot = () =>
    [...readCorpusFolder(dir)].map(([path, bytes]) => [path, Buffer.from(bytes).toString('hex')]);
  const before = snapshot();
  // Nothing accepted: the edited and the lost quotes are not in the new text; nothing is written.
  const refused = replaceSourceText(dir, fileVersions(dir), sourceId, corrected, {});
  expect(refused.ok).toBe(false);
  if (!refused.ok)
    expect(refused.problems.map((one) => one.message).join('\n')).toMatch(/not in .* verbatim/);
  expect(snapshot()).toEqual(before);
  // The proposal accepted, and the lost quote's claim pointed at what the copy says instead.
  const proposals = proposeReanchoring(dir, sourceId, corrected);
  const proposed = proposals.find((one) => one.claimId === inside.id)?.result;
  const passage = proposed?.status === 'proposed' ? proposed.passage : '';
  const result = replaceSourceText(dir, fileVersions(dir), sourceId, corrected, {
    [inside.id]: passage,
    [gone]: 'Correction: an earlier version gave the majority as 212 votes.',
  });
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
  expect(readFileSync(join(dir, file)).equals(Buffer.from(corrected))).toBe(true);
  const after = verifyCorpus(readCorpusFolder(dir));
  if (!after.ok) throw new Error(JSON.stringify(after.problems));
  const claims = after.verified.corpus.claims;
  expect(claims.find((claim) => claim.id === inside.id)?.quote.textQuoteSelector.exact).toBe(
    passage,
  );
  // The quotes found word for word are as they were.
  for (const claim of quoting.filter((one) => one.id !== inside.id && one.id !== gone)) {
    expect(claims.find((one) => one.id === claim.id)?.quote.textQuoteSelector.exact).toBe(
      quoteOf(claim.id),
    );
  }
});
