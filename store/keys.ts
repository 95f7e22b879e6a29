/**
 * Every DynamoDB key of the table, built here and nowhere else. Every
 * partition key starts with the workspace id (`W#<workspace>#…`), which comes
 * from verified credentials: a request can only ever address its own tenant.
 *
 * Partitions:
 * - `W#<ws>#PERSONAS`: one item per persona (`PERSONA#<id>`).
 * - `W#<ws>#MAP#<mapId>`: one map. Its content items all start with `C#`
 *   (`C#MAP` header, `C#STAGE#…`, `C#TP#…`, `C#PP#…`, `C#KPI#…`, `C#IMP#…`),
 *   so the whole map is one Query on `begins_with(SK, 'C#')`; history entries
 *   (`H#…`) and published versions (`V#…`) share the partition but not the range.
 */
import type { MapPartKind } from '../domain/records';

export interface TableKey {
  PK: string;
  SK: string;
}

const workspace = (workspaceId: string) => `W#${workspaceId}`;

export const personasPartition = (workspaceId: string) => `${workspace(workspaceId)}#PERSONAS`;
export const personaKey = (workspaceId: string, personaId: string): TableKey => ({
  PK: personasPartition(workspaceId),
  SK: `PERSONA#${personaId}`,
});

export const mapPartition = (workspaceId: string, mapId: string) =>
  `${workspace(workspaceId)}#MAP#${mapId}`;

export const CONTENT_PREFIX = 'C#';
export const HEADER_SK = `${CONTENT_PREFIX}MAP`;
export const mapHeaderKey = (workspaceId: string, mapId: string): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: HEADER_SK,
});

/** Sort-key prefix of each kind of map part. */
export const PART_PREFIX: Record<MapPartKind, string> = {
  stage: `${CONTENT_PREFIX}STAGE#`,
  touchpoint: `${CONTENT_PREFIX}TP#`,
  painPoint: `${CONTENT_PREFIX}PP#`,
  kpi: `${CONTENT_PREFIX}KPI#`,
};

export const partKey = (
  workspaceId: string,
  mapId: string,
  part: MapPartKind,
  id: string,
): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `${PART_PREFIX[part]}${id}`,
});

export const HISTORY_PREFIX = 'H#';
/** History entries sort by their ULID: newest first is a descending Query. */
export const historyKey = (workspaceId: string, mapId: string, entryId: string): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `${HISTORY_PREFIX}${entryId}`,
});

/** The `Workspace` index lists a workspace's maps, newest first. */
export const WORKSPACE_INDEX = 'Workspace';
export const mapsListKey = (workspaceId: string, mapId: string) => ({
  wsPK: `${workspace(workspaceId)}#MAPS`,
  wsSK: `MAP#${mapId}`,
});
export const mapsListPartition = (workspaceId: string) => `${workspace(workspaceId)}#MAPS`;
