import type { PublishedVersion, VersionMeta, VersionSnapshot } from '../versions/versionRecords';
import type { HistoryNote } from './mapWrite';
import type { WriteOutcome } from './writeOutcome';

/** Published versions: created once, never changed (only deleted with their map). */
export interface VersionStore {
  /**
   * Publishes `meta.number`, which must follow the map's latest version, from
   * a snapshot of the draft read at `seenChangeSeq`. Rejected `mapChanged`
   * when the map changed or another version was published meanwhile.
   */
  publish(
    workspaceId: string,
    snapshot: VersionSnapshot,
    meta: VersionMeta,
    seenChangeSeq: number,
    history: HistoryNote,
  ): Promise<WriteOutcome>;
  /** One version, whole, in one Query; null when the map has no such version. */
  read(workspaceId: string, mapId: string, number: number): Promise<PublishedVersion | null>;
  /** Every version of a map, oldest first. */
  list(workspaceId: string, mapId: string): Promise<VersionMeta[]>;
  /** One version's description (one GetItem); null when absent. */
  readMeta(workspaceId: string, mapId: string, number: number): Promise<VersionMeta | null>;
}
