/**
 * functions/http/requestLog.ts: the error codes a request log line and its
 * metrics take from an answer, and only codes (a metric dimension must never
 * be something a client wrote).
 */
import { errorCodesOf } from '../../../functions/http/requestLog';

const answer = (body: string, statusCode = 200) => ({ statusCode, body });

describe('errorCodesOf', () => {
  it('reads nothing from an answer without errors', () => {
    expect(errorCodesOf(answer('{"data":{"errors":[{"extensions":{"code":"X"}}]}}'))).toEqual([]);
    expect(errorCodesOf(undefined)).toEqual([]);
  });

  it('gives each code of the errors once, in order', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'a', extensions: { code: 'NOT_FOUND' } },
        { message: 'b', extensions: { code: 'FORBIDDEN' } },
        { message: 'c', extensions: { code: 'NOT_FOUND' } },
      ],
      data: null,
    });
    expect(errorCodesOf(answer(body))).toEqual(['NOT_FOUND', 'FORBIDDEN']);
  });

  it('says OTHER for an error without a code or with something that is not a code', () => {
    const body = JSON.stringify({
      errors: [{ message: 'a' }, { message: 'b', extensions: { code: 'Bearer eyJ.x.y' } }],
    });
    expect(errorCodesOf(answer(body))).toEqual(['OTHER']);
    expect(errorCodesOf(answer('{"errors": not json', 400))).toEqual(['OTHER']);
  });

  it('reads nothing from a body that is not a GraphQL answer', () => {
    expect(errorCodesOf(answer('Unparsable JSON body', 400))).toEqual([]);
  });
});
