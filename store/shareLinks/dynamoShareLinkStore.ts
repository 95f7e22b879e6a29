/** Share links in DynamoDB (shareLinkParams.ts says which items and why). */
import { GetCommand } from '../dynamo/commands';
import type { SharedLink, ShareLinkStore } from '../../domain/ports/shareLinkStore';
import { rejected, written, type WriteOutcome } from '../../domain/ports/writeOutcome';
import type { ShareLinkRecord } from '../../domain/shareLinks/shareLink';
import type { Dynamo } from '../dynamo/dynamoClient';
import { queryAll } from '../dynamo/queryAll';
import { sendTransaction } from '../dynamo/transact';
import { decodeItem, decodeRecord, type Item } from '../items/itemCodec';
import {
  createShareLinkTransaction,
  findByTokenHashParams,
  getShareLinkParams,
  listShareLinksParams,
  revokeShareLinkTransaction,
} from './shareLinkParams';

export class DynamoShareLinkStore implements ShareLinkStore {
  constructor(private readonly dynamo: Dynamo) {}

  private get table() {
    return this.dynamo.tableName;
  }

  create(workspaceId: string, link: ShareLinkRecord, tokenHash: string): Promise<WriteOutcome> {
    return sendTransaction(
      this.dynamo,
      createShareLinkTransaction(this.table, workspaceId, link, tokenHash),
      (reasons) => {
        if (reasons[0]?.code === 'ConditionalCheckFailed') {
          return { reason: 'notFound', entity: 'JourneyMap', id: link.mapId };
        }
        if (link.version !== null && reasons[1]?.code === 'ConditionalCheckFailed') {
          return {
            reason: 'notFound',
            entity: 'JourneyMapVersion',
            id: `${link.version} of map ${link.mapId}`,
          };
        }
        // Note: a 256-bit secret or a ULID taken twice; never expected.
        return { reason: 'alreadyExists', entity: 'ShareLink', id: link.id };
      },
    );
  }

  async list(workspaceId: string, mapId: string): Promise<ShareLinkRecord[]> {
    const items = await queryAll(this.dynamo, listShareLinksParams(this.table, workspaceId, mapId));
    return items.map((item) => decodeItem('shareLink', item));
  }

  async get(workspaceId: string, id: string): Promise<ShareLinkRecord | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand(getShareLinkParams(this.table, workspaceId, id)),
    );
    return item ? decodeItem('shareLink', item) : null;
  }

  async revoke(
    workspaceId: string,
    id: string,
    now: string,
  ): Promise<WriteOutcome<ShareLinkRecord>> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand(getShareLinkParams(this.table, workspaceId, id)),
    );
    if (!item) return rejected({ reason: 'notFound', entity: 'ShareLink', id });
    const link = decodeItem('shareLink', item);
    if (link.revokedAt !== null) return written(link);
    const outcome = await sendTransaction(
      this.dynamo,
      revokeShareLinkTransaction(this.table, workspaceId, id, String(item.tokenHash), now),
      () => ({ reason: 'mapChanged' }),
    );
    if (outcome.ok) return written({ ...link, revokedAt: now });
    if (outcome.rejection.reason !== 'mapChanged') return rejected(outcome.rejection);
    // Note: revoked meanwhile by another request (or its map deleted): say what is there now.
    const current = await this.get(workspaceId, id);
    return current ? written(current) : rejected({ reason: 'notFound', entity: 'ShareLink', id });
  }

  async findByTokenHash(tokenHash: string): Promise<SharedLink | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand(findByTokenHashParams(this.table, tokenHash)),
    );
    if (!item) return null;
    const where = `${String(item.PK)} / ${String(item.SK)}`;
    const { workspaceId, link } = item as Item & { workspaceId: unknown; link: unknown };
    if (typeof workspaceId !== 'string')
      throw new Error(`Stored ShareToken at ${where} has no workspace`);
    return { workspaceId, link: decodeRecord('shareLink', link, where) };
  }
}
