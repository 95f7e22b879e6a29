/** Helpers for exchange documents: comparing two documents modulo ids and timestamps. */
import type { Json } from './testApi';

const TIMES = new Set(['createdAt', 'updatedAt', 'exportedAt']);
const IDS = new Set(['id', 'mapId']);
const LINKS = new Set(['stageId', 'kpiId', 'touchpointIds', 'painPointIds']);

/**
 * The document with every id replaced by the order in which it first
 * appears (links by the label of what they point at) and the timestamps an
 * import sets (created, updated, exported) left out: two exports of maps
 * that are equal field by field give equal results.
 */
export function comparable(doc: Json): Json {
  const labels = new Map<string, string>();
  const label = (id: string) => {
    if (!labels.has(id)) labels.set(id, `#${labels.size + 1}`);
    return labels.get(id);
  };
  const walk = (value: Json, key: string | null): Json => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value)) {
        if (TIMES.has(k)) continue;
        out[k] = walk(v, k);
      }
      return out;
    }
    if (typeof value === 'string' && key !== null && (IDS.has(key) || LINKS.has(key)))
      return label(value);
    return value;
  };
  return walk(doc, null);
}
