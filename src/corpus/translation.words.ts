// The words of whose a translation is (translation.ts), in English; each other interface
// language's are in `translation.words.<language>.ts` beside this file.

export const officialBy = (name: string) => `Official translation by ${name}`;
export const officialBySpeakersSide = "Official translation by the speaker's side";
export const interpreters = "Interpreter's translation";
export const interpreterNamed = (name: string) => `Interpreter's translation (${name})`;
export const interpretersPublishedBy = (publisher: string) =>
  `Interpreter's translation, as published by ${publisher}`;
export const interpreterNamedPublishedBy = (name: string, publisher: string) =>
  `Interpreter's translation (${name}), as published by ${publisher}`;
export const agencyBy = (name: string) => `Translation by ${name} (news agency)`;
export const agencyUnnamed = 'Translation by a news agency';
export const outletBy = (name: string) => `Translation by ${name}`;
export const outletUnnamed = 'Translation by an outlet';
export const ours = 'Our translation, published nowhere else';
export const machine = 'Machine translation, published nowhere else';
export const machineNamed = (name: string) =>
  `Machine translation (${name}), published nowhere else`;
export const officialOwner = 'the official translation';
export const interpreterOwner = "the interpreter's translation";
export const publisherOwner = (publisher: string) => `${publisher}'s translation`;
export const unnamedPublisherOwner = "a publisher's translation";
export const ourOwner = 'our translation';
export const machineOwner = 'a machine translation';
