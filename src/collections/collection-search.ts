import { defaultSearch, type ComparisonSearch } from '../comparison/comparison-search.ts';

/** The claims of a topic's page or a party's: the comparison narrowed to that topic or party. */
export function collectionSearch(kind: 'topic' | 'party', id: string): ComparisonSearch {
  return { ...defaultSearch, [kind]: [id] };
}
