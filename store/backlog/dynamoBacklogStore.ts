/** The improvement backlog, read from its indexes in backlog order. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { BacklogFilter, BacklogStore, Page, PageRequest } from '../../domain/ports';
import type { ImprovementRecord } from '../../domain/records';
import { IMPROVEMENT_ID_PATTERN } from '../../domain/backlog/improvementIds';
import { badInput } from '../../domain/errors';
import { countQuery } from '../countQuery';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Dynamo } from '../dynamoClient';
import { improvementFromItem, type Item } from '../itemCodec';
import { improvementIdFromKey } from '../keys';
import {
  backlogQueryParams,
  chooseBacklogIndex,
  hasResidualFilter,
  type BacklogPosition,
} from './backlogParams';

/** Items a filtered Query reads per request while it fills a page. */
const FILTERED_READ = 200;

function decodePosition(cursor: string): BacklogPosition {
  const { sk, id } = decodeCursor(cursor, ['sk', 'id'] as const);
  if (!IMPROVEMENT_ID_PATTERN.test(id))
    throw badInput([{ path: ['after'], message: 'is not a cursor returned by this list' }]);
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
