/**
 * Ids an author does not type: a source's from its date and headline in any script, a claim's
 * from its speaker and summary. Each is a slug within the length every id keeps to, says what
 * it names, and does not collide.
 */
import { expect, test } from 'vitest';
import { idFrom } from '../../scripts/sources/source-id.ts';
import { maxIdLength, slug } from '../../src/corpus/schema.ts';
import { claimIdOf } from '../../src/lib/slug.ts';
import { freeId, transliteratedSlug, uniqueId } from '../../src/lib/transliterated-slug.ts';

test.each([
  [
    '2031-05-14 Dockers take harbour count to court',
    '2031-05-14-dockers-take-harbour-count-to-court',
  ],
  // Han: a pinyin syllable a character; Hangul romanised; Cyrillic and accents transliterated.
  ['2031-05-14 港口工人将计票诉诸法院', '2031-05-14-gang-kou-gong-ren-jiang-ji-piao-su-zhu'],
  [
    '2031-05-14 부두 노동자들 법원에 재검표 요구',
    '2031-05-14-budu-nodongjadeul-beobwone-jaegeompyo-yogu',
  ],
  ['2031-05-14 Докеры идут в суд', '2031-05-14-dokery-idut-v-sud'],
  [
    '2031-05-14 Les dockers vont en justice à Port-Averne',
    '2031-05-14-les-dockers-vont-en-justice-a-port-averne',
  ],
])('the id of %j is %j', (text, id) => {
  expect(idFrom(text)).toBe(id);
  expect(slug.safeParse(id).success).toBe(true);
});

test('an id never passes the limit, and one taken gets the next number', () => {
  const long = `2031-05-14 ${'harbourmaster '.repeat(12)}`;
  expect(idFrom(long).length).toBeLessThanOrEqual(maxIdLength);
  expect(idFrom('x'.repeat(200))).toHaveLength(maxIdLength);
  const taken = new Set(['2031-05-14-dockers', '2031-05-14-dockers-2']);
  expect(idFrom('2031-05-14 Dockers', (id) => taken.has(id))).toBe('2031-05-14-dockers-3');
  const takenLong = new Set([idFrom(long)]);
  const next = idFrom(long, (id) => takenLong.has(id));
  expect(next).toMatch(/-2$/);
  expect(next.length).toBeLessThanOrEqual(maxIdLength);
});

test.each([
  [
    { id: 'mara-quist', name: 'Mara Quist' },
    'Mara Quist says the vote was clean',
    'mara-quist-says-the-vote-was-clean',
  ],
  [
    { id: 'quist', name: 'Mara Quist' },
    'Quist says the count was clean',
    'quist-says-the-count-was-clean',
  ],
  [
    { id: 'dockers-union', name: "The dockers' union" },
    'The union asks for a third count',
    'dockers-union-asks-for-a-third-count',
  ],
])('a claim by %o summed up as %j gets the id %j, the name said once', (speaker, summary, id) => {
  expect(claimIdOf(speaker, summary)).toBe(id);
});

test.each([
  ['한서연', 'hanseoyeon'],
  ['林巧文', 'lin-qiao-wen'],
  ['Zhou Mingyuan 周明远', 'zhou-mingyuan-zhou-ming-yuan'],
  ['Ministère de la Mer', 'ministere-de-la-mer'],
])('the workbench makes the id of %s meaningful: %s', (name, id) => {
  expect(uniqueId(name, () => false, 'speaker', 8)).toBe(id);
});

test('an id already taken is made unique with a number, within the length limit', () => {
  const taken = new Set(['lin-qiao-wen', 'lin-qiao-wen-2']);
  expect(uniqueId('林巧文', (id) => taken.has(id))).toBe('lin-qiao-wen-3');
  expect(freeId('han-one-ceiling', (id) => id === 'han-one-ceiling')).toBe('han-one-ceiling-2');
  const long = 'a'.repeat(maxIdLength);
  expect(freeId(long, (id) => id === long)).toHaveLength(maxIdLength);
  expect(uniqueId('「」', () => false, 'question')).toBe('question');
});

test('a claim id made in the workbench keeps a speaker’s Hangul name meaningful', () => {
  expect(
    claimIdOf(
      { id: 'hanseoyeon', name: '한서연' },
      'Han Seo-yeon proposes one ceiling',
      7,
      transliteratedSlug,
    ),
  ).toBe('hanseoyeon-han-seo-yeon-proposes-one-ceiling');
});
