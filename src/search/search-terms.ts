import { dottedAbbreviation, foldForSearch } from '../lib/search-text.ts';

// How a text becomes search terms, the same when the build indexes the claims and when the
// browser reads a query or marks the words matched: whole words, folded (case, accents,
// typographic quotes and dashes), with British and American spellings made one. Han, kana and
// Hangul are written without spaces between words (or, in Hangul, with particles joined to
// them), so their runs are searched as overlapping pairs of characters instead: 협정을 is
// 협정 and 정을, and a search for 협정 finds it; 渔业协定 is 渔业, 业协 and 协定. This needs no
// dictionary and no word segmenter, for the index or in the browser.

/** A character of a script written without spaces between words. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const unspacedRuns = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * A word split for search: its runs of other letters whole, its runs of Han, kana or Hangul as
 * overlapping pairs (a lone character as itself), each with where it starts in the word.
 */
function termsOfWord(word: string): { term: string; at: number }[] {
  if (!unspaced.test(word)) return [{ term: word, at: 0 }];
  const terms: { term: string; at: number }[] = [];
  let at = 0;
  for (const run of word.matchAll(unspacedRuns)) {
    if (run.index > at) terms.push({ term: word.slice(at, run.index), at });
    const chars = [...run[0]];
    let offset = run.index;
    if (chars.length === 1) terms.push({ term: run[0], at: offset });
    for (let i = 0; i + 1 < chars.length; i++) {
      terms.push({ term: `${chars[i]}${chars[i + 1]}`, at: offset });
      offset += chars[i]?.length ?? 1;
    }
    at = run.index + run[0].length;
  }
  if (at < word.length) terms.push({ term: word.slice(at), at });
  return terms;
}

/** Whether a term is a pair (or lone character) of a script written without spaces. */
export function isUnspaced(term: string): boolean {
  return unspaced.test(term);
}

/** A word: letters and digits, joined by hyphens inside it ("Anne-Marie", "2016-17"). */
const wordPattern = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** A word of a text, where it stands in it. */
export type WordAt = { word: string; start: number; end: number };

/**
 * The words of a text, each part of a hyphenated word on its own ("Anne-Marie Quist": Anne,
 * Marie, Quist), where they stand in the text as given (not folded): what a query is made of, and the
 * words a result marks.
 */
export function wordsOf(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/**
 * The terms a query searches for, in order: its words, folded, each part of a hyphenated one,
 * runs of Han, kana or Hangul as their pairs of characters.
 */
export function queryTerms(query: string): string[] {
  return wordsOf(foldForSearch(query)).flatMap(({ word }) =>
    termsOfWord(word).map(({ term }) => term),
  );
}

/**
 * The terms a claim's text is indexed under: each word folded, each part of a hyphenated
 * word, and the hyphenated word run together ("Anne-Marie": anne, marie, annemarie), so that
 * "Anne Marie", "Anne-Marie" and "Annemarie" all find it.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [compound] of foldForSearch(text).matchAll(wordPattern)) {
    const parts = compound.split('-');
    for (const part of parts) for (const { term } of termsOfWord(part)) terms.push(term);
    if (parts.length > 1 && !unspaced.test(compound)) terms.push(parts.join(''));
  }
  return terms;
}

// British spellings, as their American forms: the dossier's sources write "denuclearisation",
// a reader may type "denuclearization". Both sides of a search go through these, so a rule
// only has to make the two spellings one, never to produce a real word.
const ourWords =
  /^(arbo|ardo|armo|behavio|cando|clamo|colo|demeano|endeavo|favo|flavo|fervo|glamo|harbo|hono|humo|labo|neighbo|odo|parlo|ranco|rigo|rumo|savio|savo|splendo|succo|tumo|valo|vapo|vigo)ur(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|hood|ly|ist|ists)?$/;
const reWords = /^(cent|met|lit|theat|fib|calib|spect|somb|meag|sabr|lust)re(s|d)?$/;
const doubledL =
  /^(cancel|channel|counsel|dial|duel|equal|fuel|jewel|label|level|marshal|model|rival|signal|total|travel|tunnel)l(ed|ing|er|ers)$/;
const enceWords: Record<string, string> = {
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  licences: 'licenses',
  pretence: 'pretense',
};
const otherWords: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  aluminium: 'aluminum',
  judgement: 'judgment',
  judgements: 'judgments',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  sceptic: 'skeptic',
  sceptical: 'skeptical',
  scepticism: 'skepticism',
  fulfil: 'fulfill',
  fulfils: 'fulfills',
  enrol: 'enroll',
  ageing: 'aging',
  catalogue: 'catalog',
  analogue: 'analog',
  dialogue: 'dialog',
  dialogues: 'dialogs',
  storey: 'story',
  draught: 'draft',
  plough: 'plow',
};

/** One spelling of a folded word, the same for its British and American forms. */
export function oneSpelling(term: string): string {
  const listed = enceWords[term] ?? otherWords[term];
  if (listed) return listed;
  return (
    term
      .replace(ourWords, (_, stem: string, end = '') => `${stem}r${end}`)
      .replace(reWords, (_, stem: string, end = '') => `${stem}er${end}`)
      .replace(doubledL, (_, stem: string, end: string) => `${stem}${end}`)
      // -ise, -isation … (organise, denuclearisation): three letters before at least, so that
      // "rise", "raise" and "noise" are left alone.
      .replace(/^(\p{L}{3,})is(e|es|ed|ing|ation|ations|ational|er|ers)$/u, '$1iz$2')
      .replace(/^(\p{L}{2,})ys(e|es|ed|ing)$/u, '$1yz$2')
  );
}

/** A word in the text as given: a dotted abbreviation, or letters joined by hyphens or not. */
const compoundPattern = new RegExp(
  `${dottedAbbreviation.source}|[\\p{L}\\p{M}\\p{N}]+(?:[-\\u2010\\u2011][\\p{L}\\p{M}\\p{N}]+)*`,
  'gu',
);
const partPattern = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The indexed form of each word as printed, as found: a page of results marks thousands of
 * words, most of them seen before (a corpus has a vocabulary, not a new word each time), and
 * the folding and spelling rules are regular expressions. Emptied when it grows large.
 */
const indexedForms = new Map<string, string>();

/** The indexed form of a word as printed. */
function termOf(word: string): string {
  let term = indexedForms.get(word);
  if (term === undefined) {
    if (indexedForms.size >= 50_000) indexedForms.clear();
    term = oneSpelling(foldForSearch(word));
    indexedForms.set(word, term);
  }
  return term;
}

/** Where the words of a text that are matched terms stand: [start, end) pairs, in order. */
export function matchedSpans(text: string, terms: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  if (terms.size === 0) return spans;
  for (const compound of text.matchAll(compoundPattern)) {
    const start = compound.index;
    const word = compound[0];
    // "U.S." is one word, folded as one ("us"): marked whole or not at all.
    if (word.includes('.')) {
      if (terms.has(termOf(word))) spans.push([start, start + word.length]);
      continue;
    }
    // "plu-tonium" matched as "plutonium": the whole compound; else each matched part.
    if (word.includes('-') || /[\u2010\u2011]/.test(word)) {
      if (terms.has(termOf(word.replace(/[-\u2010\u2011]/g, '')))) {
        spans.push([start, start + word.length]);
        continue;
      }
    }
    for (const part of word.matchAll(partPattern)) {
      const partStart = start + part.index;
      if (!unspaced.test(part[0])) {
        if (terms.has(termOf(part[0]))) spans.push([partStart, partStart + part[0].length]);
        continue;
      }
      // Pairs of characters, marked where matched; overlapping pairs make one mark.
      for (const { term, at } of termsOfWord(part[0])) {
        if (!terms.has(termOf(term))) continue;
        const from = partStart + at;
        const to = from + term.length;
        const last = spans.at(-1);
        if (last && last[1] >= from) last[1] = Math.max(last[1], to);
        else spans.push([from, to]);
      }
    }
  }
  return spans;
}
