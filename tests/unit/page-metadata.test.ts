/**
 * The small readers behind a saved page's proposal: the calendar day of a date as pages write
 * it (never moved to another time zone), and a title without the site's name at its end.
 */
import { expect, test } from 'vitest';
import { dayOf, withoutSiteSuffix } from '../../scripts/sources/page-metadata.ts';

test.each([
  ['2019-04-28T06:01:07-07:00', '2019-04-28'],
  ['2019-04-28 06:01:07', '2019-04-28'],
  ['2021-11-01T10:52:50+0100', '2021-11-01'],
  // Late in the evening in its own zone: still that day, as the page states it.
  ['2017-12-01T23:30:00-0800', '2017-12-01'],
  ['2015/04/08', '2015-04-08'],
  ['20170113', '2017-01-13'],
  ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13'],
  ['March 25, 2015', '2015-03-25'],
  ['Jan. 13, 2017', '2017-01-13'],
  ['13 March 2015', '2015-03-13'],
  ['1. März 2015', undefined],
  ['2019-02-30', undefined],
  ['yesterday', undefined],
  ['', undefined],
])('the day of %j is %j', (text, day) => {
  expect(dayOf(text)).toBe(day);
});

test.each([
  [
    "Obama admits US gun laws are his 'biggest frustration' - BBC News",
    ['BBC News'],
    "Obama admits US gun laws are his 'biggest frustration'",
  ],
  ['A headline | Eleanor Ainge Roy', ['the Guardian', 'Eleanor Ainge Roy'], 'A headline'],
  [
    'West Ham hrozí gigantům | Aktuálně.cz',
    ['Aktuálně.cz - Víte, co se právě děje'],
    'West Ham hrozí gigantům',
  ],
  ['DeepMind新电脑已可利用记忆自学_科技_腾讯网', ['腾讯网'], 'DeepMind新电脑已可利用记忆自学'],
  // A separator inside the headline stays: only parts that name the site go.
  [
    'Xbox One X review - A console that keeps up',
    ['Engadget'],
    'Xbox One X review - A console that keeps up',
  ],
  ['Only a site name', ['Only a site name'], 'Only a site name'],
])('%j, of a site named %j, is %j', (title, names, headline) => {
  expect(withoutSiteSuffix(title, names)).toBe(headline);
});
