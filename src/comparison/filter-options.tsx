import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { Party } from '../corpus/schema.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { toggleId, type ComparisonSearch, type KnownIds } from './comparison-search.ts';
import { facetCountsQueryOptions } from './facet-counts.ts';
import * as words from './filter-options.words.ts';
import { formatLocale } from '../corpus/formats.words.ts';

/** Props of {@link FilterOptions}. */
export type FilterOptionsProps = {
  index: MetaIndex;
  known: KnownIds;
  search: ComparisonSearch;
  onChange: (next: ComparisonSearch) => void;
};

type ListParam = 'party' | 'topic' | 'speaker';

/** What the reader does to one value of a list filter: tick or untick it, or keep only it. */
type OptionAction = (param: ListParam, id: string, only: boolean) => void;

const count = new Intl.NumberFormat(formatLocale);

const boxClass =
  'size-4 accent-sky-700 dark:accent-sky-400 focus-visible:outline-2 focus-visible:outline-offset-2';

/**
 * The party, speech, topic and speaker filters behind the Filters button: each value with the
 * number of claims it would match given the other filters, and "only" to keep just it. Its
 * code loads when the button is first pointed at or pressed (see `filter-panel.tsx`).
 */
export function FilterOptions({ index, known, search, onChange }: FilterOptionsProps) {
  const corpus = index.meta;
  const counts = useQuery({
    ...facetCountsQueryOptions(search),
    placeholderData: keepPreviousData,
  }).data;
  // One handler for every value, the same on every render, so that a value re-renders only
  // when its own tick or count changes: with hundreds of speakers, re-rendering them all was a
  // good part of the time from a tick to the next paint.
  const latest = useRef({ search, known, onChange });
  useLayoutEffect(() => {
    latest.current = { search, known, onChange };
  });
  const act = useCallback<OptionAction>((param, id, only) => {
    const { search, known, onChange } = latest.current;
    onChange({ ...search, [param]: only ? [id] : toggleId(search[param], id, known[param]) });
  }, []);
  /** Props for one value of a list filter: ticked state, count, whether "only" applies. */
  const option = (param: ListParam, id: string, name: string) => {
    const ticked = search[param].includes(id);
    return {
      param,
      id,
      name,
      checked: search[param].length === 0 || ticked,
      // A value the reader ticked that matches nothing says so, rather than only "0".
      ticked,
      count: counts?.[param].get(id),
      canOnly: !(search[param].length === 1 && ticked),
      act,
    };
  };

  return (
    <div className="grid gap-4">
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <fieldset>
          <legend className="text-sm font-semibold">
            {words.parties(search.party.length, corpus.parties.length)}
          </legend>
          <div className="mt-1 grid gap-1.5 sm:grid-cols-2">
            {corpus.parties.map((party) => (
              <FilterOption
                key={party.id}
                {...option('party', party.id, party.name)}
                party={party}
              />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-semibold">{words.speech}</legend>
          <div className="mt-1 grid gap-1.5 text-sm">
            {(
              [
                [
                  undefined,
                  words.bothSpeeches,
                  counts && counts.speech.direct + counts.speech.reported,
                ],
                ['direct', words.direct, counts?.speech.direct],
                ['reported', words.reported, counts?.speech.reported],
              ] as const
            ).map(([value, label, n]) => (
              <label key={label} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="speech"
                  className={boxClass}
                  checked={search.speech === value}
                  onChange={() => onChange({ ...search, speech: value })}
                />
                <span>
                  {label} <Count n={n} />
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">
          {words.topics(search.topic.length, corpus.topics.length)}
        </legend>
        <div className="mt-1 grid gap-1.5 md:grid-cols-2">
          {corpus.topics.map((topic) => (
            <FilterOption key={topic.id} {...option('topic', topic.id, topic.title)} />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-semibold">
          {words.speakers(search.speaker.length, corpus.speakers.length)}
        </legend>
        <div className="mt-1 grid gap-1.5 sm:grid-cols-2 lg:grid-cols-3">
          {corpus.speakers.map((speaker) => (
            <FilterOption
              key={speaker.id}
              {...option('speaker', speaker.id, speaker.name)}
              aside={index.partyById.get(speaker.party)?.label ?? speaker.party}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** A count in brackets, once known. */
function Count({ n }: { n: number | undefined }) {
  return n === undefined ? null : (
    <span className="text-stone-600 dark:text-stone-400">({count.format(n)})</span>
  );
}

type FilterOptionProps = {
  param: ListParam;
  id: string;
  name: string;
  /** The party the value is, shown by its badge before the name. */
  party?: Party;
  /** What follows the name, dimmed (a speaker's party). */
  aside?: string;
  checked: boolean;
  ticked: boolean;
  count: number | undefined;
  canOnly: boolean;
  act: OptionAction;
};

/**
 * One tickable value of a list filter, with its count and an "only this" button. Memoized: its
 * props are plain values and one shared handler (see {@link FilterOptions}).
 */
const FilterOption = memo(function FilterOption({
  param,
  id,
  name,
  party,
  aside,
  checked,
  ticked,
  count,
  canOnly,
  act,
}: FilterOptionProps) {
  return (
    <div className="flex items-start gap-2 text-sm">
      <label className="flex min-w-0 items-start gap-2">
        <input
          type="checkbox"
          className={`${boxClass} mt-0.5 shrink-0`}
          checked={checked}
          onChange={() => act(param, id, false)}
        />
        <span>
          {party && (
            <>
              <PartyBadge party={party} />{' '}
            </>
          )}
          {name}
          {aside !== undefined && (
            <span className="text-stone-600 dark:text-stone-400"> · {aside}</span>
          )}{' '}
          <Count n={count} />
          {ticked && count === 0 && (
            <span className="text-amber-800 dark:text-amber-300"> {words.noMatchWithOthers}</span>
          )}
        </span>
      </label>
      {canOnly && (
        <button
          type="button"
          onClick={() => act(param, id, true)}
          aria-label={words.onlyThis(name)}
          className="shrink-0 rounded px-1.5 text-xs font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
        >
          {words.only}
        </button>
      )}
    </div>
  );
});
