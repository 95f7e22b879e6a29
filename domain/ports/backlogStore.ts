import type { ImprovementRecord } from '../backlog/improvement';
import type { Page, PageRequest } from '../paging/page';
import type { ImprovementStatus, Quadrant } from '../shared/enums';

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
