// The words of the filters behind the Filters button (filter-options.tsx), in English; each
// other interface language's are in `filter-options.words.<language>.ts` beside this file.

export const parties = (ticked: number, all: number) =>
  `Parties (${ticked === 0 ? 'all' : `${ticked} of ${all}`})`;
export const topics = (ticked: number, all: number) =>
  `Topics (${ticked === 0 ? 'all' : `${ticked} of ${all}`})`;
export const speakers = (ticked: number, all: number) =>
  `Speakers (${ticked === 0 ? 'all' : `${ticked} of ${all}`})`;
export const speech = 'Speech';
export const bothSpeeches = 'Both';
export const direct = 'Direct quotes';
export const reported = 'Reported speech';
export const noMatchWithOthers = 'no claim matches the other filters';
export const onlyThis = (name: string) => `Only ${name}`;
export const only = 'only';
