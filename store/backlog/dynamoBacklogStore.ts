/** The improvement backlog, read from its indexes in backlog order. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { BacklogFilter, BacklogStore, Page, PageRequest } from '../../domain/ports';
import type { ImprovementRecord } from '../../domain/records';
import { IMPROVEMENT_ID_PATTERN } from '../../domain/backlog/improvementIds';
import { BACKLOG_SORT_KEY_PATTERN } from '../../domain/backlog/priority';
import { countQuery } from '../countQuery';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Dynamo } from '../dynamoClient';
import { ITEM_TYPE, improvementFromItem, type Item } from '../itemCodec';
import { queryAll } from '../queryAll';
import { mapBacklogParams } from './mapBacklogParams';
import { HEADER_SK, improvementIdFromKey } from '../keys';
import {
  backlogQueryParams,
  chooseBacklogIndex,
  hasResidualFilter,
  type BacklogPosition,
} from './backlogParams';

/** Items a filtered Query reads per request while it fills a page. */
const FILTERED_READ = 200;

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
    let after = page.after ? decodePosition(page.after) : null;
    if (page.first === 0) return { items: [], hasNextPage: false };
    const choice = chooseBacklogIndex(workspaceId, filter);
    const filtered = hasResidualFilter(choice);
    const found: Item[] = [];
    for (;;) {
      const result = await this.dynamo.doc.send(
        new QueryCommand(
          backlogQueryParams(
            this.dynamo.tableName,
            workspaceId,
            choice,
            after,
            filtered ? FILTERED_READ : page.first + 1,
          ),
        ),
      );
      found.push(...((result.Items ?? []) as Item[]));
      const last = result.LastEvaluatedKey;
      if (found.length > page.first || !last) break;
      // Resuming needs the item's own key as well as its index position.
      after = {
        sortKey: String(last.backlogSK ?? last.wsSK),
        improvementId: improvementIdFromKey(last),
      };
    }
    return {
      items: found.slice(0, page.first).map((item) => {
        const record = improvementFromItem(item);
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
      .map(improvementFromItem);
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
