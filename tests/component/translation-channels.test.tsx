import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { isValidElement } from 'react';
import { expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { Router } from 'wouter';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { claimPreviewElement } from '../../scripts/site/preview-image.ts';
import { headTags } from '../../scripts/site/page-tags.ts';
import { ClaimCard } from '../../src/claims/claim-card.tsx';
import { ClaimHeading } from '../../src/claims/claim-heading.tsx';
import { quoteWithCitation } from '../../src/claims/citation.ts';
import { TranslationBeside } from '../../src/claims/translation-beside.tsx';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import { GlanceWho } from '../../src/claims/glance-who.tsx';
import { browserDataFiles } from '../../scripts/corpus/browser-data-files.ts';
import { glanceLine } from '../../src/corpus/glance.ts';
import { excerptWords } from '../../src/corpus/quote-excerpt.ts';
import {
  corpusMetaSchema,
  timelineDetailSchema,
  translatorKinds,
} from '../../src/corpus/schema.ts';
import {
  claimTranslation,
  inQuotationMarks,
  isPublished,
  languageName,
  sameLanguage,
  translationWords,
  ownerWords,
  translationOwner,
  translatorPhrase,
  type TranslationView,
} from '../../src/corpus/translation.ts';
import { citeBibtex, citePlainText } from '../../src/exports/cite-claim.ts';
import { claimsToCsv } from '../../src/exports/export-csv.ts';
import { claimJsonLd } from '../../src/sharing/claim-json-ld.ts';
import { claimMeta, type Site } from '../../src/sharing/page-meta.ts';
import { unescapeHtml } from '../support/html-text.ts';

/*
 * The channel × speech table of claim-channels.test.tsx, by kind of translation, on the
 * invented dossier in Korean, Chinese and English: wherever a claim travels, a translation
 * published nowhere (ours, a machine's) is never in quotation marks and never after the
 * speaker's name, as if the speaker had said those words; where a card or claim page shows a
 * translation, it says whose it is first; a published one is in marks only where its source
 * sets it so; the original keeps its language.
 */

const verified = verifyCorpus(readCorpusFolder('tests/fixtures/multilingual'));
if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
const { corpus } = verified.verified;
const index = indexCorpus(corpus);
const site: Site = { origin: 'https://claims.example', base: '/', name: 'Estuary talks' };
const permalinkOf = (id: string) => `${site.origin}${site.base}claims/${id}`;

/** Renders a node as the app does and gives back its container, for text and attributes. */
function rendered(node: ReactNode): { container: HTMLElement; unmount: () => void } {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <Router ssrPath="/">{node}</Router>
    </QueryClientProvider>,
  );
}

function renderedText(node: ReactNode): string {
  const { container, unmount } = rendered(node);
  const text = container.textContent ?? '';
  unmount();
  return text;
}

/** Every string drawn in a satori element tree, in order. */
function drawnText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(drawnText).join(' ');
  if (isValidElement<{ children?: ReactNode }>(node)) return drawnText(node.props.children);
  return '';
}

const csvRows = parse(
  claimsToCsv(index.claims, { permalinkOf, relationsByClaim: index.relationsByClaim }).replace(
    /^\uFEFF/,
    '',
  ),
  { columns: true },
) as Record<string, string>[];

/** Every `text` of a JSON-LD tree: a Quotation's in quotation marks, any other's bare. */
function jsonLdTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(jsonLdTexts);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own =
    typeof record.text === 'string'
      ? [record['@type'] === 'Quotation' ? `“${record.text}”` : record.text]
      : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'text')
      .flatMap(([, value]) => jsonLdTexts(value)),
  ];
}

/** Every text a claim travels as, by channel. */
const channels: { name: string; text: (view: ClaimView) => string }[] = [
  {
    name: 'the claim card',
    text: (view) => renderedText(<ClaimCard view={view} relations={[]} />),
  },
  { name: 'the claim page heading', text: (view) => renderedText(<ClaimHeading view={view} />) },
  {
    name: 'the claim page translations',
    text: (view) =>
      view.translations
        .map((translation) =>
          renderedText(
            <TranslationBeside
              view={translation}
              from={sourceLanguage(translation)}
              language={view.language}
              claimId={view.claim.id}
            />,
          ),
        )
        .join('\n'),
  },
  {
    name: 'the head tags',
    text: (view) =>
      unescapeHtml(
        headTags({ head: { meta: claimMeta(view, site) }, site, language: view.language }),
      ),
  },
  { name: 'the preview image', text: (view) => drawnText(claimPreviewElement(view, site.name)) },
  {
    // The JSON-LD's texts as they read: a Quotation's in quotation marks (it is the speaker's
    // words), any other work's bare; the marks of JSON's own strings are no quotation.
    name: 'the JSON-LD',
    text: (view) => jsonLdTexts(claimJsonLd(view, site)).join(' ¶ '),
  },
  {
    name: 'the plain-text citation',
    text: (view) => citePlainText(view, permalinkOf(view.claim.id), '2026-12-01'),
  },
  {
    name: 'the BibTeX entry',
    text: (view) => citeBibtex(view, permalinkOf(view.claim.id), '2026-12-01'),
  },
  {
    // The CSV's fields as they read, without the quotes RFC 4180 puts around a field.
    name: 'the CSV',
    text: (view) =>
      Object.values(csvRows.find((row) => row.id === view.claim.id) ?? {}).join(' ¶ '),
  },
  {
    name: 'the copied quote',
    text: (view) => quoteWithCitation(view, permalinkOf(view.claim.id)),
  },
];

/** The language of the words a translation translates. */
function sourceLanguage({ translation }: TranslationView): string {
  return corpus.sources.find((source) => source.id === translation.of)?.language ?? '';
}

const marks = ['“', '”', '"', '‘', '’', '«', '»', '「', '」', '『', '』', '``', "''"];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The translations of the dossier by kind, as the table's rows. */
const kinds = [
  {
    name: 'a translation published nowhere (ours or a machine’s)',
    mayBeQuoted: false,
    has: (view: TranslationView) => !isPublished(view.translation),
  },
  {
    name: 'a published translation its source sets in quotation marks',
    mayBeQuoted: true,
    has: (view: TranslationView) =>
      isPublished(view.translation) && view.translation.speech === 'direct',
  },
  {
    name: 'a published translation its source does not set in quotation marks',
    mayBeQuoted: false,
    has: (view: TranslationView) =>
      isPublished(view.translation) && view.translation.speech === 'reported',
  },
];

const withTranslations = index.claims.filter((view) => view.translations.length > 0);

test('the dossier has translations of each kind to try', () => {
  for (const kind of kinds) {
    expect(
      withTranslations.some((view) => view.translations.some(kind.has)),
      kind.name,
    ).toBe(true);
  }
});

test.each(channels.flatMap((channel) => kinds.map((kind) => ({ channel, kind }))))(
  '$channel.name: $kind.name is never set as the speaker’s words unless its source does',
  ({ channel, kind }) => {
    for (const view of withTranslations) {
      const text = channel.text(view);
      for (const translation of view.translations.filter(kind.has)) {
        const words = translationWords(translation.translation);
        const where = `${channel.name}, ${translation.translation.id}: ${text}`;
        expect(text, where).not.toContain(`${view.speaker.name}: ${words}`);
        if (kind.mayBeQuoted) continue;
        for (const mark of marks) {
          expect(text, `${where} (${mark} before)`).not.toMatch(
            new RegExp(`${escape(mark)}\\s?${escape(words)}`),
          );
          expect(text, `${where} (${mark} after)`).not.toContain(`${words}${mark}`);
        }
      }
    }
  },
);

test('a card shows the original in its language and, beneath, the reader’s translation, saying whose first', () => {
  let shown = 0;
  for (const view of index.claims) {
    const { container, unmount } = rendered(<ClaimCard view={view} relations={[]} />);
    const [original] = [...container.querySelectorAll('blockquote')];
    const translated = container.querySelector('[data-translation] > [lang]') ?? undefined;
    const foreign = !sameLanguage(view.source.language, view.language);
    if (!foreign) {
      expect(original?.getAttribute('lang'), view.claim.id).toBeNull();
      expect(translated, view.claim.id).toBeUndefined();
      unmount();
      continue;
    }
    expect(original?.getAttribute('lang'), view.claim.id).toBe(view.source.language);
    const translation = claimTranslation(view);
    if (!translation) {
      expect(container.textContent).toMatch(/not translated/);
      unmount();
      continue;
    }
    shown++;
    expect(translated?.getAttribute('lang')).toBe(translation.translation.language);
    const words = translationWords(translation.translation);
    const quoted =
      isPublished(translation.translation) && translation.translation.speech === 'direct';
    expect(translated?.textContent).toBe(quoted ? `“${words}”` : words);
    // Whose translation it is comes right before the words.
    const lead = translated?.previousElementSibling?.textContent ?? '';
    expect(lead.startsWith(translatorPhrase(translation)), lead).toBe(true);
    if (!isPublished(translation.translation)) {
      expect(lead).toMatch(/published nowhere else/);
      // Ours or a machine's quotes nobody: no quotation element holds it.
      expect(translated?.closest('blockquote, q'), view.claim.id).toBeNull();
    } else {
      expect(translated?.tagName).toBe('BLOCKQUOTE');
    }
    // A published one links to the archived source that publishes it, opened at its words.
    const published = translated?.nextElementSibling?.querySelector('a');
    if (translation.source) {
      expect(published?.getAttribute('href')).toBe(
        `/sources/${translation.source.id}?claim=${view.claim.id}`,
      );
    } else {
      expect(published ?? undefined).toBeUndefined();
    }
    unmount();
  }
  expect(shown).toBe(
    index.claims.filter(
      (view) => !sameLanguage(view.source.language, view.language) && claimTranslation(view),
    ).length,
  );
  expect(shown).toBeGreaterThan(0);
});

test('the translation readers get first is the speaker’s side’s, then an agency’s, then ours, then a machine’s', () => {
  // The schema lists the kinds of translator in the order readers get them.
  const rank: readonly string[] = translatorKinds;
  for (const view of index.claims) {
    const chosen = claimTranslation(view);
    if (!chosen) continue;
    const rivals = view.translations.filter(
      (one) =>
        one.translation.of === view.source.id &&
        sameLanguage(one.translation.language, view.language),
    );
    for (const rival of rivals) {
      expect(rank.indexOf(chosen.translation.translator.kind)).toBeLessThanOrEqual(
        rank.indexOf(rival.translation.translator.kind),
      );
    }
  }
});

/*
 * The lines at a glance (the overview of `/`, the timeline), as compiled: a direct quote in
 * another language than the dossier's is glanced at in the translation readers get first,
 * saying whose, in quotation marks only where that translation's publisher sets them so.
 */
const browserFiles = browserDataFiles(corpus);
const fileOf = (path: string): unknown => JSON.parse(browserFiles.get(path) ?? 'null');
const meta = corpusMetaSchema.parse(fileOf('index.json'));
const glanced = [
  ...meta.overview.flat(2),
  ...meta.headlines.map((headline) => headline.claim),
  ...[...browserFiles.keys()]
    .filter((path) => path.startsWith('timeline/'))
    .flatMap((path) => timelineDetailSchema.parse(fileOf(path)).claims),
];

test('a line at a glance shows a translated quote in translation, saying whose', () => {
  const translatedLines = glanced.filter((line) => line.translatedBy);
  expect(translatedLines.length).toBeGreaterThan(0);
  for (const line of glanced) {
    const view = index.claimById.get(line.id);
    if (!view) throw new Error(`no claim ${line.id}`);
    const translation = claimTranslation(view);
    const who = view.speaker.name;
    const text = renderedText(<GlanceWho name={who} words={line} />);
    if (view.claim.speech === 'reported') {
      expect(line.translatedBy, line.id).toBeUndefined();
      continue;
    }
    if (!translation) {
      expect(line.translatedBy, line.id).toBeUndefined();
      expect(text).toBe(`${who}: “${line.excerpt ?? ''}”`);
      continue;
    }
    expect(line.translatedBy && ownerWords(line.translatedBy), line.id).toBe(
      translationOwner(translation),
    );
    expect(translationWords(translation.translation)).toContain(excerptWords(line.excerpt ?? ''));
    const quoted = inQuotationMarks(translation);
    expect(line.translationQuoted ?? false).toBe(quoted);
    expect(text).toBe(
      `${who}, in ${translationOwner(translation)}: ${quoted ? `“${line.excerpt ?? ''}”` : (line.excerpt ?? '')}`,
    );
    expect(text).not.toContain(`${who}: `);
    expect(glanceLine(line.short, who, line)).toBe(`${line.short} — ${text}`);
  }
});

test('the CSV and the citations carry each quote’s language and the translation beside it, saying whose', () => {
  for (const view of index.claims) {
    const row = csvRows.find((one) => one.id === view.claim.id);
    const translation = claimTranslation(view);
    expect(row?.quote_language).toBe(view.source.language);
    expect(row?.translation).toBe(translation ? translationWords(translation.translation) : '');
    expect(row?.translation_language).toBe(translation?.translation.language ?? '');
    expect(row?.translated_by).toBe(translation ? translatorPhrase(translation) : '');
    expect(row?.translation_source).toBe(translation?.source?.id ?? '');
    const citation = citePlainText(view, permalinkOf(view.claim.id));
    if (translation) {
      expect(citation).toContain(translationWords(translation.translation));
      expect(citation.toLowerCase()).toContain(translatorPhrase(translation).toLowerCase());
    }
    const bibtex = citeBibtex(view, permalinkOf(view.claim.id));
    expect(bibtex).toContain(`  language = {${languageName(view.source.language, 'en')}},`);
  }
});
