/**
 * Review reminders in DynamoDB. The `ReviewDue` index holds every live map
 * whose next reminder is pending, sorted by when it falls due: the maps due
 * now are one Query (one request per MB of keys, ~4,000 maps), never a scan.
 * A reminder is one transaction: the notice item (written once: its key
 * names the review date and the period) and the header's reminder moved on
 * (only if it is still the one listed, on a map not deleted). Each request
 * is a unit of work with its own retry budget: a run is long, a map's
 * reminder is not.
 */
import { QueryCommand, type QueryCommandInput } from '../dynamo/commands';
import type { DueReview, ReviewReminder, ReviewStore } from '../../domain/ports/reviewStore';
import { RetryBudget } from '../../domain/shared/retryBudget';
import { forUnitOfWork, type Dynamo, type DynamoConnection } from '../dynamo/dynamoClient';
import { sendTransaction } from '../dynamo/transact';
import type { TransactItem } from '../dynamo/transactionLimits';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import type { Item } from '../items/itemCodec';
import {
  mapHeaderKey,
  parseMapPartition,
  reviewAlertPartition,
  reviewNoticeKey,
  REVIEW_INDEX,
} from '../keys';
import { TTL_ATTRIBUTE } from '../webSocket/dynamoConnectionStore';

/** Notices are kept a year and a half, then expire: they only make each reminder happen once. */
const NOTICE_LIFETIME_S = 550 * 24 * 60 * 60;

const dueReviewOf = (item: Item): DueReview | null => {
  const map = parseMapPartition(String(item.PK));
  if (!map) return null;
  return {
    ...map,
    alertAt: String(item.reviewAlertAt),
    nextReviewAt: String(item.nextReviewAt),
    reviewCadenceDays: Number(item.reviewCadenceDays),
    title: String(item.title),
    owner: typeof item.owner === 'string' ? item.owner : null,
  };
};

export class DynamoReviewStore implements ReviewStore {
  constructor(private readonly connection: DynamoConnection) {}

  private get dynamo(): Dynamo {
    return forUnitOfWork(this.connection, new RetryBudget());
  }

  async dueReviews(now: string): Promise<DueReview[]> {
    const reviews: DueReview[] = [];
    let start: QueryCommandInput['ExclusiveStartKey'];
    do {
      const result = await this.dynamo.doc.send(
        new QueryCommand({
          TableName: this.dynamo.tableName,
          IndexName: REVIEW_INDEX,
          KeyConditionExpression: '#pk = :pk AND #at <= :now',
          ExpressionAttributeNames: { '#pk': 'reviewPK', '#at': 'reviewAlertAt' },
          ExpressionAttributeValues: { ':pk': reviewAlertPartition(), ':now': now },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of (result.Items ?? []) as Item[]) {
        const review = dueReviewOf(item);
        if (review) reviews.push(review);
      }
      start = result.LastEvaluatedKey;
    } while (start);
    return reviews;
  }

  async remind(reminder: ReviewReminder): Promise<'sent' | 'alreadySent' | 'stale'> {
    const { due } = reminder;
    const dynamo = this.dynamo;
    const header = this.moveOn(reminder);
    const once = new ExpressionBuilder().notExists().build();
    const notice: TransactItem = {
      Put: {
        TableName: this.dynamo.tableName,
        Item: {
          ...reviewNoticeKey(due.workspaceId, due.mapId, due.nextReviewAt, reminder.reminder),
          entityType: 'ReviewNotice',
          title: due.title,
          owner: due.owner,
          dueAt: due.nextReviewAt,
          reviewCadenceDays: due.reviewCadenceDays,
          reminder: reminder.reminder,
          sentAt: reminder.sentAt,
          [TTL_ATTRIBUTE]: Math.floor(Date.parse(reminder.sentAt) / 1000) + NOTICE_LIFETIME_S,
        },
        ConditionExpression: once.ConditionExpression,
        ExpressionAttributeNames: once.ExpressionAttributeNames,
      },
    };
    const failed: { on: 'header' | 'notice' } = { on: 'header' };
    const written = await sendTransaction(dynamo, [header, notice], (reasons) => {
      failed.on = reasons[0]?.code === 'ConditionalCheckFailed' ? 'header' : 'notice';
      return { reason: 'mapChanged' };
    });
    if (written.ok) return 'sent';
    if (failed.on === 'header') return 'stale';
    // Sent before for this date and period (the date was set again): only move the reminder on.
    const moved = await sendTransaction(dynamo, [header], () => ({ reason: 'mapChanged' }));
    return moved.ok ? 'alreadySent' : 'stale';
  }

  /** The header's reminder moved on, if it is still the one listed on a live map. */
  private moveOn(reminder: ReviewReminder): TransactItem {
    const { due } = reminder;
    const b = new ExpressionBuilder()
      .setAll({ reviewAlertAt: reminder.nextAlertAt })
      .exists()
      .absent('deletedAt')
      .equals('reviewAlertAt', due.alertAt)
      .equals('nextReviewAt', due.nextReviewAt);
    return {
      Update: {
        TableName: this.dynamo.tableName,
        Key: mapHeaderKey(due.workspaceId, due.mapId),
        ...b.build(),
      } as TransactItem['Update'],
    };
  }
}
