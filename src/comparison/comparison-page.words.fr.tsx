import type * as en from './comparison-page.words.tsx';

// The words of the comparison page (comparison-page.tsx), in French; the English words are in
// `comparison-page.words.tsx` beside this file.

export const titleOnPage: typeof en.titleOnPage = (site, page) => `${site} (page ${page})`;
export const tiedToSources: typeof en.tiedToSources = (timeline, relations) => (
  <>
    Chaque déclaration est rattachée aux mots exacts de sa source&#8239;; voyez{' '}
    {timeline('quand chacun l’a dit')} et {relations('qui conteste qui')}.
  </>
);
export const viewUndescribed: string = 'Cette vue n’a pas pu être décrite';
export const applying: string = 'Application des filtres de ce lien…';
export const notApplied: string =
  'Les filtres de ce lien ne sont pas appliqués\u00a0: le script de la page ne s’est pas exécuté. Voici toutes les déclarations, sans filtre.';
export const withoutScript: string =
  'Sans JavaScript, la recherche et les filtres ne fonctionnent pas, et ceux d’un lien ne sont pas appliqués\u00a0: cette page montre toutes les déclarations. Chaque question et chaque partie a sa propre page, accessible depuis le tableau ci-dessus.';
export const partIgnored: typeof en.partIgnored = (reasons) =>
  `Une partie de ce lien a été ignorée\u00a0: ${reasons.join('\u202f; ')}.`;
export const noSuchPage: typeof en.noSuchPage = (asked, last) =>
  `il n’y a pas de page ${asked}, voici donc la dernière, la page ${last}`;
export const claimsNotLoaded: string = 'Les déclarations n’ont pas pu être chargées';
