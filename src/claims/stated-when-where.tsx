import { Highlight } from '../search/highlight.tsx';
import type { CompiledClaim } from '../corpus/schema.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import * as words from './stated-when-where.words.ts';

/** Props of {@link StatedWhenWhere}. */
export type StatedWhenWhereProps = { claim: CompiledClaim };

/** When and where the claim was made, as far as the source says. */
export function StatedWhenWhere({ claim }: StatedWhenWhereProps) {
  const when = claim.statedAt && formatStatedAt(claim.statedAt);
  return (
    <>
      {claim.statedAt &&
        // HTML's datetime attribute has no intervals; only single dates get <time>.
        (claim.statedAt.includes('/') ? (
          <span>{when}</span>
        ) : (
          <time dateTime={claim.statedAt}>{when}</time>
        ))}
      {claim.venue && (
        <span>
          <Highlight text={claim.venue} />
        </span>
      )}
      {!claim.statedAt && !claim.venue && <span>{words.notGiven}</span>}
    </>
  );
}
