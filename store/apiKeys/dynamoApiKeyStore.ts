/** API keys in DynamoDB: one partition per workspace, one item per key (its hash, never the key). */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '../dynamo/commands';
import type { ApiKeyRecord } from '../../domain/apiKeys/apiKey';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Page, PageRequest } from '../../domain/paging/page';
import type { ApiKeyStore } from '../../domain/ports/apiKeyStore';
import { rejected, written, type WriteOutcome } from '../../domain/ports/writeOutcome';
import { ULID_PATTERN } from '../../domain/shared/ids';
import { countQuery } from '../dynamo/countQuery';
import type { Dynamo } from '../dynamo/dynamoClient';
import { conditionFailedItem, isConditionFailed } from '../dynamo/dynamoErrors';
import { decodeItem, type Item } from '../items/itemCodec';
import { API_KEY_PREFIX } from '../keys';
import {
  getApiKeyParams,
  listApiKeysParams,
  markUsedParams,
  putApiKeyParams,
  revokeApiKeyParams,
} from './apiKeyParams';

const API_KEY_SK_PATTERN = new RegExp(`^${API_KEY_PREFIX}${ULID_PATTERN.source.slice(1)}`);

export class DynamoApiKeyStore implements ApiKeyStore {
  constructor(private readonly dynamo: Dynamo) {}

  private get table() {
    return this.dynamo.tableName;
  }

  async get(workspaceId: string, id: string): Promise<ApiKeyRecord | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand(getApiKeyParams(this.table, workspaceId, id)),
    );
    return item ? decodeItem('apiKey', item) : null;
  }

  async list(workspaceId: string, page: PageRequest): Promise<Page<ApiKeyRecord>> {
    const after = page.after ? decodeCursor(page.after, { sk: API_KEY_SK_PATTERN }).sk : null;
    if (page.first === 0) return { items: [], hasNextPage: false };
    const result = await this.dynamo.doc.send(
      new QueryCommand(listApiKeysParams(this.table, workspaceId, page.first + 1, after)),
    );
    const items = (result.Items ?? []) as Item[];
    return {
      items: items.slice(0, page.first).map((item) => ({
        node: decodeItem('apiKey', item),
        cursor: encodeCursor({ sk: String(item.SK) }),
      })),
      hasNextPage: items.length > page.first,
    };
  }

  count(workspaceId: string): Promise<number> {
    return countQuery(this.dynamo, listApiKeysParams(this.table, workspaceId, undefined, null));
  }

  async create(workspaceId: string, record: ApiKeyRecord): Promise<WriteOutcome> {
    const token = randomUUID();
    try {
      await this.dynamo.doc.send(
        new PutCommand(putApiKeyParams(this.table, workspaceId, record, token)),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      // Our own put, re-sent after its answer was lost: it landed.
      if (conditionFailedItem(error)?.writeToken !== token) {
        return rejected({ reason: 'alreadyExists', entity: 'ApiKey', id: record.id });
      }
    }
    await this.dynamo.commitMarker?.committedWithoutMarker();
    return written();
  }

  async revoke(workspaceId: string, id: string, now: string): Promise<WriteOutcome<ApiKeyRecord>> {
    let attributes: Item;
    try {
      const result = await this.dynamo.doc.send(
        new UpdateCommand(revokeApiKeyParams(this.table, workspaceId, id, now)),
      );
      attributes = result.Attributes ?? {};
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const found = conditionFailedItem(error);
      // Revoked already: nothing changes, the key is answered as it is.
      return found
        ? written(decodeItem('apiKey', found))
        : rejected({ reason: 'notFound', entity: 'ApiKey', id });
    }
    await this.dynamo.commitMarker?.committedWithoutMarker();
    return written(decodeItem('apiKey', attributes));
  }

  async markUsed(workspaceId: string, id: string, now: string, notBefore: string): Promise<void> {
    try {
      await this.dynamo.doc.send(
        new UpdateCommand(markUsedParams(this.table, workspaceId, id, now, notBefore)),
      );
    } catch (error) {
      // Another request of the same minute wrote it, or the key was just deleted: nothing to do.
      if (!isConditionFailed(error)) throw error;
    }
  }
}
