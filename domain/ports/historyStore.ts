import type { HistoryEntry } from '../history/historyEntry';
import type { Page, PageRequest } from '../paging/page';

/** A map's history of changes (each entry written by the change's own transaction). */
export interface HistoryStore {
  /** A map's history, newest first. */
  list(workspaceId: string, mapId: string, page: PageRequest): Promise<Page<HistoryEntry>>;
}
