/**
 * The dossier a build shows, by its id (`dossier.yaml`, set by the corpus plugin): the first
 * part of every query key, so that one cache holding several dossiers' data (a site of several
 * dossiers, a test rendering two) never hands one dossier's claim, chunk or search to another
 * whose files share a path. '' where no corpus plugin ran (the component tests).
 */
export const dossierKey: string = import.meta.env.VITE_DOSSIER_ID;
