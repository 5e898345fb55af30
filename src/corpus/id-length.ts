/**
 * Longest id, in characters: an id names a file (`sources/<id>.txt`, `claims/<id>.html`) and
 * sits in every permalink, so it stays well within file-name limits and readable in a link.
 * Its own module, so the code that makes ids need not load the schema.
 */
export const maxIdLength = 80;
