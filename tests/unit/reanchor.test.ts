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

test('of two passages with the same words, the one with the quote’s context is proposed with what tells it', () => {
  const quote = { exact: 'the count', prefix: 'said ', suffix: ' was fair', start: 40 };
  const text = 'They said the count was wrong. Then she said the count was fair.';
  const at = text.lastIndexOf('the count');
  // The words alone no longer say which: the verifier would refuse them, so they are proposed
  // with the fewest words before them that tell the place.
  expect(reanchor(text, quote)).toEqual({
    status: 'proposed',
    start: at,
    end: at + 9,
    passage: 'the count',
    score: 1,
    diff: [{ value: 'the count' }],
    quotePrefix: 'she said ',
  });
  // With the claim's own context that does, they are kept.
  expect(reanchor(text, { ...quote, quotePrefix: 'she said ' })).toEqual({
    status: 'kept',
    start: at,
    end: at + 9,
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

test('a proposal never cuts a word: the passage is snapped to whole words', () => {
  const quote = {
    exact: 'the council will cut spending on',
    prefix: 'Officials said ',
    suffix: ' roads',
    start: 15,
  };
  const text = 'Officials said the council will cut spendings on roads next year.';
  const result = reanchor(text, quote);
  expect(result).toMatchObject({
    status: 'proposed',
    passage: 'the council will cut spendings on',
  });
});

test('a kept quote that the copy now has twice is proposed with the words that tell its place', () => {
  const quotes = proposeReanchoring(dir, sourceId, new TextEncoder().encode(original));
  const kept = quotes.find((one) => one.result.status === 'kept');
  if (!kept) throw new Error('no quote of the source');
  const exact = quoteOf(kept.claimId);
  // The copy repeats the quote's words in a paragraph of its own at the end.
  const copy = `${original.trimEnd()}\n\nA reader wrote: ${exact}\n`;
  const [proposal] = proposeReanchoring(dir, sourceId, new TextEncoder().encode(copy)).filter(
    (one) => one.claimId === kept.claimId,
  );
  expect(proposal?.result.status).toBe('proposed');
  if (proposal?.result.status !== 'proposed') return;
  expect(proposal.result.passage).toBe(exact);
  expect(copy.slice(proposal.result.start, proposal.result.end)).toBe(exact);
  expect(proposal.result.start).toBeLessThan(original.length);
  const context = {
    quotePrefix: proposal.result.quotePrefix,
    quoteSuffix: proposal.result.quoteSuffix,
  };
  expect(context.quotePrefix ?? context.quoteSuffix).toBeTruthy();
  // Accepted with that context, the copy saves and the quote stays where it was.
  const result = replaceSourceText(
    dir,
    fileVersions(dir),
    sourceId,
    new TextEncoder().encode(copy),
    {
      [kept.claimId]: {
        quote: exact,
        ...(context.quotePrefix ? { quotePrefix: context.quotePrefix } : {}),
        ...(context.quoteSuffix ? { quoteSuffix: context.quoteSuffix } : {}),
      },
    },
  );
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
  const after = verifyCorpus(readCorpusFolder(dir));
  if (!after.ok) throw new Error(JSON.stringify(after.problems));
  const claim = after.verified.corpus.claims.find((one) => one.id === kept.claimId);
  const position = quoting.find((one) => one.id === kept.claimId)?.quote.textPositionSelector;
  expect(claim?.quote.textPositionSelector).toEqual(position);
});
