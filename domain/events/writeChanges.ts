/**
 * The entities one MapWrite changes, as its change record lists them: each
 * created, updated or deleted part (with the fields an update sets), the
 * map's own fields, and the parts a removal takes with it. A `require` is a
 * check, not a change. Pure: the store records it with the write.
 */
import type { MapChange, MapWrite } from '../ports/mapWrite';
import { PART_ENTITY } from '../parts/mapParts';
import { capChanges, type EntityChange } from './mapChange';

/** Storage names that clients know by another name: an order key is a position. */
const CLIENT_FIELD: Record<string, string> = { orderKey: 'position' };

const clientFields = (fields: Iterable<string>): string[] => [
  ...new Set([...fields].map((field) => CLIENT_FIELD[field] ?? field)),
];

function entityChange(change: MapChange): EntityChange | null {
  const entity = PART_ENTITY[change.part];
  switch (change.kind) {
    case 'create':
      return { entity, entityId: change.record.id, change: 'CREATED', fields: [] };
    case 'update':
      return {
        entity,
        entityId: change.id,
        change: 'UPDATED',
        fields: clientFields(Object.keys(change.set)),
      };
    case 'replace':
      return {
        entity,
        entityId: change.record.id,
        change: 'UPDATED',
        fields: clientFields(change.fields ?? []),
      };
    case 'appendMeasurement':
      return { entity, entityId: change.id, change: 'UPDATED', fields: ['history'] };
    case 'delete':
      return { entity, entityId: change.id, change: 'DELETED', fields: [] };
    case 'require':
      return null;
  }
}

/** The entity changes of a write to the map `mapId`, capped (mapChange.ts). */
export function writeChanges(
  mapId: string,
  write: MapWrite,
): { changes: EntityChange[]; omitted: number } {
  const changes: EntityChange[] = [];
  const set = Object.keys(write.header ?? {});
  // The review date is derived: every save sets it again, it changes with its sources only.
  const derivedChanged = set.includes('lastReviewedAt') || set.includes('reviewCadenceDays');
  const headerFields = set.filter((field) => field !== 'nextReviewAt' || derivedChanged);
  if (headerFields.length > 0) {
    changes.push({
      entity: 'JourneyMap',
      entityId: mapId,
      change: 'UPDATED',
      fields: clientFields(headerFields),
    });
  }
  for (const change of write.changes) {
    const entry = entityChange(change);
    if (entry) changes.push(entry);
  }
  for (const gone of write.cleanup ?? []) {
    changes.push({
      entity: PART_ENTITY[gone.part],
      entityId: gone.id,
      change: 'DELETED',
      fields: [],
    });
  }
  return capChanges(changes);
}
