/**
 * The invented dossier in Korean, Chinese and English (tests/fixtures/multilingual): every
 * quote verified in its own language, with that language's quotation marks, and every quote
 * not in the dossier's language translated into it, saying whose translation it is.
 */
import { expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { compiledFiles, readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { appearanceIn } from '../../src/corpus/appearances.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { segmentSource } from '../../src/sources/source-segments.ts';
import { sameLanguage } from '../../src/corpus/translation.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type { Source } from '../../src/corpus/corpus-schema.ts';

const folder = 'tests/fixtures/multilingual';
const files = readCorpusFolder(folder);
const result = verifyCorpus(files);
if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
const { corpus } = result.verified;
const sourceById = new Map(corpus.sources.map((source) => [source.id, source]));
const dossierLanguage = corpus.dossier.language;

test('the fixture holds sources in more than one language and script', () => {
  const languages = new Set(corpus.sources.map((source) => source.language));
  expect(languages.size).toBeGreaterThanOrEqual(3);
  expect([...languages].some((tag) => !sameLanguage(tag, dossierLanguage))).toBe(true);
});

test('every quote is its source’s words, in its source’s language', () => {
  for (const claim of corpus.claims) {
    const appearances = [
      { source: claim.source, quote: claim.quote },
      ...(claim.alsoIn ?? []).map(({ source, quote }) => ({ source, quote })),
    ];
    for (const { source, quote } of appearances) {
      const text = new TextDecoder().decode(files.get(`sources/${source}.txt`));
      const { start, end } = quote.textPositionSelector;
      expect(Array.from(text).slice(start, end).join(''), claim.id).toBe(
        quote.textQuoteSelector.exact,
      );
      expect(sourceById.get(source)?.language, claim.id).toBeDefined();
    }
  }
});

test('every appearance not in the dossier’s language has a translation into it, naming its translator', () => {
  for (const claim of corpus.claims) {
    for (const source of [claim.source, ...(claim.alsoIn ?? []).map((one) => one.source)]) {
      const language = sourceById.get(source)?.language ?? '';
      if (sameLanguage(language, dossierLanguage)) continue;
      const translations = (claim.translations ?? []).filter(
        (one) => one.of === source && sameLanguage(one.language, dossierLanguage),
      );
      expect(translations.length, `${claim.id} in ${source}`).toBeGreaterThan(0);
      for (const translation of translations) {
        expect(translation.translator.kind).toBeDefined();
        if (translation.translator.kind !== 'dossier') {
          expect(translation.translator.name, translation.id).toBeTruthy();
        }
      }
    }
  }
});

test('published translations are their sources’ words, unpublished ones are ours or a machine’s', () => {
  const translations = corpus.claims.flatMap((claim) => claim.translations ?? []);
  const kinds = new Set(translations.map((one) => one.translator.kind));
  for (const kind of ['official', 'agency', 'dossier', 'machine'] as const) {
    expect(kinds.has(kind), kind).toBe(true);
  }
  for (const translation of translations) {
    if ('source' in translation) {
      expect(['official', 'interpreter', 'agency', 'outlet']).toContain(
        translation.translator.kind,
      );
      const text = new TextDecoder().decode(files.get(`sources/${translation.source}.txt`));
      expect(text).toContain(translation.quote.textQuoteSelector.exact);
      expect(sourceById.get(translation.source)?.language).toBe(translation.language);
    } else {
      expect(['dossier', 'machine']).toContain(translation.translator.kind);
    }
  }
});

test('read with English quotation marks, the fixture’s 「」 quotations would not verify', () => {
  // Every source said to be in English: its direct quotes inside 「」 are then proved by nothing.
  const sources = parse(new TextDecoder().decode(files.get('sources.yaml'))) as Source[];
  const english = new Map(files);
  english.set(
    'sources.yaml',
    new TextEncoder().encode(stringify(sources.map((source) => ({ ...source, language: 'en' })))),
  );
  english.set('translations.yaml', new TextEncoder().encode('[]\n'));
  const refused = verifyCorpus(english);
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  const inBrackets = corpus.claims.filter(
    (claim) => claim.speech === 'direct' && claim.quote.textQuoteSelector.prefix.endsWith('「'),
  );
  expect(inBrackets.length).toBeGreaterThan(0);
  for (const claim of inBrackets) {
    expect(
      refused.problems.some(
        (problem) => problem.record?.includes(`"${claim.id}"`) && problem.field === 'speech',
      ),
      claim.id,
    ).toBe(true);
  }
});

test('a source’s reader marks each translation it publishes apart from quotes, and its slice carries their claims', () => {
  const index = indexCorpus(corpus);
  const data = compiledFiles(result.verified);
  let seen = 0;
  for (const source of corpus.sources) {
    const text = new TextDecoder().decode(files.get(`sources/${source.id}.txt`));
    // Expected from the data: every published translation in this source, by its words.
    const published = corpus.claims.flatMap((claim) =>
      (claim.translations ?? []).flatMap((translation) =>
        'source' in translation && translation.source === source.id
          ? [{ claim: claim.id, exact: translation.quote.textQuoteSelector.exact }]
          : [],
      ),
    );
    const segments = segmentSource(text, index.claims, source.id).flatMap(
      (paragraph) => paragraph.segments,
    );
    const marked = segments.flatMap((segment, i) =>
      segment.translationStarts.map((view) => {
        // The run from where it starts to where it stops covering the words.
        let words = '';
        for (const next of segments.slice(i)) {
          if (!next.translations.includes(view)) break;
          words += next.text;
        }
        return { claim: view.claim.id, exact: words };
      }),
    );
    expect(marked.toSorted(byClaim), source.id).toEqual(published.toSorted(byClaim));
    // A claim only translated here is never marked as quoted here.
    const quotedHere = new Set(segments.flatMap((segment) => segment.claims));
    for (const view of new Set(segments.flatMap((segment) => segment.translations))) {
      if (!appearanceIn(view.claim, source.id))
        expect(quotedHere.has(view), view.claim.id).toBe(false);
    }
    // The reader's data file holds each claim it marks.
    const slice = JSON.parse(String(data.get(`sources/${source.id}.json`))) as {
      claims: { id: string }[];
    };
    const ids = new Set(slice.claims.map((one) => one.id));
    for (const { claim } of published) expect(ids.has(claim), `${source.id}: ${claim}`).toBe(true);
    seen += published.length;
  }
  expect(seen).toBe(
    corpus.claims.flatMap((claim) => claim.translations ?? []).filter((one) => 'source' in one)
      .length,
  );
  expect(seen).toBeGreaterThan(0);
});

const byClaim = (a: { claim: string; exact: string }, b: { claim: string; exact: string }) =>
  a.claim.localeCompare(b.claim) || a.exact.localeCompare(b.exact);
