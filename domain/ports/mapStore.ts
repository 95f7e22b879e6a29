import type { Actor } from '../context/actor';
import type { MapHeaderRecord } from '../maps/journeyMap';
import type { MapContents } from '../maps/mapContents';
import type { Page, PageRequest } from '../paging/page';
import type { PersonaRecord } from '../personas/persona';
import type { MapPartKind, MapPartRecords } from '../parts/mapParts';
import type { MapState, MapStatus } from '../shared/enums';
import type { RestorePlan } from '../versions/planRestore';
import type { HistoryNote, MapWrite } from './mapWrite';
import type { RevisionCheck, WriteOutcome } from './writeOutcome';

export interface MapFilter {
  status: MapStatus | null;
  state: MapState | null;
  personaId: string | null;
  tag: string | null;
  reviewDueBefore: string | null;
}

export interface RestoreMeta {
  version: number;
  seenChangeSeq: number;
  /** The map's revision the restore depends on. */
  revision: RevisionCheck;
  now: string;
  actor: Actor;
  history: HistoryNote;
}

/**
 * Journey maps: one map is its header and its parts, read whole in one
 * request; every write to it is atomic. Every method is scoped by a
 * workspace id the caller cannot choose.
 */
export interface MapStore {
  /** The whole draft map in one Query; null when it does not exist in the workspace. */
  read(workspaceId: string, mapId: string): Promise<MapContents | null>;
  /** The map's own fields only (one GetItem). */
  readHeader(workspaceId: string, mapId: string): Promise<MapHeaderRecord | null>;
  /** Headers of several maps in one BatchGetItem; missing or deleted maps are absent. */
  readHeaders(
    workspaceId: string,
    mapIds: readonly string[],
  ): Promise<Map<string, MapHeaderRecord>>;
  /**
   * Some parts of one kind, by id, in one BatchGetItem with the map's header
   * (up to 99 ids); null when the map does not exist. Missing parts are absent.
   */
  readParts<K extends MapPartKind>(
    workspaceId: string,
    mapId: string,
    part: K,
    ids: readonly string[],
  ): Promise<Map<string, MapPartRecords[K]> | null>;
  /** One part of a map (one GetItem); null when absent. */
  readPart<K extends MapPartKind>(
    workspaceId: string,
    mapId: string,
    part: K,
    id: string,
  ): Promise<MapPartRecords[K] | null>;
  list(workspaceId: string, filter: MapFilter, page: PageRequest): Promise<Page<MapHeaderRecord>>;
  count(workspaceId: string, filter: MapFilter): Promise<number>;
  /**
   * Creates a map with its first parts, and the personas in `newPersonas`
   * (which it links) in the same step readers see; rejected `alreadyExists`
   * (the map or a new persona), or `notFound` for a linked persona.
   */
  create(
    workspaceId: string,
    contents: MapContents,
    meta: { actor: Actor; history: HistoryNote; newPersonas?: readonly PersonaRecord[] },
  ): Promise<WriteOutcome>;
  /** Applies one mutation's changes atomically. */
  write(workspaceId: string, mapId: string, write: MapWrite): Promise<WriteOutcome>;
  /**
   * Deletes the map, its parts, versions and history; rejected `notFound` or
   * `revisionMismatch`. `meta` says who deletes it (for the table's stream).
   */
  delete(
    workspaceId: string,
    mapId: string,
    expectedRevision: number | null,
    meta: { actor: Actor; history: HistoryNote },
  ): Promise<WriteOutcome>;
  /**
   * Makes the draft equal to a published version, atomically from a reader's
   * view, if the map is still at `seenChangeSeq` (else rejected `mapChanged`).
   */
  restore(
    workspaceId: string,
    mapId: string,
    plan: RestorePlan,
    meta: RestoreMeta,
  ): Promise<WriteOutcome>;
  /** Headers of the maps that link a persona. */
  linkingPersona(workspaceId: string, personaId: string): Promise<MapHeaderRecord[]>;
}
