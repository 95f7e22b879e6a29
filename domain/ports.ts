/**
 * What the domain needs from storage. `store/` implements these with DynamoDB;
 * the domain never sees a key, an expression or an SDK type. Every method is
 * scoped by a workspace id the caller cannot choose.
 */
import type { EntityName } from './shared/errors';
import type { HistoryEntry } from './history/historyEntry';
import type { PublishedVersion, VersionMeta, VersionSnapshot } from './versions/versionRecords';
import type { RestorePlan } from './versions/planRestore';

import type { ImprovementStatus, MapState, MapStatus, Quadrant } from './shared/enums';
import type {
  ImprovementRecord,
  KpiMeasurement,
  MapContents,
  MapHeaderRecord,
  MapPartKind,
  MapPartRecords,
  PersonaRecord,
} from './records';

export interface PageRequest {
  first: number;
  /** Opaque cursor made by the same store method. */
  after: string | null;
}

export interface Page<T> {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
}

/** Who made a change, for history entries. */
export interface Actor {
  kind: 'USER' | 'API_KEY';
  id: string;
}

type Mutable<R> = Omit<R, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

export interface PersonaStore {
  get(workspaceId: string, id: string): Promise<PersonaRecord | null>;
  /** Batched read; missing ids are absent from the result. */
  getMany(workspaceId: string, ids: readonly string[]): Promise<Map<string, PersonaRecord>>;
  list(workspaceId: string, page: PageRequest): Promise<Page<PersonaRecord>>;
  count(workspaceId: string): Promise<number>;
  /** CONFLICT when the id is taken. */
  create(workspaceId: string, record: PersonaRecord): Promise<void>;
  /** NOT_FOUND, or CONFLICT on a stale expectedRevision. Returns the persona after the change. */
  update(
    workspaceId: string,
    id: string,
    change: { set: Partial<Mutable<PersonaRecord>>; expectedRevision: number | null; now: string },
  ): Promise<PersonaRecord>;
  delete(workspaceId: string, id: string, expectedRevision: number | null): Promise<void>;
}

export interface MapFilter {
  status: MapStatus | null;
  state: MapState | null;
  personaId: string | null;
  tag: string | null;
  reviewDueBefore: string | null;
}

/**
 * A revision a write depends on. CONFLICT when the caller passed it as
 * `expectedRevision`; RETRY when the use case read it itself (another writer
 * got there first: read again and redo).
 */
export interface RevisionCheck {
  expected: number;
  onMismatch: 'CONFLICT' | 'RETRY';
}

/** One change to a part of a map, inside a MapWrite. */
export type MapPartChange = {
  [K in MapPartKind]:
    | { kind: 'create'; part: K; record: MapPartRecords[K] }
    | {
        kind: 'update';
        part: K;
        id: string;
        set: Partial<Mutable<MapPartRecords[K]>>;
        revision: RevisionCheck | null;
      }
    | { kind: 'delete'; part: K; id: string; revision: RevisionCheck | null }
    | { kind: 'require'; part: K; id: string }
    /** Writes the whole record (revision already bumped) over the current one. */
    | { kind: 'replace'; part: K; record: MapPartRecords[K]; revision: RevisionCheck };
}[MapPartKind];

/** Appends to a KPI's history without reading it. */
export interface AppendMeasurement {
  kind: 'appendMeasurement';
  part: 'kpi';
  id: string;
  measurement: KpiMeasurement;
}

export type MapChange = MapPartChange | AppendMeasurement;

export interface HistoryNote {
  operation: string;
  entity: EntityName;
  entityId: string;
  summary: string;
}

/**
 * Everything one mutation does to one map, applied atomically together with
 * the map's change counter and a history entry.
 */
export interface MapWrite {
  now: string;
  actor: Actor;
  changes: MapChange[];
  /** Changes to the map's own fields (bumps the map's revision). */
  header?: Partial<Mutable<MapHeaderRecord>>;
  /** The map's revision the header change depends on. */
  revision?: RevisionCheck | null;
  /** Apply only if nothing changed in the map since it was read at this changeSeq. */
  expectedChangeSeq?: number;
  /** Personas that must exist (for links). */
  requirePersonas?: string[];
  /**
   * Parts that are unreachable once `changes` apply (children of a removed
   * parent). Deleted in the same transaction when it has room, else right after.
   */
  cleanup?: { part: MapPartKind; id: string }[];
  history: HistoryNote;
}

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
  /** One part of a map (one GetItem); null when absent. */
  readPart<K extends MapPartKind>(
    workspaceId: string,
    mapId: string,
    part: K,
    id: string,
  ): Promise<MapPartRecords[K] | null>;
  list(workspaceId: string, filter: MapFilter, page: PageRequest): Promise<Page<MapHeaderRecord>>;
  count(workspaceId: string, filter: MapFilter): Promise<number>;
  /** Creates a map with its first parts. CONFLICT when the id is taken; NOT_FOUND for a missing persona. */
  create(
    workspaceId: string,
    contents: MapContents,
    meta: { actor: Actor; history: HistoryNote },
  ): Promise<void>;
  /** NOT_FOUND for a missing map or part, CONFLICT for a stale revision, ContentionError to retry. */
  write(workspaceId: string, mapId: string, write: MapWrite): Promise<void>;
  /** Deletes the map, its parts, versions and history. */
  delete(workspaceId: string, mapId: string, expectedRevision: number | null): Promise<void>;
  /**
   * Makes the draft equal to a published version, atomically from a reader's
   * view, if the map is still at `seenChangeSeq` (else ContentionError).
   */
  restore(workspaceId: string, mapId: string, plan: RestorePlan, meta: RestoreMeta): Promise<void>;
  /** Headers of the maps that link a persona. */
  linkingPersona(workspaceId: string, personaId: string): Promise<MapHeaderRecord[]>;
}

export interface BacklogFilter {
  mapId: string | null;
  quadrant: Quadrant | null;
  status: ImprovementStatus | null;
  stageId: string | null;
}

/** The improvement backlog, in backlog order, per map or across the workspace. */
export interface BacklogStore {
  list(
    workspaceId: string,
    filter: BacklogFilter,
    page: PageRequest,
  ): Promise<Page<ImprovementRecord>>;
  count(workspaceId: string, filter: BacklogFilter): Promise<number>;
  /** A map's whole backlog in one strongly consistent Query; null when the map does not exist. */
  ofMap(workspaceId: string, mapId: string): Promise<ImprovementRecord[] | null>;
}

/** Published versions: created once, never changed (only deleted with their map). */
export interface VersionStore {
  /**
   * Publishes `meta.number`, which must follow the map's latest version, from
   * a snapshot of the draft read at `seenChangeSeq`. ContentionError when the
   * map changed or another version was published meanwhile.
   */
  publish(
    workspaceId: string,
    snapshot: VersionSnapshot,
    meta: VersionMeta,
    seenChangeSeq: number,
    history: HistoryNote,
  ): Promise<void>;
  /** One version, whole, in one Query; null when the map has no such version. */
  read(workspaceId: string, mapId: string, number: number): Promise<PublishedVersion | null>;
  /** Every version of a map, oldest first. */
  list(workspaceId: string, mapId: string): Promise<VersionMeta[]>;
  /** One version's description (one GetItem); null when absent. */
  readMeta(workspaceId: string, mapId: string, number: number): Promise<VersionMeta | null>;
}

export interface HistoryStore {
  /** A map's history, newest first. */
  list(workspaceId: string, mapId: string, page: PageRequest): Promise<Page<HistoryEntry>>;
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

export interface Stores {
  personas: PersonaStore;
  maps: MapStore;
  backlog: BacklogStore;
  versions: VersionStore;
  history: HistoryStore;
}

export interface Clock {
  now(): Date;
}
