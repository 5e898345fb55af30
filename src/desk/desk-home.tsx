import type { Party } from '../corpus/schema.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import * as words from './desk-home.words.tsx';

/** One event of the site, as its home lists it. */
export type DeskEvent = {
  /** Its dossier's address on the site, with the base: `/harbour-vote-2031/`. */
  href: string;
  /** The event's name, its dates in words and its place. */
  name: string;
  dates: string;
  place: string;
  /** The dossier's headline and the question it leads with, in our words. */
  headline: string;
  question: string;
  parties: Party[];
  claims: number;
  /** The dossier's language, when it is not the home's (its title is then marked so). */
  language?: string;
};

/** Props of {@link DeskHome}. */
export type DeskHomeProps = {
  siteName: string;
  events: DeskEvent[];
  /** The site's feeds, under the base. */
  feeds: { atom: string; json: string };
  /** The speakers of more than one event, each with their page across events. */
  sharedSpeakers: { name: string; href: string; events: number }[];
};

/**
 * The home of a site of several dossiers: every event, newest first, each with its lead
 * question and the parties it compares, linked to its dossier; and the site's feeds. Static:
 * it runs no script.
 */
export function DeskHome({ siteName, events, feeds, sharedSpeakers }: DeskHomeProps) {
  return (
    <div className="min-h-screen bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <div className="mx-auto max-w-5xl px-4 py-6">
          <h1 className="text-2xl font-bold">{siteName}</h1>
          <p className="mt-1 text-stone-700 dark:text-stone-300">{words.intro(events.length)}</p>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8">
        <h2 className="text-lg font-semibold">{words.eventsHeading}</h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-2">
          {events.map((event) => (
            <li
              key={event.href}
              lang={event.language}
              className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900"
            >
              <h3 className="text-lg leading-snug font-semibold">
                <a
                  href={event.href}
                  className="text-sky-800 underline decoration-sky-300 underline-offset-2 hover:decoration-current dark:text-sky-300 dark:decoration-sky-700"
                >
                  {event.name}
                </a>
              </h3>
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                {words.whenWhere(event.dates, event.place)}
              </p>
              <p className="mt-3">{event.headline}</p>
              <p className="mt-2 text-sm">
                <span className="font-semibold">{words.leadQuestion}</span> {event.question}
              </p>
              <p className="mt-3 flex flex-wrap items-center gap-1.5 text-sm">
                <span className="sr-only">{words.parties}</span>
                {event.parties.map((party) => (
                  <span key={party.id} title={party.name}>
                    <PartyBadge party={party} />
                  </span>
                ))}
                <span className="ml-1 text-stone-700 dark:text-stone-300">
                  {words.claimCount(event.claims)}
                </span>
              </p>
            </li>
          ))}
        </ol>
        {sharedSpeakers.length > 0 && (
          <>
            <h2 className="mt-8 text-lg font-semibold">{words.sharedSpeakers}</h2>
            <ul className="mt-2 space-y-1">
              {sharedSpeakers.map((speaker) => (
                <li key={speaker.href}>
                  <a className="text-sky-800 underline dark:text-sky-300" href={speaker.href}>
                    {speaker.name}
                  </a>{' '}
                  <span className="text-sm text-stone-700 dark:text-stone-300">
                    {words.inEvents(speaker.events)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="mt-8 text-sm text-stone-700 dark:text-stone-300">
          {words.follow(
            <a className="underline" href={feeds.atom}>
              {words.atom}
            </a>,
            <a className="underline" href={feeds.json}>
              {words.jsonFeed}
            </a>,
          )}
        </p>
      </main>
    </div>
  );
}
