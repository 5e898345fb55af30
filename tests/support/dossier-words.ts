import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';

/**
 * Capitalised words of a dossier's names that are ordinary English too (titles, roles, kinds of
 * body): a name's other words still mark it. Lowercase.
 */
const commonWords = new Set(
  `the and for of with new second first north south east west son independent several analysts analyst expert experts
  foreign minister ministry vice president secretary state states united national security
  adviser advisor special representative envoy spokesman spokeswoman spokesperson official
  officials government institute university policy studies center centre council affairs
  department director professor senior fellow research school international relations
  chairman chair leader supreme commission committee party central news agency agency times
  print edition office house summit talks report reports correspondent group`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The words that name a dossier's event, people and places: its event and place, its parties'
 * names, its speakers' names, roles and affiliations, its sources' publishers and datelines,
 * each name whole and each of its distinctive capitalised words (`Hanoi`, `Trump`,
 * `Korea`), lowercase. None of them may be written in the code, nor appear in a build of
 * another dossier.
 */
export function dossierWords(corpus: CompiledCorpus): string[] {
  const { dossier } = corpus;
  const names = [
    dossier.name,
    dossier.event.name,
    ...dossier.event.place.split(','),
    ...corpus.parties.map((party) => party.name),
    ...corpus.speakers.flatMap((speaker) => [
      speaker.name,
      speaker.role ?? '',
      ...(speaker.affiliation ?? '').split(','),
    ]),
    ...corpus.sources.flatMap((source) => [
      source.publisher,
      ...(source.dateline ?? '').split('/'),
    ]),
  ]
    .map((name) => name.trim())
    .filter(Boolean);
  const words = new Set<string>();
  for (const name of names) {
    const distinctive = (name.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
      .flatMap((word) => word.split(/[–-]/))
      .map((word) => word.replace(/['’]s$/, '').toLowerCase())
      .filter((word) => word.length >= 3 && !commonWords.has(word));
    for (const word of distinctive) words.add(word);
    // A name of ordinary words only ("Independent analysts") names nothing on its own.
    if (distinctive.length > 0) words.add(name.toLowerCase());
  }
  return [...words].sort();
}

/** Where a text names one of `words`: each word found, whole (not inside a longer word). */
export function wordsIn(text: string, words: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return words.filter((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(lower);
  });
}
