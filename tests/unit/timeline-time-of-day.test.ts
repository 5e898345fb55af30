/**
 * The timeline orders a day's claims by the time of day where the source gives it, and puts a
 * day's claims with no time after those with one, in display order. Checked on a variant of
 * the invented second dossier, with times set on three of its claims of one day.
 */
import { expect, test } from 'vitest';
import { compiledFiles, readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { timelineDetailSchema } from '../../src/corpus/schema.ts';

const fixture = 'tests/fixtures/second-dossier';

/** The claims file with `statedAt` set (or replaced) on the claims named. */
function withDates(yaml: string, dates: Record<string, string>): string {
  let text = yaml;
  for (const [id, statedAt] of Object.entries(dates)) {
    const start = text.indexOf(`- id: ${id}\n`);
    if (start === -1) throw new Error(`the fixture has no claim ${id}`);
    const next = text.indexOf('\n- id: ', start + 1);
    const end = next === -1 ? text.length : next;
    const record = text
      .slice(start, end)
      .replace(/\n {2}statedAt: [^\n]*/, '')
      .replace(/\n {2}statedAtFrom: [^\n]*/, '');
    text = `${text.slice(0, start)}${record.trimEnd()}\n  statedAt: '${statedAt}'${text.slice(end)}`;
  }
  return text;
}

test('a day’s claims are ordered by the time the source gives, those without one after', () => {
  const files = new Map(readCorpusFolder(fixture));
  const yaml = new TextDecoder().decode(files.get('claims.yaml'));
  // Display order of the three: quist-count-clean, fenn-members-no-vote, varga-noise-barrier-first.
  const dates = {
    'quist-count-clean': '2031-05-12',
    'fenn-members-no-vote': '2031-05-12T09:30+02:00',
    // Earlier than Fenn's by the hours written, later in fact: 08:45 UTC is 10:45 at UTC+2.
    'varga-noise-barrier-first': '2031-05-12T08:45Z',
  };
  files.set('claims.yaml', new TextEncoder().encode(withDates(yaml, dates)));
  const result = verifyCorpus(files);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  const display = indexCorpus(result.verified.corpus).claims.map((view) => view.claim.id);
  const ids = Object.keys(dates);
  // The variant keeps the display order this test reverses.
  expect(ids.map((id) => display.indexOf(id))).toEqual(
    ids.map((id) => display.indexOf(id)).toSorted((a, b) => a - b),
  );
  const decoder = new TextDecoder();
  const compiled = compiledFiles(result.verified);
  const detail = timelineDetailSchema.parse(
    JSON.parse(
      ((content) => (typeof content === 'string' ? content : decoder.decode(content)))(
        compiled.get('timeline/0.json') ?? '',
      ),
    ),
  );
  const sameDay = detail.claims.filter((claim) => claim.statedAt.startsWith('2031-05-12'));
  expect(sameDay.map((claim) => claim.id)).toEqual([
    'fenn-members-no-vote',
    'varga-noise-barrier-first',
    'quist-count-clean',
  ]);
  expect(sameDay.map((claim) => claim.statedAt)).toEqual([
    dates['fenn-members-no-vote'],
    dates['varga-noise-barrier-first'],
    dates['quist-count-clean'],
  ]);
});
