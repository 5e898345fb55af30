/** Text and attribute values the way a reader gets them from built HTML, for tests. */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Undoes the escaping `escapeHtml` does (`src/sharing/head-tags.ts`). */
export function unescapeHtml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (entity, name: string) => entities[name] ?? entity,
  );
}
