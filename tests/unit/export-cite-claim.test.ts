import { expect, test } from 'vitest';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import {
  bibtexKey,
  citeBibtex,
  citePlainText,
  escapeBibtex,
} from '../../src/exports/cite-claim.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import {
  makeClaim,
  makeSource,
  makeSpeaker,
  sampleText,
  sha256,
  type CorpusRecords,
} from '../support/corpus-factory.ts';

const permalink = 'https://dossier.example/claims/ri-partial-relief';

/** The claim `id` of the sample corpus after `change`, resolved. */
function makeView(id: string, change: (records: CorpusRecords) => void = () => {}): ClaimView {
  const view = indexCorpus(makeCompiledCorpus(change)).claimById.get(id);
  if (!view) throw new Error(`no claim ${id} in the fixture`);
  return view;
}

test('the plain-text citation names speaker and role, summary, source and permalink', () => {
  expect(citePlainText(makeView('ri-partial-relief'), permalink, '2026-05-05')).toBe(
    'Ri Yong Ho (Foreign Minister), “Ri Yong Ho says North Korea asked only for partial relief.” ' +
      'Quoted from: Summit ends without a deal, The Sample Times, 2 March 2019. ' +
      'https://dossier.example/claims/ri-partial-relief (accessed 5 May 2026)',
  );
});

test('without an access date the plain-text citation ends with the permalink', () => {
  const text = citePlainText(makeView('ri-partial-relief'), permalink);
  expect(text.endsWith(` ${permalink}`)).toBe(true);
  expect(text).not.toMatch(/accessed/);
});

test.each([
  {
    name: 'an affiliation but no role',
    speaker: { role: undefined, affiliation: 'Asan Institute' },
    who: 'Donald Trump (Asan Institute), ',
  },
  { name: 'neither role nor affiliation', speaker: { role: undefined }, who: 'Donald Trump, ' },
])('a speaker with $name is named accordingly', ({ speaker, who }) => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.speakers[0] = makeSpeaker(speaker);
  });
  expect(citePlainText(view, permalink).startsWith(`${who}“`)).toBe(true);
});

test('a summary without a closing full stop gets one inside the quotation marks', () => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.claims[0] = makeClaim({ summary: 'Donald Trump says Kim wanted it all' });
  });
  expect(citePlainText(view, permalink)).toContain('“Donald Trump says Kim wanted it all.” ');
});

test('the BibTeX entry is a @misc keyed by the claim id with every field', () => {
  expect(citeBibtex(makeView('ri-partial-relief'), permalink, '2026-05-05')).toBe(
    [
      '@misc{claim-ri-partial-relief,',
      '  author = {{Ri Yong Ho}},',
      '  title = {{Ri Yong Ho says North Korea asked only for partial relief.}},',
      '  howpublished = {\\url{https://dossier.example/claims/ri-partial-relief}},',
      '  note = {Foreign Minister. Quoted from: Summit ends without a deal, The Sample Times, 2 March 2019. Accessed 5 May 2026.},',
      '  year = {2019},',
      '  month = mar,',
      '  urldate = {2026-05-05}',
      '}',
      '',
    ].join('\n'),
  );
});

test('the BibTeX key is stable: the same for every call, and made from the id alone', () => {
  const view = makeView('ri-partial-relief');
  const changed = makeView('ri-partial-relief', (records) => {
    records.claims[1] = makeClaim({
      id: 'ri-partial-relief',
      speaker: 'ri-yong-ho',
      summary: 'A reworded summary.',
      quote: 'Our stance will never be changed,',
      speech: 'direct',
    });
  });
  expect(bibtexKey(view)).toBe('claim-ri-partial-relief');
  expect(bibtexKey(changed)).toBe(bibtexKey(view));
  expect(citeBibtex(changed, permalink).split('\n')[0]).toBe('@misc{claim-ri-partial-relief,');
});

test.each([
  { name: 'a year only', published: '2019', last: ['  year = {2019}'] },
  { name: 'a month', published: '2019-12', last: ['  year = {2019},', '  month = dec'] },
  { name: 'a day', published: '2019-01-31', last: ['  year = {2019},', '  month = jan'] },
])('a source dated to $name gives year and month accordingly', ({ published, last }) => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.sources[0] = makeSource({ published, sha256: sha256(sampleText) });
  });
  const lines = citeBibtex(view, permalink).split('\n');
  expect(lines.slice(-2 - last.length)).toEqual([...last, '}', '']);
});

test.each([
  { text: 'Smith & Co', escaped: 'Smith \\& Co' },
  { text: '100% sure', escaped: '100\\% sure' },
  { text: 'US$5 bn', escaped: 'US\\$5 bn' },
  { text: 'item #1', escaped: 'item \\#1' },
  { text: 'snake_case', escaped: 'snake\\_case' },
  { text: '{braces}', escaped: '\\{braces\\}' },
  { text: 'approx ~5', escaped: 'approx \\textasciitilde{}5' },
  { text: '2^10', escaped: '2\\textasciicircum{}10' },
  { text: 'back\\slash', escaped: 'back\\textbackslash{}slash' },
  { text: 'Ri Yong Ho, “quoted” — 다시 🤝', escaped: 'Ri Yong Ho, “quoted” — 다시 🤝' },
])('escapeBibtex turns $text into $escaped', ({ text, escaped }) => {
  expect(escapeBibtex(text)).toBe(escaped);
});

test('special characters in speaker, summary and source are escaped in the entry', () => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.speakers[0] = makeSpeaker({ name: 'AT&T_bot', role: '50% {owner}' });
    records.claims[0] = makeClaim({ summary: 'It costs $5 & #1 ~ ^ \\ now.' });
    records.sources[0] = makeSource({ publisher: 'Times & Co', sha256: sha256(sampleText) });
  });
  const entry = citeBibtex(view, 'https://dossier.example/claims/a%20b#x');
  expect(entry).toContain('  author = {{AT\\&T\\_bot}},');
  expect(entry).toContain(
    '  title = {{It costs \\$5 \\& \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} now.}},',
  );
  expect(entry).toContain(
    '  note = {50\\% \\{owner\\}. Quoted from: Summit ends without a deal, Times \\& Co, 2 March 2019.},',
  );
  expect(entry).toContain('  howpublished = {\\url{https://dossier.example/claims/a\\%20b\\#x}},');
  // Braces stay balanced, so BibTeX reads each field to its end.
  const depth = [...entry.replace(/\\[{}]/g, '')].reduce(
    (d, c) => (d < 0 ? d : c === '{' ? d + 1 : c === '}' ? d - 1 : d),
    0,
  );
  expect(depth).toBe(0);
});
