/**
 * A deterministic synthetic corpus in the real format, for scale tests and benchmarks: source
 * texts of realistic length (about 4–6 KB, some with Hangul and Han passages and an emoji),
 * claims quoting whole sentences (direct speech from inside quotation marks), speakers across
 * the four parties, topics, and relations. The same options always give the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

/** Options of {@link writeSyntheticCorpus}. */
export type SyntheticCorpusOptions = {
  /** Claims to write, at least 1. */
  claims: number;
  /** Sources to write, at least 1. */
  sources: number;
  /** Seed of the generator: the same seed, the same corpus. */
  seed: number;
  /** Folder to write to; emptied first. */
  out: string;
};

/** What was written. */
export type SyntheticCorpusSummary = { claims: number; sources: number; relations: number };

/** Writes a synthetic corpus to `out` (see the module's comment). */
export function writeSyntheticCorpus({
  claims: claimCount,
  sources: sourceCount,
  seed,
  out: outDir,
}: SyntheticCorpusOptions): SyntheticCorpusSummary {
  if (
    !Number.isInteger(claimCount) ||
    claimCount < 1 ||
    !Number.isInteger(sourceCount) ||
    sourceCount < 1
  ) {
    throw new RangeError('--claims and --sources must be whole numbers of at least 1');
  }
  /** mulberry32: a small, fast, seeded generator, so every run gives the same corpus. */
  function random(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));

  const words = `talks summit sanctions relief nuclear facility delegation minister proposal
    inspection verification agreement negotiations resolution council statement framework
    economy exports reactor enrichment timeline partners envoy meeting declaration dialogue
    security guarantees steps phased complete freeze dismantle observers experts reciprocal
    measures trust region coast leaders officials conference briefing reporters progress`
    .split(/\s+/)
    .filter(Boolean);
  const nonLatin = ['평화 협상', '制裁解除', '경제 협력', '国际合作', '정상 회담'];
  const verbs = ['said', 'stressed', 'warned', 'insisted', 'noted', 'argued', 'added'];

  function sentence(serial: number): string {
    // Mostly news-length sentences, and now and then a long one, as long quotes must work too.
    const length = next() < 0.05 ? between(60, 90) : between(8, 22);
    const body = Array.from({ length }, () => pick(words));
    if (next() < 0.1) body.splice(between(1, length - 1), 0, pick(nonLatin));
    // A serial number keeps every sentence unique, as a quote must be.
    body.splice(between(1, body.length - 1), 0, `no.${serial}`);
    const text = body.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  const parties = [
    { id: 'capital', name: 'The capital', label: 'Capital' },
    { id: 'coalition', name: 'The coalition', label: 'Coalition' },
    { id: 'federation', name: 'The federation', label: 'Federation' },
    { id: 'observers', name: 'Outside observers', label: 'Observers' },
  ];
  const speakers = parties.flatMap((party) =>
    Array.from({ length: 12 }, (_, i) => ({
      id: `${party.id}-speaker-${i + 1}`,
      name: `${party.name} speaker ${i + 1}`,
      kind: 'person',
      role: `Official ${i + 1}`,
      party: party.id,
    })),
  );
  const topics = Array.from({ length: 40 }, (_, i) => ({
    id: `topic-${i + 1}`,
    title: `Topic ${i + 1}`,
    question: `What did the parties say about question ${i + 1}?`,
    order: i + 1,
  }));

  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'sources'), { recursive: true });

  type Quote = { text: string; direct: boolean };
  const sources = [];
  const quotesBySource: Quote[][] = [];
  let serial = 0;
  for (let s = 0; s < sourceCount; s++) {
    const quotes: Quote[] = [];
    const paragraphs: string[] = [
      `Synthetic report ${s + 1} ${s % 7 === 0 ? '🌏 ' : ''}on the talks`,
    ];
    const paragraphCount = between(14, 22);
    for (let p = 0; p < paragraphCount; p++) {
      const first = sentence(serial++);
      const second = sentence(serial++);
      if (next() < 0.4) {
        paragraphs.push(`"${first}" the official ${pick(verbs)}. ${second}`);
        quotes.push({ text: first, direct: true }, { text: second, direct: false });
      } else {
        paragraphs.push(`${first} ${second}`);
        quotes.push({ text: first, direct: false }, { text: second, direct: false });
      }
    }
    const text = paragraphs.join('\n\n');
    const file = `sources/synthetic-${s + 1}.txt`;
    writeFileSync(join(out, file), text);
    sources.push({
      id: `synthetic-${s + 1}`,
      headline: `Synthetic report ${s + 1}`,
      publisher: 'The Synthetic Times',
      published: `2019-03-${String((s % 28) + 1).padStart(2, '0')}`,
      dateline: 'CAPITAL CITY',
      url: `https://synthetic.example/reports/${s + 1}`,
      file,
      sha256: createHash('sha256').update(text).digest('hex'),
    });
    quotesBySource.push(quotes);
  }

  const claims = Array.from({ length: claimCount }, (_, c) => {
    const sourceIndex = c % sourceCount;
    const quotes = quotesBySource[sourceIndex] ?? [];
    const quote = quotes[Math.floor(c / sourceCount) % quotes.length] ?? {
      text: '',
      direct: false,
    };
    const speaker = pick(speakers);
    return {
      id: `claim-${c + 1}`,
      topic: pick(topics).id,
      speaker: speaker.id,
      summary: `${speaker.name} makes synthetic claim ${c + 1}.`,
      short: `Synthetic position ${c + 1}`,
      quote: quote.text,
      source: `synthetic-${sourceIndex + 1}`,
      speech: quote.direct ? 'direct' : 'reported',
      statedAt: synthStatedAt(c),
    };
  });

  const types = ['disputes', 'supports', 'qualifies', 'elaborates'] as const;
  const relations = [];
  const seen = new Set<string>();
  for (let r = 0; r < Math.floor(claimCount / 3); r++) {
    const from = between(1, claimCount);
    const to = between(1, claimCount);
    const pair = [from, to].sort((a, b) => a - b).join('-');
    if (from === to || seen.has(pair)) continue;
    seen.add(pair);
    relations.push({
      from: `claim-${from}`,
      to: `claim-${to}`,
      type: pick(types),
      note: `Synthetic relation ${r + 1}.`,
    });
  }

  const write = (name: string, records: unknown) =>
    writeFileSync(join(out, name), stringify(records, { lineWidth: 0 }));
  write('dossier.yaml', {
    id: 'synthetic',
    name: 'Synthetic dossier',
    tagline: 'who said what',
    event: { name: 'The synthetic talks', dates: '2019-01-01/2019-06-30', place: 'Capital City' },
    language: 'en',
    headline: 'Who said what in the synthetic talks',
    intro: `${claimCount} synthetic claims by four parties on ${topics.length} questions.`,
    leadTopics: topics.slice(0, 3).map((topic) => topic.id),
  });
  write('parties.yaml', parties);
  write('speakers.yaml', speakers);
  write('topics.yaml', topics);
  write('sources.yaml', sources);
  write('claims.yaml', claims);
  write('relations.yaml', relations);
  return { claims: claims.length, sources: sources.length, relations: relations.length };
}

/**
 * A claim's date, spread over the first half of 2019 as a real dossier's might be: most on a
 * day, every seventh between two days, every fiftieth given only as a month.
 */
function synthStatedAt(c: number): string {
  const day = new Date(Date.UTC(2019, 0, 1 + ((c * 37) % 181)));
  const iso = day.toISOString().slice(0, 10);
  if (c % 50 === 0) return iso.slice(0, 7);
  if (c % 7 === 0) {
    const next = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
    return `${iso}/${next}`;
  }
  return iso;
}
