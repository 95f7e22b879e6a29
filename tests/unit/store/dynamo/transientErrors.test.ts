import {
  DynamoServiceError,
  DynamoTimeoutError,
} from '../../../../store/dynamo/dynamoServiceError';
import { isTransient } from '../../../../store/dynamo/transientErrors';

const answer = (name: string, status = 400) =>
  new DynamoServiceError(name, name, { httpStatusCode: status });

describe('isTransient', () => {
  it('retries a single-item write refused because a transaction is changing its item', () => {
    expect(isTransient(answer('TransactionConflictException'))).toBe(true);
  });

  it('retries throttling, timeouts, refused connections and errors on the service side', () => {
    expect(isTransient(answer('ProvisionedThroughputExceededException'))).toBe(true);
    expect(isTransient(answer('ThrottlingException'))).toBe(true);
    expect(isTransient(new DynamoTimeoutError('took too long'))).toBe(true);
    expect(isTransient(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient(answer('InternalServerError', 500))).toBe(true);
  });

  it('never retries an answer: a failed condition, a validation error, a plain bug', () => {
    expect(isTransient(answer('ConditionalCheckFailedException'))).toBe(false);
    expect(isTransient(answer('ValidationException'))).toBe(false);
    expect(isTransient(new TypeError('x is undefined'))).toBe(false);
    expect(isTransient(null)).toBe(false);
  });
});
