import type * as en from './translation.words.ts';

// The words of whose a translation is (translation.ts), in French; the English words are in
// `translation.words.ts` beside this file.

export const officialBy: typeof en.officialBy = (name) => `Traduction officielle par ${name}`;
export const officialBySpeakersSide: string = 'Traduction officielle du camp de l’intervenant';
export const interpreters: string = 'Traduction de l’interprète';
export const interpreterNamed: typeof en.interpreterNamed = (name) =>
  `Traduction de l’interprète (${name})`;
export const interpretersPublishedBy: typeof en.interpretersPublishedBy = (publisher) =>
  `Traduction de l’interprète, telle que publiée par ${publisher}`;
export const interpreterNamedPublishedBy: typeof en.interpreterNamedPublishedBy = (
  name,
  publisher,
) => `Traduction de l’interprète (${name}), telle que publiée par ${publisher}`;
export const agencyBy: typeof en.agencyBy = (name) => `Traduction par ${name} (agence de presse)`;
export const agencyUnnamed: string = 'Traduction par une agence de presse';
export const outletBy: typeof en.outletBy = (name) => `Traduction par ${name}`;
export const outletUnnamed: string = 'Traduction par un média';
export const ours: string = 'Notre traduction, inédite ailleurs';
export const machine: string = 'Traduction automatique, inédite ailleurs';
export const machineNamed: typeof en.machineNamed = (name) =>
  `Traduction automatique (${name}), inédite ailleurs`;
export const officialOwner: string = 'la traduction officielle';
export const interpreterOwner: string = 'la traduction de l’interprète';
/** « de » elided to « d’ » before a name that starts with a vowel: « la traduction d’Ardry Wire ». */
export const publisherOwner: typeof en.publisherOwner = (publisher) =>
  `la traduction ${/^[aeiouàâäéèêëîïôöùûü]/i.test(publisher) ? 'd’' : 'de '}${publisher}`;
export const unnamedPublisherOwner: string = 'la traduction d’un média';
export const ourOwner: string = 'notre traduction';
export const machineOwner: string = 'une traduction automatique';
