/**
 * `If-None-Match` (RFC 9110 §13.1.2): a list of entity tags, or `*`, compared
 * weakly (a `W/` prefix is ignored).
 */

/** Whether `header` names `etag` (a quoted strong tag) or is `*`. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const tags = trimmed.match(/(?:W\/)?"[^"]*"/g) ?? [];
  return tags.some((tag) => tag.replace(/^W\//, '') === etag);
}
