// The words that introduce a reported claim's quote (report-lead-in.ts), in English; each other
// interface language's are in `report-lead-in.words.<language>.ts` beside this file.

export const reports = (publisher: string) => `${publisher} reports:`;
