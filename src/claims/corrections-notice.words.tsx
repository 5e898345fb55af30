import type { ReactNode } from 'react';

// The words of a corrected claim's notice (corrections-notice.tsx), in English; each other
// interface language's are in `corrections-notice.words.<language>.tsx` beside this file.

export const heading = (count: number) =>
  count === 1 ? 'This claim was corrected' : `This claim was corrected ${count} times`;
export const correction = (date: ReactNode, reason: string) => (
  <>
    Corrected on {date}: {reason}
  </>
);
