/**
 * The id of the element that carries a prerendered page's data files: a
 * `<script type="application/json">` whose text is an object from each file's path under the
 * data folder to its text (see `page-data.ts`). Its own module, so the build can name it
 * without loading the app's data code.
 */
export const pageDataId = 'page-data';
