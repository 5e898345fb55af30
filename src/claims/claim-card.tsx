import type { ClaimView } from '../corpus/claims-by-party.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';

/** Props of {@link ClaimCard}. */
export type ClaimCardProps = { view: ClaimView };

const speechLabels = {
  direct: { text: 'Direct quote', hint: "The speaker's own words, as quoted by the source" },
  reported: { text: 'Reported', hint: "The source's paraphrase of what was said" },
} as const;

/**
 * One claim: who said it, our neutral summary, and the source's exact words set apart as a
 * quotation, labelled as direct or reported speech, with when and where it was said.
 */
export function ClaimCard({ view }: ClaimCardProps) {
  const { claim, speaker, topic } = view;
  const speech = speechLabels[claim.speech];
  const headingId = `claim-${claim.id}`;
  const when = claim.statedAt ? formatStatedAt(claim.statedAt) : undefined;
  return (
    <article
      id={claim.id}
      aria-labelledby={headingId}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900"
    >
      <p className="text-xs font-medium tracking-wide text-stone-600 uppercase dark:text-stone-400">
        {topic.title}
      </p>
      <p className="mt-1 text-sm">
        <span className="font-semibold">{speaker.name}</span>
        {(speaker.role ?? speaker.affiliation) && (
          <span className="text-stone-600 dark:text-stone-400">
            , {speaker.role ?? speaker.affiliation}
          </span>
        )}
      </p>
      <h3 id={headingId} className="mt-2 text-base leading-snug font-medium">
        {claim.summary}
      </h3>
      <figure className="mt-3">
        <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-[1.05rem] leading-relaxed text-stone-800 italic dark:border-stone-600 dark:text-stone-200">
          <p>{claim.quote.textQuoteSelector.exact}</p>
        </blockquote>
        <figcaption className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-600 dark:text-stone-400">
          <span
            title={speech.hint}
            className="rounded border border-stone-400 px-1.5 py-0.5 font-semibold text-stone-800 dark:border-stone-500 dark:text-stone-200"
          >
            {speech.text}
          </span>
          {claim.statedAt &&
            // HTML's datetime attribute has no intervals; only single dates get <time>.
            (claim.statedAt.includes('/') ? (
              <span>{when}</span>
            ) : (
              <time dateTime={claim.statedAt}>{when}</time>
            ))}
          {claim.venue && <span>{claim.venue}</span>}
        </figcaption>
      </figure>
      {claim.printArtifacts.map((artifact) => (
        <p key={artifact.text} className="mt-2 text-xs text-stone-600 dark:text-stone-400">
          The source prints “{artifact.text}” for “{artifact.reading}”; the quote keeps the printed
          form.
        </p>
      ))}
    </article>
  );
}
