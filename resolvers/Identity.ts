/**
 * Object identity, for client caches: the `id` and `entityId` of every entity
 * type, and the id of a published version. A record read in a published
 * version's view is served with that version's id for it (see
 * domain/versions/versionObjectIds.ts); anything else, the draft's objects and
 * what mutations return, keeps the entity's own id. `entityId` is always the
 * entity's own id, which inputs, diffs and history name.
 */
import { viewOwning } from '../domain/maps/mapView';
import {
  versionId,
  versionObjectId,
  type VersionedType,
} from '../domain/versions/versionObjectIds';
import type { Resolvers } from './__generated__/resolverTypes';

/** The `id` and `entityId` resolvers of an entity type. */
function identity(type: VersionedType) {
  return {
    id: (record: { id: string }): string => {
      const view = viewOwning(record);
      return view && view.version !== null
        ? versionObjectId(view.header.id, view.version, type, record.id)
        : record.id;
    },
    entityId: (record: { id: string }): string => record.id,
  };
}

export const identityResolvers: Resolvers = {
  JourneyMap: identity('JourneyMap'),
  Persona: identity('Persona'),
  Stage: identity('Stage'),
  Touchpoint: identity('Touchpoint'),
  PainPoint: identity('PainPoint'),
  Kpi: identity('Kpi'),
  Improvement: identity('Improvement'),
  JourneyMapVersion: {
    id: (meta) => versionId(meta.mapId, meta.number),
  },
  ChangedEntity: {
    entityId: (change) => change.id,
  },
  ImprovementStatusChange: {
    entityId: (change) => change.id,
  },
};
