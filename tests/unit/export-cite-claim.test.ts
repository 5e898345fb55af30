import { expect, test } from 'vitest';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import {
  bibtexKey,
  citeBibtex,
  citePlainText,
  escapeBibtex,
  latexText,
} from '../../src/exports/cite-claim.ts';
import { dossier } from '../support/dossier.ts';
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

test('the plain-text citation of direct speech cites the source, quoting the speaker', () => {
  expect(citePlainText(makeView('ri-partial-relief'), permalink, '2026-05-05')).toBe(
    'The Sample Times, “Summit ends without a deal”, 2 March 2019, quoting Ri Yong Ho (Foreign Minister), ' +
      'News conference in Hanoi, 28 February – 1 March 2019: “Our stance will never be changed,”. ' +
      'https://dossier.example/claims/ri-partial-relief (accessed 5 May 2026)',
  );
});

test('the plain-text citation of reported speech gives the source’s words in no quotation marks', () => {
  expect(citePlainText(makeView('trump-all-sanctions'), permalink)).toBe(
    'The Sample Times, “Summit ends without a deal”, 2 March 2019, reporting on Donald Trump (US President), ' +
      '28 February 2019, in its own words: Mr Trump said Mr Kim "wanted the sanctions lifted in their entirety". ' +
      permalink,
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
    who: 'reporting on Donald Trump (Asan Institute), ',
  },
  {
    name: 'neither role nor affiliation',
    speaker: { role: undefined },
    who: 'reporting on Donald Trump, ',
  },
])('a speaker with $name is named accordingly', ({ speaker, who }) => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.speakers[0] = makeSpeaker(speaker);
  });
  expect(citePlainText(view, permalink)).toContain(who);
});

test('reported words that do not end a sentence get a full stop after them', () => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.claims[0] = makeClaim({ quote: 'Mr Trump said Mr Kim' });
  });
  expect(citePlainText(view, permalink)).toContain(
    `in its own words: Mr Trump said Mr Kim. ${permalink}`,
  );
});

test('the BibTeX entry of direct speech: the source as the work, the speaker quoted in the note', () => {
  expect(citeBibtex(makeView('ri-partial-relief'), permalink, '2026-05-05')).toBe(
    [
      '@misc{claim-ri-partial-relief,',
      '  author = {{The Sample Times}},',
      '  title = {{Summit ends without a deal}},',
      '  year = {2019},',
      '  month = mar,',
      // The sample source says no language: the dossier's, by its English name.
      '  language = {English},',
      "  note = {Quoting Ri Yong Ho (Foreign Minister), News conference in Hanoi, 28 February – 1 March 2019: ``Our stance will never be changed,''},",
      '  url = {https://dossier.example/claims/ri-partial-relief},',
      '  urldate = {2026-05-05}',
      '}',
      '',
    ].join('\n'),
  );
});

test('the BibTeX entry of reported speech reports on the speaker, the words in no marks of ours', () => {
  const entry = citeBibtex(makeView('trump-all-sanctions'), permalink);
  // The source's own quotation marks, inside its words, are LaTeX's.
  expect(entry).toContain(
    "  note = {Reporting on Donald Trump (US President), 28 February 2019, in its own words: Mr Trump said Mr Kim ``wanted the sanctions lifted in their entirety''.},",
  );
  expect(entry).not.toMatch(/``Mr Trump/);
  expect(entry).not.toContain('urldate');
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
  { name: 'a year only', published: '2019', fields: ['  year = {2019},'] },
  { name: 'a month', published: '2019-12', fields: ['  year = {2019},', '  month = dec,'] },
  { name: 'a day', published: '2019-01-31', fields: ['  year = {2019},', '  month = jan,'] },
])('a source dated to $name gives year and month accordingly', ({ published, fields }) => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.sources[0] = makeSource({ published, sha256: sha256(sampleText) });
  });
  const lines = citeBibtex(view, permalink).split('\n');
  expect(lines.slice(3, 3 + fields.length)).toEqual(fields);
  expect(lines[3 + fields.length]).toMatch(/^ {2}language = /);
  expect(lines[4 + fields.length]).toMatch(/^ {2}note = /);
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

test('special characters in speaker, source and URL are escaped in the entry', () => {
  const view = makeView('trump-all-sanctions', (records) => {
    records.speakers[0] = makeSpeaker({ name: 'AT&T_bot', role: '50% {owner}' });
    records.sources[0] = makeSource({
      publisher: 'Times & Co',
      headline: 'It costs $5 & #1 ~ ^ \\ now',
      sha256: sha256(sampleText),
    });
  });
  const entry = citeBibtex(view, 'https://dossier.example/claims/a%20b#x{y}');
  expect(entry).toContain('  author = {{Times \\& Co}},');
  expect(entry).toContain(
    '  title = {{It costs \\$5 \\& \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} now}},',
  );
  expect(entry).toContain(
    '  note = {Reporting on AT\\&T\\_bot (50\\% \\{owner\\}), 28 February 2019,',
  );
  // The url field is verbatim: only what would break it is percent-encoded.
  expect(entry).toContain('  url = {https://dossier.example/claims/a%20b#x%7By%7D}');
  // Braces stay balanced, so BibTeX reads each field to its end.
  const depth = [...entry.replace(/\\[{}]/g, '')].reduce(
    (d, c) => (d < 0 ? d : c === '{' ? d + 1 : c === '}' ? d - 1 : d),
    0,
  );
  expect(depth).toBe(0);
});

test.each([
  { text: 'called the talks "productive".', latex: "called the talks ``productive''." },
  { text: 'called the talks “productive”.', latex: "called the talks ``productive''." },
  { text: "He calls talks 'productive';", latex: "He calls talks `productive';" },
  { text: 'He calls talks ‘productive’;', latex: "He calls talks `productive';" },
  { text: "Mr Trump's claim, let's see", latex: "Mr Trump's claim, let's see" },
  { text: '"first stage" steps', latex: "``first stage'' steps" },
  { text: '("quoted") and {"braced"}', latex: "(``quoted'') and \\{``braced''\\}" },
  { text: 'Smith & Co "50%"', latex: "Smith \\& Co ``50\\%''" },
])('latexText turns $text into $latex', ({ text, latex }) => {
  expect(latexText(text)).toBe(latex);
});

/** A BibTeX field's text as a reader gets it back: TeX's escapes undone, its marks straight. */
function decodeLatex(text: string): string {
  const named: Record<string, string> = {
    textbackslash: '\\',
    textasciitilde: '~',
    textasciicircum: '^',
  };
  return text
    .replace(
      /\\(textbackslash|textasciitilde|textasciicircum)\{\}|\\([&%$#_{}])/g,
      (_, name, char) => (char === undefined ? (named[name as string] ?? '') : (char as string)),
    )
    .replace(/``|''/g, '"')
    .replace(/`/g, "'");
}

/** A field's value inside its braces (doubled for the author and title). */
function fieldOf(entry: string, name: string): string {
  const value = new RegExp(`^  ${name} = \\{\\{?(.*?)\\}?\\},?$`, 'm').exec(entry)?.[1];
  if (value === undefined) throw new Error(`no ${name} field in ${entry}`);
  return value;
}

test.each(dossier.claims.map((view) => ({ id: view.claim.id, view })))(
  'the BibTeX entry of $id is typeset as LaTeX expects and gives back its exact words',
  ({ view }) => {
    const entry = citeBibtex(view, `https://dossier.example/claims/${view.claim.id}`);
    expect(entry).not.toMatch(/[“”‘’"]/);
    for (const name of ['author', 'title', 'note']) {
      const field = fieldOf(entry, name);
      // Every special character is escaped: none is left once the escapes are taken out.
      const unescaped = field.replace(
        /\\(textbackslash|textasciitilde|textasciicircum)\{\}|\\[&%$#_{}]/g,
        '',
      );
      expect(unescaped, `${name}: ${field}`).not.toMatch(/[&%$#_{}~^\\]/);
    }
    const words = view.claim.quote.textQuoteSelector.exact
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'");
    const note = decodeLatex(fieldOf(entry, 'note'));
    expect(note).toContain(view.claim.speech === 'direct' ? `"${words}"` : `: ${words}`);
    expect(decodeLatex(fieldOf(entry, 'title'))).toBe(view.source.headline);
  },
);

test('the dossier has claims whose words hold quotation marks, for the BibTeX cases above', () => {
  const quoting = dossier.claims.filter((view) =>
    /["“”]/.test(view.claim.quote.textQuoteSelector.exact),
  );
  expect(quoting.length).toBeGreaterThan(0);
});
