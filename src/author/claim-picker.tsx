/**
 * An existing claim, found by its words and picked: how the appearance and relation forms
 * name the claim they are about.
 */
import { useState } from 'react';
import type { AuthoredClaim } from '../corpus/corpus-schema.ts';
import type { AuthorState } from './author-api.ts';

/** Claims found by words of their id, summary or short form. */
function useClaimSearch(state: AuthorState, exclude?: string, among?: AuthoredClaim[]) {
  const [query, setQuery] = useState('');
  const found = (among ?? state.records['claims.yaml']).filter((claim) => {
    if (claim.id === exclude) return false;
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const text = `${claim.id} ${claim.summary} ${claim.short ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  return { query, setQuery, found: found.slice(0, 8) };
}

/** A search box and the claims it finds, one of them picked. */
export function ClaimPicker({
  state,
  exclude,
  among,
  picked,
  onPick,
}: {
  state: AuthorState;
  exclude?: string;
  /** The claims to find among (default: all). */
  among?: AuthoredClaim[];
  picked: string | undefined;
  onPick: (id: string) => void;
}) {
  const { query, setQuery, found } = useClaimSearch(state, exclude, among);
  return (
    <>
      <label>
        Find the claim
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <fieldset>
        <legend>Claims found</legend>
        {found.map((claim) => (
          <div key={claim.id}>
            <label>
              <input
                type="radio"
                name="claim"
                checked={picked === claim.id}
                onChange={() => onPick(claim.id)}
              />{' '}
              {claim.summary}
            </label>
          </div>
        ))}
        {found.length === 0 && <p className="author-hint">No claim has these words.</p>}
      </fieldset>
    </>
  );
}
