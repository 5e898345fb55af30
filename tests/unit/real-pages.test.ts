/**
 * Real saved news pages go in as they come. Fifteen pages of fourteen sites in eight languages,
 * saved by others (the test pages of Mozilla Readability, tests/fixtures/real-pages), each
 * added as a source through `source:add` and through the workbench's API, to a copy of the
 * second dossier. Each expected value is what that page states, and where it states it is
 * named beside it; where a page does not state a field, it is not proposed, and adding it
 * asks for that field alone while showing all the page does state.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startAuthorServer, type AuthorServer } from '../../scripts/author/author-server.ts';
import { bufferedOutput } from '../../scripts/commands/output.ts';
import { sourceAdd } from '../../scripts/commands/source-add.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { readSource } from '../../scripts/sources/add-source.ts';
import { maxIdLength } from '../../src/corpus/schema.ts';
import { isoDate } from '../../src/lib/iso-date.ts';

const pagesDir = 'tests/fixtures/real-pages';

/** What a page states, field by field; `undefined` where it does not state the field. */
type Stated = {
  page: string;
  headline: string;
  publisher?: string;
  byline?: string;
  /** Readability's reading of the text when the metadata names no author: offered, not kept. */
  bylineGuess?: string;
  published?: string;
  url?: string;
  /** The language the page says it is in: its <html lang>, else its og:locale. */
  language?: string;
};

const pages: Stated[] = [
  {
    page: 'aktualne', // Czech
    // og:title adds " | Aktuálně.cz"; the <h1> is the headline alone.
    headline: 'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
    publisher: 'Aktuálně.cz', // og:site_name, less its tagline " - Víte, co se právě děje"
    byline: 'Aleš Vávra', // JSON-LD author, in a CDATA section
    published: '2021-11-01', // article:published_time
    url: 'https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/',
    language: 'cs', // <html lang>
  },
  {
    page: 'bbc-1',
    // og:title and <title> add " - BBC News".
    headline: "Obama admits US gun laws are his 'biggest frustration'",
    publisher: 'BBC News', // og:site_name
    byline: 'BBC News', // og:article:author
    published: '2015-07-24', // JSON-LD datePublished
    url: 'http://www.bbc.com/news/world-us-canada-33646704', // link rel=canonical
    language: 'en', // <html lang>
  },
  {
    page: 'breitbart',
    // og:title and <title> add " - Breitbart".
    headline:
      "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
    publisher: 'Breitbart',
    // No author in its metadata: Readability's reading of the byline line is only offered.
    bylineGuess: 'by Lucas Nolan22 Dec 2016651',
    published: '2016-12-22',
    url: 'http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/',
    language: 'en', // <html xml:lang>
  },
  {
    page: 'cnet-svg-classes', // Spanish
    // The <h1> the page shows; og:title gives another ("… en México, Venezuela y otros nueve países").
    headline: 'Twitter Lite se estrena en 11 países de América Latina',
    publisher: 'CNET en Español',
    byline: 'César Salza', // microdata: itemprop=author > itemprop=name
    published: '2017-12-01', // microdata: <time itemprop=datePublished content=…>
    url: 'https://www.cnet.com/es/noticias/twitter-lite-america-latina/',
    language: 'es', // <html lang>
  },
  {
    page: 'folha', // Portuguese
    headline: 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012',
    publisher: 'Folha de S.Paulo',
    // JSON-LD author (microdata names the paper as author: the JSON-LD names the writer).
    byline: 'Bruno (Henrique Zecchin) Rodrigues',
    published: '2018-12-21', // article:published_time, "2018-12-21 12:55:00"
    url: 'https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml',
    language: 'pt-BR', // <html lang>
  },
  {
    page: 'guardian-1',
    // og:title adds the author: " | Eleanor Ainge Roy".
    headline: "'What is the sea telling us?': Māori tribes fearful over whale strandings",
    publisher: 'the Guardian',
    byline: 'Eleanor Ainge Roy', // meta author
    published: '2019-01-03',
    url: 'https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings',
    language: 'en', // <html lang>
  },
  {
    page: 'heise', // German
    headline: '1Password für Mac generiert Einmal-Passwörter',
    publisher: 'Mac & i',
    byline: 'Mac & i', // DC.creator
    published: '2015-04-08', // meta name=date
    url: 'http://www.heise.de/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html',
    language: 'de', // <html lang>
  },
  {
    page: 'lemonde-1', // French
    headline: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
    publisher: 'Le Monde.fr',
    byline: 'Martin Untersinger (avec Damien Leloup et Morgane Tual)', // microdata, its text
    published: '2015-05-04', // <time itemprop=datePublished datetime=…>
    url: 'http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html',
    language: 'fr', // og:locale fr_FR; no <html lang>
  },
  {
    page: 'liberation-1', // French
    headline: 'Un troisième Français mort dans le séisme au Népal',
    publisher: 'Libération.fr',
    byline: 'AFP', // microdata; article:author is an address, not a name
    published: '2015-04-30',
    url: 'http://www.liberation.fr/monde/2015/04/30/un-troisieme-francais-mort-dans-le-seisme-au-nepal_1278483',
    language: 'fr', // the <html lang> the page uses; those in IE comments say en
  },
  {
    page: 'nytimes-1',
    headline: 'United States to Lift Sudan Sanctions',
    // No site name, publisher or organization in its metadata: the author gives it.
    byline: 'Jeffrey Gettleman', // meta author
    published: '2017-01-13', // article:published
    url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html',
    language: 'en', // <html lang>
  },
  {
    page: 'qq', // Chinese: a headline, and no metadata at all
    headline: 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶',
  },
  {
    page: 'seattletimes-1',
    headline:
      'Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods',
    publisher: 'The Seattle Times',
    byline: 'Benjamin Romano', // microdata: <meta itemprop=author content=…>
    published: '2019-04-28', // "2019-04-28 06:01:07"
    url: 'https://www.seattletimes.com/business/amazon/alaskan-halibut-caught-by-a-century-old-seattle-boat-provides-a-glimpse-of-amazons-strategy-with-whole-foods/',
    language: 'en-US', // <html lang>
  },
  {
    page: 'telegraph',
    headline:
      "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
    publisher: 'The Telegraph',
    byline: 'Our Foreign Staff', // microdata: itemprop=name content=…
    published: '2017-11-16', // DCSext.articleFirstPublished, "2017-11-16 11:13"
    url: 'http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/',
    language: 'en-GB', // <html lang>
  },
  {
    page: 'wapo-1',
    headline: 'Attack stokes instability fears in North Africa',
    publisher: 'Washington Post',
    bylineGuess: 'By Erin Cunningham', // its rel=author link holds an address only
    // No date in its metadata: the author gives it.
    url: 'http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html',
  },
  {
    page: 'yahoo-4', // Japanese
    // og:title adds the outlet and the portal: "（CNET Japan） - Yahoo!ニュース".
    headline: 'トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」',
    publisher: 'Yahoo!ニュース',
    bylineGuess: '個人',
    url: 'http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci',
    language: 'ja', // <html lang>
  },
];

const html = (stated: Stated) => readFileSync(join(pagesDir, `${stated.page}.html`));

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The day each page is said to have been saved. */
const captured = '2020-03-04';

/** A package's version as installed, from its own package.json. */
const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
    .version;

/** What every page is extracted with: the packages installed and the text rules. */
const installedExtractor = {
  name: '@mozilla/readability',
  version: installedVersion('@mozilla/readability'),
  dom: `linkedom ${installedVersion('linkedom')}`,
  rules: 1,
};

/** Every file of a folder and its bytes, to compare before and after. */
const snapshot = (dir: string) =>
  new Map(
    [...readCorpusFolder(dir)].map(([path, bytes]) => [path, Buffer.from(bytes).toString('hex')]),
  );

/** What the author gives for the fields a page does not state (the citation needs them). */
function givenFor(stated: Stated): Record<string, string> {
  return {
    ...(stated.publisher ? {} : { publisher: 'Given publisher' }),
    ...(stated.published ? {} : { published: '2020-02-02' }),
  };
}

let scratch = '';
let dir = '';
let server: AuthorServer;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'real-pages-'));
  dir = join(scratch, 'data');
  server = await startAuthorServer({ dataDir: join(scratch, 'workbench'), apiOnly: true });
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('every fixture page is here, and the table names each once', () => {
  const files = readdirSync(pagesDir).filter((file) => file.endsWith('.html'));
  expect(files.sort()).toEqual(pages.map(({ page }) => `${page}.html`).sort());
  expect(
    new Set(
      pages.map((stated) =>
        parseHTML(html(stated).toString('utf8'))
          .document.documentElement.getAttribute('lang')
          ?.slice(0, 2),
      ),
    ).size,
  ).toBeGreaterThanOrEqual(7);
});

describe.each(pages)('$page', (stated) => {
  test('proposes what the page states, and nothing it does not', () => {
    const read = readSource(`${stated.page}.html`, html(stated));
    const { dateline: _, ...proposal } = read.proposal;
    const { page: _page, ...expected } = stated;
    expect(proposal).toEqual(expected);
    // The archived text opens with the headline as the page shows it, not with a title that
    // carries the site's name.
    const text = new TextDecoder().decode(read.bytes);
    expect(text.split('\n\n')[0]).toBe(stated.headline);
  });

  test('source:add adds it as it comes, asking only for what the page does not state', () => {
    cpSync('tests/fixtures/second-dossier', dir, { recursive: true });
    try {
      const run = (...args: string[]) => {
        const output = bufferedOutput();
        const code = sourceAdd(
          [join(pagesDir, `${stated.page}.html`), ...args, '--data', dir],
          output,
        );
        return { code, out: output.stdout(), err: output.stderr() };
      };
      const given = givenFor(stated);
      if (Object.keys(given).length > 0) {
        const before = snapshot(dir);
        const refused = run();
        expect(refused.code).toBe(1);
        expect(snapshot(dir)).toEqual(before);
        // The refusal shows all the page states, then what it lacks.
        expect(refused.err).toContain('What the page states:');
        for (const value of [stated.headline, stated.publisher, stated.byline, stated.url]) {
          if (value) expect(refused.err).toContain(value);
        }
        if (stated.bylineGuess) expect(refused.err).toContain(`"${stated.bylineGuess}" (a guess`);
        for (const field of Object.keys(given)) expect(refused.err).toContain(`--${field}`);
        expect(refused.err).not.toMatch(/\n\s+at /);
      }
      const added = run(
        ...Object.entries(given).flatMap(([field, value]) => [`--${field}`, value]),
        '--captured',
        captured,
      );
      expect(added.err).toBe('');
      expect(added.code).toBe(0);
      const result = verifyCorpus(readCorpusFolder(dir));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const source = result.verified.corpus.sources.at(-1);
      // The page itself is archived beside its text, byte for byte, and the record says so.
      const page = `sources/${source?.id}.html`;
      expect(readFileSync(join(dir, page)).equals(html(stated))).toBe(true);
      expect(source?.extractedFrom).toEqual({
        pagePath: `sources/${source?.id}.html.txt`,
        sha256: sha256Of(html(stated)),
        captured,
        extractor: installedExtractor,
      });
      expect(added.out).toContain(
        `The text was extracted by @mozilla/readability ${installedExtractor.version} on ${installedExtractor.dom}, text rules 1 from the page saved on ${captured},\narchived byte for byte as ${page} (SHA-256 ${sha256Of(html(stated))}).`,
      );
      expect(source).toMatchObject({
        headline: stated.headline,
        publisher: stated.publisher ?? given.publisher,
        published: stated.published ?? given.published,
      });
      expect(source?.byline).toBe(stated.byline);
      // An id of the headline's words, in any script: never the date alone.
      expect(source?.id.length).toBeLessThanOrEqual(maxIdLength);
      expect(source?.id).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)+$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Each test extracts a real page and saves it through the workbench's server, then verifies
// the folder: a second on an idle machine, more on a busy one.
describe('the workbench', { timeout: 60_000 }, () => {
  const call = async (body: unknown) => {
    const response = await fetch(`${server.origin}/_author/api/sources`, {
      method: 'POST',
      headers: {
        'x-author-token': server.token,
        origin: server.origin,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const versions = async () => {
    const response = await fetch(`${server.origin}/_author/api/state`, {
      headers: { 'x-author-token': server.token },
    });
    return ((await response.json()) as { versions: Record<string, string> }).versions;
  };

  beforeAll(() => {
    cpSync('tests/fixtures/second-dossier', join(scratch, 'workbench'), { recursive: true });
  });

  test.each(pages)(
    'adds $page as it comes, the proposal confirmed, and opens it by its id',
    async (stated) => {
      const upload = { fileName: `${stated.page}.html`, content: html(stated).toString('base64') };
      const proposed = await call({ ...upload, fields: {}, dryRun: true });
      expect(proposed.status).toBe(200);
      const { id, dateline: _, ...proposal } = proposed.json.proposal as Record<string, string>;
      const { page: _page, ...expected } = stated;
      expect(proposal).toEqual(expected);
      const given = givenFor(stated);
      expect(proposed.json.missing).toEqual(Object.keys(given));
      // Where the text will come from: this page, saved today unless the author says otherwise.
      expect(proposed.json.extraction).toEqual({
        sha256: sha256Of(html(stated)),
        captured: isoDate(new Date()),
        extractor: `@mozilla/readability ${installedExtractor.version} on ${installedExtractor.dom}, text rules 1`,
        ...(id === undefined ? {} : { page: `sources/${id}.html` }),
      });
      // Saved as the author confirms it: the proposal and the fields it lacked, the guess left out.
      const { bylineGuess: _guess, ...kept } = proposal;
      const saved = await call({
        ...upload,
        base: await versions(),
        fields: { ...kept, ...given, captured },
      });
      expect(saved.status).toBe(200);
      expect(saved.json.ok).toBe(true);
      expect(typeof saved.json.id).toBe('string');
      if (id !== undefined) expect(saved.json.id).toBe(id);
      const result = verifyCorpus(readCorpusFolder(join(scratch, 'workbench')));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.verified.corpus.sources.find((one) => one.id === saved.json.id)).toMatchObject({
        headline: stated.headline,
        extractedFrom: { sha256: sha256Of(html(stated)), captured },
      });
      const page = join(scratch, 'workbench', 'sources', `${String(saved.json.id)}.html`);
      expect(readFileSync(page).equals(html(stated))).toBe(true);
    },
  );

  test('two pages of one day with one headline get two ids', async () => {
    const stated = pages.find((one) => one.page === 'qq');
    if (!stated) throw new Error('no qq page');
    const upload = { fileName: 'qq.html', content: html(stated).toString('base64') };
    const fields = { publisher: 'Given publisher', published: '2020-02-02' };
    const first = await call({ ...upload, base: await versions(), fields });
    // Its words again, another file: an id of its own, the same words and the next number.
    const second = await call({ ...upload, base: await versions(), fields });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const [firstId, secondId] = [String(first.json.id), String(second.json.id)];
    expect(secondId).not.toBe(firstId);
    const words = firstId.replace(/-\d+$/, '');
    expect(secondId).toMatch(new RegExp(`^${words}-\\d+$`));
    expect(words).toMatch(/^2020-02-02-deepmind-xin-dian-nao-/);
  });
});
