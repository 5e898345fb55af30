import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { isValidElement } from 'react';
import { expect, test } from 'vitest';
import { Router } from 'wouter';
import { unescapeHtml } from '../support/html-text.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { claimPreviewElement } from '../../scripts/site/preview-image.ts';
import { ClaimCard } from '../../src/claims/claim-card.tsx';
import { quoteWithCitation } from '../../src/claims/citation.ts';
import { ClaimHeading } from '../../src/claims/claim-heading.tsx';
import { speakerRole, speakerWithRole } from '../../src/corpus/attribution.ts';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import { citeBibtex, citePlainText, latexText } from '../../src/exports/cite-claim.ts';
import { claimsToCsv } from '../../src/exports/export-csv.ts';
import { corpusSubset } from '../../src/exports/export-json.ts';
import { claimToAnnotation } from '../../src/exports/export-web-annotation.ts';
import { claimJsonLd } from '../../src/sharing/claim-json-ld.ts';
import { headTags } from '../../scripts/site/page-tags.ts';
import { claimMeta, type Site } from '../../src/sharing/page-meta.ts';
import { parse } from 'csv-parse/sync';
import { browserDataFiles } from '../../scripts/corpus/browser-data-files.ts';
import { PositionsOverview } from '../../src/comparison/positions-overview.tsx';
import { relationLabel } from '../../src/claims/relation-phrase.ts';
import { RelationLinks } from '../../src/claims/relation-links.tsx';
import { indexMeta } from '../../src/corpus/corpus-meta.ts';
import { excerptWords } from '../../src/corpus/quote-excerpt.ts';
import { glancePublisher } from '../../src/corpus/glance-words.ts';
import {
  corpusMetaSchema,
  timelineDetailSchema,
  type TimelineClaim,
} from '../../src/corpus/schema.ts';
import { pageTitle } from '../../src/corpus/site-name.ts';
import { claimWords as edgeClaimWords } from '../../src/relations/relation-graph.ts';
import { RelationMap } from '../../src/relations/relation-views.tsx';
import { ClaimItem, ClaimTip } from '../../src/timeline/timeline-claim.tsx';
import { claimWords as timelineClaimWords } from '../../src/timeline/timeline-claim-words.ts';

/*
 * Every place a claim travels, for every claim of the dossier: only direct speech is put in
 * quotation marks as the speaker's words; a reported claim's quote is the source's words,
 * said to be the source's, and never in marks. Each channel also carries the speaker's role
 * or affiliation and the claim's relations where it shows them.
 */

const verified = verifyCorpus(readCorpusFolder('data'));
if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
const { corpus } = verified.verified;
const index = indexCorpus(corpus);
const site: Site = { origin: 'https://claims.example', base: '/', name: 'Who said what' };
const permalinkOf = (id: string) => `${site.origin}${site.base}claims/${id}`;
const links = { permalinkOf, relationsByClaim: index.relationsByClaim };

/** The text of a rendered element, as a reader sees it (tags dropped). */
function renderedText(node: ReactNode): string {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { container, unmount } = render(
    <QueryClientProvider client={client}>
      <Router ssrPath="/">{node}</Router>
    </QueryClientProvider>,
  );
  const text = container.textContent ?? '';
  unmount();
  return text;
}

/** The values of the page's head tags whose name passes `pick`: title and meta contents. */
function headValues(view: ClaimView, pick: (name: string) => boolean): string[] {
  const html = headTags({
    head: { meta: claimMeta(view, site) },
    site,
    language: corpus.dossier.language,
  });
  const values: string[] = [];
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (pick('title') && title !== undefined) values.push(unescapeHtml(title));
  for (const [, , name = '', content = ''] of html.matchAll(
    /<meta (name|property)="([^"]+)" content="([^"]*)"\s*\/?>/g,
  )) {
    if (pick(name)) values.push(unescapeHtml(content));
  }
  return values;
}

/** Every string drawn in a satori element tree, in order. */
function drawnText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(drawnText).join(' ');
  if (isValidElement<{ children?: ReactNode }>(node)) return drawnText(node.props.children);
  return '';
}

const csvRows = parse(claimsToCsv(index.claims, links).replace(/^\uFEFF/, ''), {
  columns: true,
}) as Record<string, string>[];

const allMarks = ['“', '”', '"', '‘', '’', "'", '``', "''", '«', '»'];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The quote's first words, which a shortened preview still shows. */
const opening = (words: string) => Array.from(words).slice(0, 24).join('');

/**
 * Checks text shown to a reader: direct speech is the speaker's words in quotation marks
 * (`marks`), with the speaker named; reported speech is the source's words, said to be the
 * source's, with no quotation mark right before or after them. A channel that `shortens` the
 * quote is sure to show only its first words.
 */
function expectAttributed(
  texts: string | string[],
  view: ClaimView,
  {
    marks = ['“', '”'],
    shortens = false,
    encode = (words) => words,
  }: {
    marks?: [string, string];
    shortens?: boolean;
    /** How the channel writes the words (BibTeX: as LaTeX typesets them). */
    encode?: (words: string) => string;
  } = {},
) {
  const text = [texts].flat().join('\n');
  const words = encode(view.claim.quote.textQuoteSelector.exact);
  const shown = shortens ? opening(words) : words;
  const where = `${view.claim.id}: ${text}`;
  expect(text, where).toContain(shown);
  if (view.claim.speech === 'direct') {
    expect(text, where).toContain(`${marks[0]}${shown}`);
    if (!shortens) expect(text, where).toContain(`${words}${marks[1]}`);
    expect(text, where).toContain(view.speaker.name);
    return;
  }
  for (const mark of allMarks) {
    expect(text, `${where} (${mark} before)`).not.toMatch(
      new RegExp(`${escape(mark)}\\s?${escape(shown)}`),
    );
    if (!shortens) expect(text, `${where} (${mark} after)`).not.toContain(`${words}${mark}`);
  }
  expect(text, where).toMatch(
    new RegExp(
      `${escape(view.source.publisher)}(,[^:]*)? reports|source's account|reporting on`,
      'i',
    ),
  );
}

/** Whose words the quote is, with the speaker's role, as a channel's one sentence says it. */
function expectSpeechSentence(sentence: string | undefined, view: ClaimView) {
  const who = speakerWithRole(view.speaker);
  expect(sentence).toBe(
    view.claim.speech === 'direct'
      ? `Direct quote: the words of ${who}, as the source quotes them.`
      : `Reported speech: the source's account of ${who}, in its own words; only words inside its quotation marks are the speaker's.`,
  );
}

/** One place a claim travels, and what must hold of each claim there. */
type Channel = { name: string; check: (view: ClaimView) => void };

const channels: Channel[] = [
  {
    name: 'the claim card',
    check: (view) => {
      const text = renderedText(<ClaimCard view={view} relations={[]} />);
      expectAttributed(text, view);
      const role = speakerRole(view.speaker);
      if (role) expect(text).toContain(role);
    },
  },
  {
    name: 'the claim page',
    check: (view) => expectAttributed(renderedText(<ClaimHeading view={view} />), view),
  },
  {
    name: 'the page title',
    // Our summary (which names the speaker) and the site, never the quote, never ". ·".
    check: (view) => {
      const [title] = headValues(view, (name) => name === 'title');
      expect(title).toBe(`${view.claim.summary.replace(/\.$/, '')} · ${site.name}`);
      expect(title).toBe(pageTitle(view.claim.summary, site.name));
      expect(title).not.toMatch(/\. ·|[“”"]/);
    },
  },
  {
    name: 'the meta description',
    check: (view) =>
      expectAttributed(
        headValues(view, (name) => name === 'description'),
        view,
        { shortens: true },
      ),
  },
  {
    name: 'the Open Graph tags',
    check: (view) =>
      expectAttributed(
        headValues(view, (name) => name.startsWith('og:')),
        view,
        { shortens: true },
      ),
  },
  {
    name: 'the Twitter tags',
    check: (view) =>
      expectAttributed(
        headValues(view, (name) => name.startsWith('twitter:')),
        view,
        {
          shortens: true,
        },
      ),
  },
  {
    name: 'the preview image',
    check: (view) => {
      const text = drawnText(claimPreviewElement(view, site.name));
      expectAttributed(text, view, { shortens: true });
      expect(text).toContain(view.claim.speech === 'direct' ? 'Direct quote' : 'Reported speech');
    },
  },
  {
    name: 'the JSON-LD',
    check: (view) => {
      const ld = claimJsonLd(view, site) as Record<string, unknown>;
      const json = JSON.stringify(ld);
      const appearance = ld.appearance as Record<string, unknown>;
      const words = view.claim.quote.textQuoteSelector.exact;
      if (view.claim.speech === 'direct') {
        expect(ld.text).toBe(words);
        expect(appearance['@type']).toBe('Quotation');
        expect(appearance.spokenByCharacter).toMatchObject({ name: view.speaker.name });
      } else {
        expect(json).not.toContain('Quotation');
        expect(ld).not.toHaveProperty('text');
        expect(appearance).toMatchObject({ text: words, author: { name: view.source.publisher } });
      }
      expect(ld.author).toMatchObject({ name: view.speaker.name });
      const role = speakerRole(view.speaker);
      if (role) expect(json).toContain(role);
    },
  },
  {
    name: 'the plain-text citation',
    check: (view) => {
      const text = citePlainText(view, permalinkOf(view.claim.id), '2026-12-01');
      expectAttributed(text, view);
      expect(text).toMatch(new RegExp(`^${escape(view.source.publisher)}, `));
      expect(text).toContain(speakerWithRole(view.speaker));
      expect(text).toContain(`${permalinkOf(view.claim.id)} (accessed 1 December 2026)`);
    },
  },
  {
    name: 'the BibTeX entry',
    check: (view) => {
      const entry = citeBibtex(view, permalinkOf(view.claim.id), '2026-12-01');
      expectAttributed(entry, view, { marks: ['``', "''"], encode: latexText });
      expect(entry).not.toMatch(/[“”‘’"]/);
      expect(entry).toContain(`author = {{${view.source.publisher}}}`);
      expect(entry).toContain(`url = {${permalinkOf(view.claim.id)}}`);
      expect(entry).toContain('urldate = {2026-12-01}');
      expect(entry).toContain(speakerWithRole(view.speaker));
    },
  },
  {
    name: 'the CSV',
    check: (view) => {
      const row = csvRows.find((each) => each.id === view.claim.id);
      expect(row).toMatchObject({
        speech: view.claim.speech,
        quote: view.claim.quote.textQuoteSelector.exact,
        words_of: view.claim.speech === 'direct' ? view.speaker.name : view.source.publisher,
        speaker_role: view.speaker.role ?? '',
        speaker_affiliation: view.speaker.affiliation ?? '',
      });
      expectAttributed(row?.attributed_quote ?? '', view);
      const relations = index.relationsByClaim.get(view.claim.id) ?? [];
      const listed = row?.relations ? row.relations.split('; ') : [];
      expect(listed).toHaveLength(relations.length);
      for (const { other } of relations) expect(row?.relations).toContain(other.claim.id);
    },
  },
  {
    name: 'the JSON export',
    check: (view) => {
      const subset = corpusSubset(corpus, [view.claim.id]);
      expect(subset.claims).toEqual([view.claim]);
      expect(subset.speakers).toContainEqual(view.speaker);
      const relations = index.relationsByClaim.get(view.claim.id) ?? [];
      expect(subset.relations).toEqual([]);
      expect(subset.outsideRelations ?? []).toHaveLength(relations.length);
      expect((subset.related ?? []).map((stub) => stub.id).sort()).toEqual(
        [...new Set(relations.map(({ other }) => other.claim.id))].sort(),
      );
    },
  },
  {
    name: 'the Web Annotation',
    check: (view) => {
      const annotation = claimToAnnotation(view, {
        ...links,
        sourceTextUrlOf: () => 'https://claims.example/t',
        language: 'en',
      });
      const [target] = [annotation.target].flat();
      expect(target?.selector[0].exact).toBe(view.claim.quote.textQuoteSelector.exact);
      const [, speech] = annotation.body;
      expectSpeechSentence(speech && 'value' in speech ? speech.value : undefined, view);
      const linking = annotation.body.filter(
        (body) => 'purpose' in body && body.purpose === 'linking',
      );
      const relations = index.relationsByClaim.get(view.claim.id) ?? [];
      expect(linking.map((body) => ('source' in body ? body.source : ''))).toEqual(
        relations.map(({ other }) => permalinkOf(other.claim.id)),
      );
    },
  },
  {
    name: 'the copied quote',
    check: (view) => expectAttributed(quoteWithCitation(view, permalinkOf(view.claim.id)), view),
  },
];

const bySpeech = (speech: 'direct' | 'reported') =>
  index.claims.filter((view) => view.claim.speech === speech);

test('the dossier has claims of both speech types to try', () => {
  expect(bySpeech('direct').length).toBeGreaterThan(0);
  expect(bySpeech('reported').length).toBeGreaterThan(0);
});

test.each(
  channels.flatMap((channel) =>
    (['direct', 'reported'] as const).map((speech) => ({ ...channel, speech })),
  ),
)('$name shows each claim of $speech speech as whose words it is', ({ check, speech }) => {
  for (const view of bySpeech(speech)) check(view);
});

/*
 * The surfaces a reader glances at: a claim in a line, under our short form. Our short form
 * is never in quotation marks, never under a direct-speech mark, never after "<speaker>:";
 * whatever a line puts in quotation marks is the speaker's exact words (the quote, or a run
 * of it with ellipses); a direct line shows them, a reported line names its publisher.
 */

const browserFiles = browserDataFiles(corpus);
const fileOf = (path: string): unknown => JSON.parse(browserFiles.get(path) ?? 'null');
const meta = indexMeta(corpusMetaSchema.parse(fileOf('index.json')));
const timelineClaims: TimelineClaim[] = [...browserFiles.keys()]
  .filter((path) => path.startsWith('timeline/'))
  .flatMap((path) => timelineDetailSchema.parse(fileOf(path)).claims);
const viewOf = new Map(index.claims.map((view) => [view.claim.id, view]));

/** Renders `node` and returns the text of each element `pick` finds, by the claim id it names. */
function renderedParts(node: ReactNode, pick: (container: HTMLElement) => [string, string][]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { container, unmount } = render(
    <QueryClientProvider client={client}>
      <Router ssrPath="/">{node}</Router>
    </QueryClientProvider>,
  );
  const parts = pick(container);
  unmount();
  return parts;
}

const claimIdOf = (href: string | null) => /claims\/([^/#?]+)/.exec(href ?? '')?.[1] ?? '';

/**
 * Checks a line at a glance of `view`: its short form shown as ours, every quoted run the
 * speaker's exact words, and (where `words` is on) the speaker's words or the publisher shown.
 */
function expectGlance(text: string, view: ClaimView, { words = true } = {}) {
  const short = view.claim.short ?? view.claim.summary;
  const where = `${view.claim.id}: ${text}`;
  expect(text, where).toContain(short);
  for (const mark of allMarks) {
    expect(text, `${where} (${mark} before)`).not.toContain(`${mark}${short}`);
    expect(text, `${where} (${mark} after)`).not.toContain(`${short}${mark}`);
  }
  expect(text, where).not.toContain(`${view.speaker.name}: ${short}`);
  expect(text, where).not.toMatch(/direct quote/i);
  const quote = view.claim.quote.textQuoteSelector.exact;
  const quoted = [...text.matchAll(/“([^”]*)”/g)].map((match) => match[1] ?? '');
  for (const run of quoted)
    expect(quote, `${where} (quoted “${run}”)`).toContain(excerptWords(run));
  if (!words) return;
  if (view.claim.speech === 'direct') {
    expect(quoted.length, where).toBeGreaterThan(0);
    // The speaker's name (maybe with their party), then their words.
    expect(text, where).toMatch(new RegExp(`${escape(view.speaker.name)}( \\([^)]*\\))?: “`));
  } else {
    expect(quoted, where).toEqual([]);
    expect(text.toLowerCase(), where).toContain(
      `as ${glancePublisher(view.source.publisher)} reports`.toLowerCase(),
    );
  }
}

/** One surface at a glance: the lines it shows, each with the claim it is of. */
type GlanceSurface = {
  name: string;
  lines: () => { view: ClaimView; text: string }[];
  words?: boolean;
};

const linesOf = (parts: [string, string][]) =>
  parts.flatMap(([id, text]) => {
    const view = viewOf.get(id);
    return view ? [{ view, text }] : [];
  });

const glanceSurfaces: GlanceSurface[] = [
  {
    name: 'the overview line of /',
    lines: () =>
      linesOf(
        renderedParts(<PositionsOverview index={meta} cellHref={() => '/'} />, (container) =>
          [...container.querySelectorAll('li')].flatMap((li) => {
            const link = li.querySelector('a[href*="claims/"]');
            return link ? [[claimIdOf(link.getAttribute('href')), li.textContent ?? '']] : [];
          }),
        ),
      ),
  },
  {
    name: 'the timeline tip',
    lines: () =>
      linesOf(
        timelineClaims.map((claim) => [
          claim.id,
          // Its lines, apart, as a reader sees them.
          renderedParts(<ClaimTip index={meta} claim={claim} left={0} top={0} />, (container) =>
            [...container.querySelectorAll('p')].map((line) => [claim.id, line.textContent ?? '']),
          )
            .map(([, line]) => line)
            .join('\n'),
        ]),
      ),
  },
  {
    name: 'the timeline bar’s name',
    lines: () =>
      linesOf(timelineClaims.map((claim) => [claim.id, timelineClaimWords(meta, claim)])),
  },
  {
    name: 'the timeline list',
    lines: () =>
      linesOf(
        timelineClaims.map((claim) => [
          claim.id,
          renderedParts(
            <ul>
              <ClaimItem index={meta} claim={claim} related={() => undefined} />
            </ul>,
            (container) => [[claim.id, container.querySelector('p')?.textContent ?? '']],
          )[0]?.[1] ?? '',
        ]),
      ),
  },
  {
    name: 'the relation picture’s box',
    words: false,
    lines: () => {
      const edges = corpus.relations.flatMap((relation) => {
        const from = viewOf.get(relation.from);
        const to = viewOf.get(relation.to);
        return from && to ? [{ relation, from, to }] : [];
      });
      return linesOf(
        renderedParts(
          <RelationMap graph={{ parties: corpus.parties, edges }} label="Who disputes whom" />,
          (container) =>
            [...container.querySelectorAll('a')].flatMap((link) => {
              const id = claimIdOf(link.getAttribute('href'));
              const name = link.getAttribute('aria-label') ?? '';
              // A box's link (not a curve's): its name is the claim's words alone.
              const view = viewOf.get(id);
              if (!view || name !== edgeClaimWords(view)) return [];
              return [
                [id, name],
                [id, link.textContent ?? ''],
              ];
            }),
        ),
      );
    },
  },
  {
    name: 'the relation badge',
    words: false,
    lines: () =>
      index.claims.flatMap((view) =>
        (index.relationsByClaim.get(view.claim.id) ?? []).flatMap((relation) => {
          const other = viewOf.get(relation.other.claim.id);
          if (!other) return [];
          const text = renderedText(<RelationLinks relations={[relation]} />);
          expect(text).toContain(relationLabel(relation).phrase);
          return [{ view: other, text }];
        }),
      ),
  },
];

test.each(glanceSurfaces)(
  '$name shows our short form as ours and only the speaker’s exact words in quotation marks',
  ({ lines, words }) => {
    const shown = lines();
    for (const speech of ['direct', 'reported'] as const) {
      expect(
        shown.some(({ view }) => view.claim.speech === speech),
        `a ${speech} claim shown`,
      ).toBe(true);
    }
    for (const { view, text } of shown) expectGlance(text, view, { words });
  },
);
