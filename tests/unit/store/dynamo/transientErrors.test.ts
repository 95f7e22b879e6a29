import {
  ConditionalCheckFailedException,
  ProvisionedThroughputExceededException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import { isTransient } from '../../../../store/dynamo/transientErrors';

const meta = { $metadata: { httpStatusCode: 400 } };

describe('isTransient', () => {
  it('retries a single-item write refused because a transaction is changing its item', () => {
    expect(
      isTransient(new TransactionConflictException({ message: 'Transaction is ongoing', ...meta })),
    ).toBe(true);
  });

  it('retries throttling, timeouts and refused connections', () => {
    expect(
      isTransient(new ProvisionedThroughputExceededException({ message: 'slow down', ...meta })),
    ).toBe(true);
    expect(isTransient(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true);
  });

  it('never retries an answer: a failed condition, a validation error, a plain bug', () => {
    expect(
      isTransient(
        new ConditionalCheckFailedException({ message: 'The conditional request failed', ...meta }),
      ),
    ).toBe(false);
    expect(isTransient(Object.assign(new Error('bad'), { name: 'ValidationException' }))).toBe(
      false,
    );
    expect(isTransient(new TypeError('x is undefined'))).toBe(false);
    expect(isTransient(null)).toBe(false);
  });
});
