/**
 * Every DynamoDB key of the table, built here and nowhere else. Every
 * partition key starts with the workspace id (`W#<workspace>#…`), which comes
 * from verified credentials: a request can only ever address its own tenant.
 *
 * Partitions:
 * - `W#<ws>#PERSONAS`: one item per persona (`PERSONA#<id>`).
 * - `W#<ws>#MAP#<mapId>`: one map. Its content items all start with `C#`
 *   (`C#!MAP` header, `C#IMP#…`, `C#KPI#…`, `C#PP#…`, `C#STAGE#…`, `C#TP#…`),
 *   so the whole map is one Query on `begins_with(SK, 'C#')` (one request up
 *   to 1 MB, then one per further MB); history entries (`H#…`) and published
 *   versions (`V#…`, `VM#…`) and share links (`SL#…`) share the partition
 *   but not the range.
 * - `SHARE#<sha256 of a share link's secret>`: the one partition that does
 *   not start with a workspace, because the request that reads it has no
 *   credentials: the anonymous URL of a share link. It is reached only by the
 *   hash of a 256-bit secret (never listed or scanned), holds the link's
 *   workspace and map, and every read after it uses that workspace's keys.
 */
import { parseImprovementId } from '../domain/backlog/improvementIds';
import type { MapPartKind } from '../domain/parts/mapParts';

export interface TableKey {
  PK: string;
  SK: string;
}

const workspace = (workspaceId: string) => `W#${workspaceId}`;

export const personasPartition = (workspaceId: string) => `${workspace(workspaceId)}#PERSONAS`;
export const PERSONA_PREFIX = 'PERSONA#';
export const personaKey = (workspaceId: string, personaId: string): TableKey => ({
  PK: personasPartition(workspaceId),
  SK: `${PERSONA_PREFIX}${personaId}`,
});

export const mapPartition = (workspaceId: string, mapId: string) =>
  `${workspace(workspaceId)}#MAP#${mapId}`;

export const CONTENT_PREFIX = 'C#';
/**
 * The header sorts before every part ('!' < 'A'), so a Query reads it first:
 * any write that commits while the Query reads the parts also bumps the
 * header's changeSeq after that read, and a write conditioned on the changeSeq
 * read (publish, restore, cascades) then fails instead of freezing a torn map.
 */
export const HEADER_SK = `${CONTENT_PREFIX}!MAP`;

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
  improvement: `${CONTENT_PREFIX}IMP#`,
};

/** Improvement ids carry their map (`<mapId>:<ulid>`); only the second half goes in the sort key. */
const localId = (part: MapPartKind, id: string) =>
  part === 'improvement' ? parseImprovementId(id).localId : id;

export const partKey = (
  workspaceId: string,
  mapId: string,
  part: MapPartKind,
  id: string,
): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `${PART_PREFIX[part]}${localId(part, id)}`,
});

export const HISTORY_PREFIX = 'H#';
/** History entries sort by their ULID: newest first is a descending Query. */
export const historyKey = (workspaceId: string, mapId: string, entryId: string): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `${HISTORY_PREFIX}${entryId}`,
});

/**
 * A published version N is the item range `V#<N>#…`: a `META` item written
 * last (in the publishing transaction) and the compressed snapshot's chunks
 * `V#<N>#<token>#<i>`. Readers trust only the chunks whose token the META
 * names, so chunks of an abandoned attempt are never read. `VM#<N>` repeats
 * the description so that listing versions reads no snapshot.
 */
const versionNumber = (n: number) => String(n).padStart(6, '0');
export const versionPrefix = (n: number) => `V#${versionNumber(n)}#`;
export const VERSION_LIST_PREFIX = 'VM#';

export const versionMetaKey = (workspaceId: string, mapId: string, n: number): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `${versionPrefix(n)}META`,
});
export const versionListKey = (workspaceId: string, mapId: string, n: number): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `${VERSION_LIST_PREFIX}${versionNumber(n)}`,
});
export const versionChunkKey = (
  workspaceId: string,
  mapId: string,
  n: number,
  token: string,
  index: number,
): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `${versionPrefix(n)}${token}#${String(index).padStart(3, '0')}`,
});

/** A share link of a map (its id is `<mapId>:<ulid>`; the ULID goes in the sort key). */
export const SHARE_LINK_PREFIX = 'SL#';
export const shareLinkKey = (workspaceId: string, mapId: string, localId: string): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `${SHARE_LINK_PREFIX}${localId}`,
});

/** Where a live share link is found from its secret's hash (see the header comment). */
export const shareTokenKey = (tokenHash: string): TableKey => ({
  PK: `SHARE#${tokenHash}`,
  SK: 'SHARE',
});

/** The `Workspace` index lists a workspace's maps, newest first. */

export const WORKSPACE_INDEX = 'Workspace';
export const mapsListKey = (workspaceId: string, mapId: string) => ({
  wsPK: `${workspace(workspaceId)}#MAPS`,
  wsSK: `MAP#${mapId}`,
});
export const mapsListPartition = (workspaceId: string) => `${workspace(workspaceId)}#MAPS`;

/**
 * The backlog indexes. Every improvement item carries one partition key per
 * index and the same sort key, `backlogSK`, which sorts in backlog order
 * (domain/backlog/priority.ts): a page of any listing is one Query.
 */
export const BACKLOG_INDEX = {
  workspace: { name: WORKSPACE_INDEX, pk: 'wsPK', sk: 'wsSK' },
  workspaceQuadrant: { name: 'BacklogByQuadrant', pk: 'quadrantPK', sk: 'backlogSK' },
  workspaceStatus: { name: 'BacklogByStatus', pk: 'statusPK', sk: 'backlogSK' },
  map: { name: 'MapBacklog', pk: 'mapBacklogPK', sk: 'backlogSK' },
  mapQuadrant: { name: 'MapBacklogByQuadrant', pk: 'mapQuadrantPK', sk: 'backlogSK' },
  mapStatus: { name: 'MapBacklogByStatus', pk: 'mapStatusPK', sk: 'backlogSK' },
  stage: { name: 'StageBacklog', pk: 'stagePK', sk: 'backlogSK' },
} as const;

export type BacklogIndex = keyof typeof BACKLOG_INDEX;

const backlog = (workspaceId: string) => `${workspace(workspaceId)}#BACKLOG`;
const mapBacklog = (workspaceId: string, mapId: string) =>
  `${workspace(workspaceId)}#MAP#${mapId}#BACKLOG`;

/** The partition key of each backlog index for a given improvement (or filter). */
export const backlogPartitions = {
  workspace: (ws: string) => backlog(ws),
  workspaceQuadrant: (ws: string, quadrant: string) => `${backlog(ws)}#Q#${quadrant}`,
  workspaceStatus: (ws: string, status: string) => `${backlog(ws)}#S#${status}`,
  map: (ws: string, mapId: string) => mapBacklog(ws, mapId),
  mapQuadrant: (ws: string, mapId: string, quadrant: string) =>
    `${mapBacklog(ws, mapId)}#Q#${quadrant}`,
  mapStatus: (ws: string, mapId: string, status: string) => `${mapBacklog(ws, mapId)}#S#${status}`,
  stage: (ws: string, stageId: string) => `${backlog(ws)}#STAGE#${stageId}`,
};

/** `W#<ws>#APIKEYS`: one item per API key (`KEY#<id>`), newest last (ids are ULIDs). */
export const apiKeysPartition = (workspaceId: string) => `${workspace(workspaceId)}#APIKEYS`;
export const API_KEY_PREFIX = 'KEY#';
export const apiKeyKey = (workspaceId: string, keyId: string): TableKey => ({
  PK: apiKeysPartition(workspaceId),
  SK: `${API_KEY_PREFIX}${keyId}`,
});

/**
 * `W#<ws>#IDEM#<hash>`: one Idempotency-Key of one caller, its own partition
 * (the hash of caller and key), so that a busy integration does not make a
 * hot partition. Deleted by DynamoDB's TTL 24 hours after its first use.
 */
export const idempotencyKey = (workspaceId: string, scopeHash: string): TableKey => ({
  PK: `${workspace(workspaceId)}#IDEM#${scopeHash}`,
  SK: 'IDEM',
});

/**
 * The `ReviewDue` index: every live map whose next review reminder is still
 * to send, by the instant it falls due (`reviewAlertAt`). Its partition key
 * is the one of the table that does not start with a workspace: the daily
 * reminder (functions/reviewDue.ts) reads across workspaces, and takes each
 * map's workspace from the map's own key (`parseMapPartition`).
 */
export const REVIEW_INDEX = 'ReviewDue';
const REVIEW_PARTITION = 'REVIEWS';
export const reviewAlertKey = (alertAt: string) => ({
  reviewPK: REVIEW_PARTITION,
  reviewAlertAt: alertAt,
});
export const reviewAlertPartition = () => REVIEW_PARTITION;

/** One reminder sent for a map's review date: written once, it makes the reminder happen once. */
export const reviewNoticeKey = (
  workspaceId: string,
  mapId: string,
  dueAt: string,
  period: number,
): TableKey => ({
  PK: mapPartition(workspaceId, mapId),
  SK: `REVIEW#${dueAt}#${String(period).padStart(4, '0')}`,
});
export const REVIEW_NOTICE_PREFIX = 'REVIEW#';

/** The workspace and map of a map partition key (`W#<ws>#MAP#<mapId>`), or null. */
export function parseMapPartition(pk: string): { workspaceId: string; mapId: string } | null {
  const match = /^W#([A-Za-z0-9_-]{1,64})#MAP#([^#]+)$/.exec(pk);
  return match?.[1] && match[2] ? { workspaceId: match[1], mapId: match[2] } : null;
}

/**
 * WebSocket connections (API Gateway's connection ids) and their GraphQL
 * subscriptions. A connection is addressed by the id API Gateway gave it
 * (unguessable, never chosen by a client), before any credentials exist:
 * its partition `CONN#<id>` holds the connection (`CONN`, with the viewer
 * once `connection_init` is verified) and one item per subscription
 * (`SUB#<id>`). Each subscription also has a watcher item in its map's
 * watcher partition, under the viewer's workspace, which the stream's
 * fan-out reads in one Query. Every item expires with the connection (TTL).
 */
export const connectionPartition = (connectionId: string) => `CONN#${connectionId}`;
export const connectionKey = (connectionId: string): TableKey => ({
  PK: connectionPartition(connectionId),
  SK: 'CONN',
});
export const SUBSCRIPTION_PREFIX = 'SUB#';
export const subscriptionKey = (connectionId: string, subscriptionId: string): TableKey => ({
  PK: connectionPartition(connectionId),
  SK: `${SUBSCRIPTION_PREFIX}${subscriptionId}`,
});
export const watchersPartition = (workspaceId: string, mapId: string) =>
  `${mapPartition(workspaceId, mapId)}#WATCHERS`;
export const watcherKey = (
  workspaceId: string,
  mapId: string,
  connectionId: string,
  subscriptionId: string,
): TableKey => ({
  PK: watchersPartition(workspaceId, mapId),
  SK: `${connectionId}#${subscriptionId}`,
});
