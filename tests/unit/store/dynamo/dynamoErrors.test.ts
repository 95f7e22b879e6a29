/**
 * The items DynamoDB's error answers carry (a failed condition's old item, a
 * cancelled transaction's reasons) come as AttributeValues with binary in
 * base64; the stores read them as plain values with bytes, as they read
 * items from GetItem (an Idempotency-Key's kept response is gzip bytes).
 */
import { conditionFailedItem, cancellationReasons } from '../../../../store/dynamo/dynamoErrors';
import { DynamoServiceError } from '../../../../store/dynamo/dynamoServiceError';

const bytes = new Uint8Array([0x1f, 0x8b, 0, 255]);
const wireItem = {
  PK: { S: 'W#1' },
  ttl: { N: '1700000000' },
  responseBody: { B: Buffer.from(bytes).toString('base64') },
  nested: { M: { blob: { B: 'AAH+/w==' } } },
};

describe('Items in DynamoDB error answers', () => {
  it('reads a failed condition’s item with its binary values as bytes', () => {
    const error = DynamoServiceError.fromAnswer(400, 'REQ', {
      __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
      message: 'The conditional request failed',
      Item: wireItem,
    });
    expect(conditionFailedItem(error)).toEqual({
      PK: 'W#1',
      ttl: 1700000000,
      responseBody: bytes,
      nested: { blob: new Uint8Array([0, 1, 254, 255]) },
    });
  });

  it('reads a cancelled transaction’s items the same way', () => {
    const error = DynamoServiceError.fromAnswer(400, 'REQ', {
      __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      Message: 'Transaction cancelled',
      CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Item: wireItem }],
    });
    const reasons = cancellationReasons(error);
    expect(reasons?.map((r) => r.code)).toEqual(['None', 'ConditionalCheckFailed']);
    expect(reasons?.[1]?.item?.responseBody).toEqual(bytes);
  });

  it('keeps an item that is already plain values (an error made in a test)', () => {
    const item = { PK: 'W#1', responseBody: bytes };
    expect(conditionFailedItem({ name: 'ConditionalCheckFailedException', Item: item })).toEqual(
      item,
    );
  });
});
