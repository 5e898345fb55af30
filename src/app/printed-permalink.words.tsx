import type { ReactNode } from 'react';

// The words of the printed permalink (printed-permalink.tsx), in English; each other
// interface language's are in `printed-permalink.words.<language>.tsx` beside this file.

export const permalink = (address: ReactNode) => <>Permalink: {address}</>;
export const citeAs = (citation: string) => <>Cite as: {citation}</>;
