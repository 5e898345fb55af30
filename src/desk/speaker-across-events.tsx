import { Router } from 'wouter';
import type { ClaimView } from '../corpus/corpus-index.ts';
import type { Party, Speaker } from '../corpus/schema.ts';
import { QuoteFigure } from '../claims/quote-figure.tsx';
import { claimPath } from '../lib/app-paths.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import * as words from './speaker-across-events.words.ts';

/** One event a speaker speaks in, with what they said there. */
export type SpeakerInEvent = {
  /** The dossier's path on the site, with the base and no closing slash: `/harbour-vote-2031`. */
  base: string;
  name: string;
  dates: string;
  party: Party;
  views: ClaimView[];
};

/** Props of {@link SpeakerAcrossEvents}. */
export type SpeakerAcrossEventsProps = {
  siteName: string;
  /** The site's home, with the base. */
  home: string;
  speaker: Speaker;
  /** The events, newest first. */
  events: SpeakerInEvent[];
};

/**
 * A speaker's page on a site of several dossiers: every claim of theirs in every event, newest
 * event first, each with our summary (linked to the claim in its dossier) and the source's
 * words, set as the claim's own page sets them: a direct quote as the speaker's words, in
 * quotation marks; a reported one as the source's. Static: it runs no script.
 */
export function SpeakerAcrossEvents({ siteName, home, speaker, events }: SpeakerAcrossEventsProps) {
  const role = speaker.role ?? speaker.affiliation;
  return (
    <div className="min-h-screen bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <div className="mx-auto max-w-5xl px-4 py-3 text-sm">
          <a className="font-semibold text-sky-800 underline dark:text-sky-300" href={home}>
            {words.backHome(siteName)}
          </a>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-bold">{speaker.name}</h1>
        {role && <p className="mt-1 text-stone-700 dark:text-stone-300">{role}</p>}
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          {words.summary(
            events.reduce((sum, event) => sum + event.views.length, 0),
            events.length,
          )}
        </p>
        {events.map((event) => (
          <section key={event.base} aria-labelledby={`event-${event.base}`} className="mt-8">
            <h2 id={`event-${event.base}`} className="text-lg font-semibold">
              <a className="text-sky-800 underline dark:text-sky-300" href={`${event.base}/`}>
                {event.name}
              </a>
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700 dark:text-stone-300">
              <span>{event.dates}</span>
              <PartyBadge party={event.party} />
              <span>{event.party.name}</span>
            </p>
            {/* Links within the claims lead into the event's dossier, under its path. */}
            <Router base={event.base} ssrPath="/">
              <ul className="mt-3 space-y-4">
                {event.views.map((view) => (
                  <li
                    key={view.claim.id}
                    className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900"
                  >
                    <h3 className="text-base leading-snug font-medium">
                      <a
                        className="underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600"
                        href={`${event.base}${claimPath(view.claim.id)}`}
                      >
                        {view.claim.summary}
                      </a>
                    </h3>
                    {view.claim.corrections && (
                      <p className="mt-1 text-xs font-semibold text-amber-800 dark:text-amber-300">
                        {words.corrected(formatStatedAt(view.claim.corrections.at(-1)?.date ?? ''))}
                      </p>
                    )}
                    <QuoteFigure view={view} size="card" />
                  </li>
                ))}
              </ul>
            </Router>
          </section>
        ))}
      </main>
    </div>
  );
}
