/**
 * The ids the API gives to the objects of a published version. An entity keeps
 * its own id (its `entityId`) in the draft and in every version, which is how
 * a diff matches it; but a client cache keys objects by type and `id`, so if a
 * version's copy had the draft's id, reading version 2 would overwrite the
 * draft (and version 1) in the cache. The draft's objects therefore keep the
 * ids integrators already use, and a version's copies get ids of their own:
 *
 * - the map of version N: `<mapId>@v<N>`
 * - anything else in it (a stage, touchpoint, pain point, KPI, improvement or
 *   frozen persona): `<mapId>@v<N>/<Type>/<entityId>`
 * - the version itself (its label, notes…): `<mapId>@v<N>/JourneyMapVersion`
 *
 * Entity ids are ULIDs (an improvement's `<mapId>:<ulid>`), which never hold
 * `@` or `/`, so these ids never collide with an entity id and parse back.
 */
import { IMPROVEMENT_ID_PATTERN } from '../backlog/improvementIds';
import { ULID_PATTERN } from '../shared/ids';

/** The types of objects a published version holds. */
export const VERSIONED_TYPES = [
  'JourneyMap',
  'Persona',
  'Stage',
  'Touchpoint',
  'PainPoint',
  'Kpi',
  'Improvement',
] as const;
export type VersionedType = (typeof VERSIONED_TYPES)[number];

const VERSION_TYPE = 'JourneyMapVersion';

const scope = (mapId: string, version: number) => `${mapId}@v${version}`;

/** The id of version `version`'s copy of an entity (`entityId`; the map's own id for the map). */
export function versionObjectId(
  mapId: string,
  version: number,
  type: VersionedType,
  entityId: string,
): string {
  return type === 'JourneyMap'
    ? scope(mapId, version)
    : `${scope(mapId, version)}/${type}/${entityId}`;
}

/** The id of a published version (the object with its label, notes and map). */
export const versionId = (mapId: string, version: number): string =>
  `${scope(mapId, version)}/${VERSION_TYPE}`;

/** What an id names, as `node(id:)` needs to find it. */
export type ObjectIdTarget =
  /** A draft object or a persona: the entity's own id. */
  | { kind: 'entity'; id: string }
  | { kind: 'versionObject'; mapId: string; version: number; type: VersionedType; entityId: string }
  | { kind: 'version'; mapId: string; version: number };

const SCOPED = /^([0-9A-HJKMNP-TV-Z]{26})@v([1-9][0-9]{0,8})(?:\/([A-Za-z]+)(?:\/([^/]+))?)?$/;

const isEntityId = (id: string) => ULID_PATTERN.test(id) || IMPROVEMENT_ID_PATTERN.test(id);

const isVersionedType = (type: string): type is VersionedType =>
  (VERSIONED_TYPES as readonly string[]).includes(type);

/** What an id names; null when it is not an id this API gives (then nothing has it). */
export function parseObjectId(id: string): ObjectIdTarget | null {
  if (isEntityId(id)) return { kind: 'entity', id };
  const match = SCOPED.exec(id);
  if (!match) return null;
  const [, mapId = '', number = '', type, entityId] = match;
  const version = Number(number);
  if (type === undefined)
    return { kind: 'versionObject', mapId, version, type: 'JourneyMap', entityId: mapId };
  if (type === VERSION_TYPE && entityId === undefined) return { kind: 'version', mapId, version };
  if (!isVersionedType(type) || type === 'JourneyMap' || entityId === undefined) return null;
  if (!isEntityId(entityId)) return null;
  return { kind: 'versionObject', mapId, version, type, entityId };
}
