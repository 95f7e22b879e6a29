/**
 * What a built Query would return, item by item, using the expression
 * interpreter of tests/unit/support: an item is returned when the key
 * condition holds for it and, if there is one, the filter too.
 */
import { conditionHolds, type Item } from '../support/dynamoExpressions';

export interface QueryParts {
  KeyConditionExpression?: string;
  FilterExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

const holds = (item: Item, params: QueryParts, expression: string | undefined): boolean =>
  conditionHolds(item, {
    ConditionExpression: expression,
    ExpressionAttributeNames: params.ExpressionAttributeNames,
    ExpressionAttributeValues: params.ExpressionAttributeValues,
  });

/** Whether the Query's key condition selects `item`. */
export function keyConditionHolds(item: Item, params: QueryParts): boolean {
  if (!params.KeyConditionExpression) throw new Error('The Query has no KeyConditionExpression');
  return holds(item, params, params.KeyConditionExpression);
}

/** Whether the Query's filter keeps `item` (true without a filter). */
export const filterHolds = (item: Item, params: QueryParts): boolean =>
  holds(item, params, params.FilterExpression);

/** Whether the Query returns `item`. */
export const queryReturns = (item: Item, params: QueryParts): boolean =>
  keyConditionHolds(item, params) && filterHolds(item, params);
