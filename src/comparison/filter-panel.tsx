import { useState, type ReactNode } from 'react';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import {
  defaultSearch,
  isDefaultSearch,
  maxQueryLength,
  toggleId,
  type ComparisonSearch,
  type KnownIds,
} from './comparison-search.ts';

/** Props of {@link FilterPanel}. */
export type FilterPanelProps = {
  index: MetaIndex;
  known: KnownIds;
  search: ComparisonSearch;
  /** Claims that pass the filters (undefined while they are being counted), and in all. */
  matching: number | undefined;
  total: number;
  /** Applies new filters; `replace` keeps typing out of the history. */
  onChange: (next: ComparisonSearch, options?: { replace?: boolean }) => void;
  /** Shown under the filters, e.g. downloads of the filtered claims. */
  footer?: ReactNode;
};

const count = new Intl.NumberFormat('en');

const boxClass =
  'size-4 accent-sky-700 dark:accent-sky-400 focus-visible:outline-2 focus-visible:outline-offset-2';

/** Party, topic, speaker and speech filters, a search box, the match count and a reset. */
export function FilterPanel({
  index,
  known,
  search,
  matching,
  total,
  onChange,
  footer,
}: FilterPanelProps) {
  const corpus = index.meta;
  // The box keeps what is typed (spaces included); the URL keeps the trimmed query. When the
  // URL changes from outside (back, reset), the box follows it.
  const [draft, setDraft] = useState(search.q);
  const [urlQuery, setUrlQuery] = useState(search.q);
  if (urlQuery !== search.q) {
    setUrlQuery(search.q);
    if (draft.trim() !== search.q) setDraft(search.q);
  }
  const counts = index.claimCounts;
  /** Props for one option of a list filter: ticked state, toggle and count. */
  const option = (param: 'party' | 'topic' | 'speaker', id: string) => ({
    checked: search[param].length === 0 || search[param].includes(id),
    count: counts[param].get(id) ?? 0,
    onToggle: () => onChange({ ...search, [param]: toggleId(search[param], id, known[param]) }),
  });

  return (
    <form
      role="search"
      aria-label="Filter claims"
      onSubmit={(event) => event.preventDefault()}
      className="rounded-lg border border-stone-200 bg-white p-4 print:hidden dark:border-stone-700 dark:bg-stone-900"
    >
      <div className="flex flex-col gap-4 lg:flex-row lg:flex-wrap lg:items-start lg:gap-x-8">
        <div className="min-w-0 lg:w-80">
          <label htmlFor="claim-search" className="block text-sm font-semibold">
            Search quotes, summaries and speakers
          </label>
          <input
            id="claim-search"
            type="search"
            value={draft}
            maxLength={maxQueryLength}
            onChange={(event) => {
              setDraft(event.target.value);
              onChange({ ...search, q: event.target.value.trim() }, { replace: true });
            }}
            className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-base dark:border-stone-500 dark:bg-stone-950"
          />
        </div>
        <fieldset>
          <legend className="text-sm font-semibold">Parties</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
            {corpus.parties.map((party) => (
              <FilterOption key={party.id} {...option('party', party.id)}>
                <PartyBadge party={party} /> {party.name}
              </FilterOption>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-semibold">Speech</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {(
              [
                [undefined, 'Both'],
                ['direct', 'Direct quotes'],
                ['reported', 'Reported speech'],
              ] as const
            ).map(([value, label]) => (
              <label key={label} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="speech"
                  className={boxClass}
                  checked={search.speech === value}
                  onChange={() => onChange({ ...search, speech: value })}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="mt-4 grid gap-3 md:grid-cols-2">
        <Disclosure
          summary={`Topics (${search.topic.length === 0 ? 'all' : `${search.topic.length} of ${corpus.topics.length}`})`}
        >
          {corpus.topics.map((topic) => (
            <FilterOption key={topic.id} {...option('topic', topic.id)}>
              {topic.title}
            </FilterOption>
          ))}
        </Disclosure>
        <Disclosure
          summary={`Speakers (${search.speaker.length === 0 ? 'all' : `${search.speaker.length} of ${corpus.speakers.length}`})`}
        >
          {corpus.speakers.map((speaker) => (
            <FilterOption key={speaker.id} {...option('speaker', speaker.id)}>
              {speaker.name}
              <span className="text-stone-600 dark:text-stone-400">
                {' '}
                · {index.partyById.get(speaker.party)?.label ?? speaker.party}
              </span>
            </FilterOption>
          ))}
        </Disclosure>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <p role="status" className="text-sm font-semibold">
          {matching === undefined
            ? 'Counting the matching claims…'
            : matching === total
              ? `All ${count.format(total)} claims`
              : `${count.format(matching)} of ${count.format(total)} claims match`}
        </p>
        <button
          type="button"
          disabled={isDefaultSearch(search)}
          onClick={() => onChange(defaultSearch)}
          className="rounded border border-stone-400 px-3 py-1 text-sm font-semibold hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-500 dark:hover:bg-stone-800"
        >
          Reset filters
        </button>
      </div>
      {footer && (
        <div className="mt-3 border-t border-stone-200 pt-3 dark:border-stone-700">{footer}</div>
      )}
    </form>
  );
}

function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="rounded border border-stone-200 px-3 py-2 dark:border-stone-700">
      <summary className="cursor-pointer text-sm font-semibold">{summary}</summary>
      <div className="mt-2 grid gap-1.5 sm:grid-cols-2">{children}</div>
    </details>
  );
}

type FilterOptionProps = {
  checked: boolean;
  count: number;
  onToggle: () => void;
  children: ReactNode;
};

/** One tickable value of a list filter, with its number of claims. */
function FilterOption({ checked, count, onToggle, children }: FilterOptionProps) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className={`${boxClass} mt-0.5`}
        checked={checked}
        onChange={onToggle}
      />
      <span>
        {children} <span className="text-stone-600 dark:text-stone-400">({count})</span>
      </span>
    </label>
  );
}
