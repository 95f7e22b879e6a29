/** The improvement backlog, read from its indexes in backlog order. */
import type { Page, PageRequest } from '../../domain/paging/page';
import type { BacklogFilter, BacklogStore } from '../../domain/ports/backlogStore';
import type { ImprovementRecord } from '../../domain/backlog/improvement';
import { IMPROVEMENT_ID_PATTERN } from '../../domain/backlog/improvementIds';
import { BACKLOG_SORT_KEY_PATTERN } from '../../domain/backlog/priority';
import { countQuery } from '../dynamo/countQuery';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Dynamo } from '../dynamo/dynamoClient';
import { ITEM_TYPE, decodeItem } from '../items/itemCodec';
import { queryAll } from '../dynamo/queryAll';
import { queryPage } from '../dynamo/queryPage';
import { mapBacklogParams } from './mapBacklogParams';
import { HEADER_SK } from '../keys';
import { backlogQueryParams, chooseBacklogIndex, type BacklogPosition } from './backlogParams';

function decodePosition(cursor: string): BacklogPosition {
  const { sk, id } = decodeCursor(cursor, {
    sk: BACKLOG_SORT_KEY_PATTERN,
    id: IMPROVEMENT_ID_PATTERN,
  });
  return { sortKey: sk, improvementId: id };
}

export class DynamoBacklogStore implements BacklogStore {
  constructor(private readonly dynamo: Dynamo) {}

  async list(
    workspaceId: string,
    filter: BacklogFilter,
    page: PageRequest,
  ): Promise<Page<ImprovementRecord>> {
    const after = page.after ? decodePosition(page.after) : null;
    if (page.first === 0) return { items: [], hasNextPage: false };
    const choice = chooseBacklogIndex(workspaceId, filter);
    const found = await queryPage(
      this.dynamo,
      backlogQueryParams(this.dynamo.tableName, workspaceId, choice, after, undefined),
      page.first,
    );
    return {
      items: found.slice(0, page.first).map((item) => {
        const record = decodeItem('improvement', item);
        return {
          node: record,
          cursor: encodeCursor({ sk: String(item.backlogSK), id: record.id }),
        };
      }),
      hasNextPage: found.length > page.first,
    };
  }

  async ofMap(workspaceId: string, mapId: string): Promise<ImprovementRecord[] | null> {
    const items = await queryAll(
      this.dynamo,
      mapBacklogParams(this.dynamo.tableName, workspaceId, mapId),
    );
    const header = items.find((item) => item.SK === HEADER_SK);
    if (!header || header.deletedAt || header.pendingCreation) return null;
    return items
      .filter((item) => item.entityType === ITEM_TYPE.improvement)
      .map((item) => decodeItem('improvement', item));
  }

  count(workspaceId: string, filter: BacklogFilter): Promise<number> {
    const params = backlogQueryParams(
      this.dynamo.tableName,
      workspaceId,
      chooseBacklogIndex(workspaceId, filter),
      null,
      undefined,
    );
    return countQuery(this.dynamo, params);
  }
}
