// The words of the bar over a filtered view (view-bar.tsx), in English; each other interface
// language's are in `view-bar.words.<language>.ts` beside this file.

export const linkCopied = 'Link copied';
export const copyThisLink = (link: string) => `Copy this link: ${link}`;
export const thisView = 'This view';
export const clear = 'Clear';
export const copyLink = 'Copy link to this view';
